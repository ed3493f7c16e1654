import asyncio


class Connection:
    created = 0
    default_timeout = 1.5

    def __init__(self, host, port, timeout):
        self.host, self.port, self.timeout = host, port, timeout
        Connection.created += 1

    @classmethod
    def from_url(cls, url):
        host, _, port = url.partition(":")
        return cls(host, int(port or 80), cls.default_timeout)

    @classmethod
    def count(cls):
        return f"{cls.__name__}: {cls.created} created"

    @staticmethod
    def valid_port(port):
        return 0 < port < 65536

    async def ping(self):
        await asyncio.sleep(self.timeout)
        return f"pong from {self.host}:{self.port}"

    def __repr__(self):
        return f"Connection({self.host!r}, {self.port})"


class SlowConnection(Connection):
    default_timeout = 3


async def main():
    conns = [Connection.from_url("db:5432"), SlowConnection.from_url("cache"), Connection("api", 443, 0.5)]
    print(conns, [type(c).__name__ for c in conns])
    print(Connection.valid_port(8080), conns[0].valid_port(70000))
    print(Connection.count(), conns[1].count())
    loop = asyncio.get_running_loop()
    for coro in asyncio.as_completed([c.ping() for c in conns]):
        print(f"{loop.time():.1f}", await coro)
    print(Connection.from_url, Connection.valid_port.__name__)
    print(staticmethod(abs), classmethod(len))


asyncio.run(main())
