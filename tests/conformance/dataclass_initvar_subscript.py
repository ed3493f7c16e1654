import asyncio
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Endpoint:
    raw: InitVar[str]
    retries: InitVar[int] = 1
    host: str = field(init=False)
    port: int = field(init=False)
    attempts: list = field(init=False)

    def __post_init__(self, raw, retries):
        host, _, port = raw.partition(":")
        self.host = host
        self.port = int(port or 80)
        self.attempts = list(range(1, retries + 1))


async def ping(ep):
    await asyncio.sleep(0.1 * len(ep.attempts))
    return f"{ep.host}:{ep.port} after {len(ep.attempts)}"


async def main():
    eps = [Endpoint("db:5432"), Endpoint("web", 3)]
    print(eps)
    print(await asyncio.gather(*map(ping, eps)))
    print([f.name for f in fields(Endpoint)])
    print(Endpoint.__annotations__["raw"], InitVar[list[int]], InitVar[str].type)


asyncio.run(main())
