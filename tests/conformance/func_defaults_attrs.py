import asyncio


def append_to(item, target=[]):
    target.append(item)
    return target


def connect(host, port=5432, *, timeout=1.5, retries=3):
    return f"{host}:{port} t={timeout} r={retries}"


def plain(x):
    return x


async def poll(name, delay=0.1):
    await asyncio.sleep(delay)
    return name


async def main():
    print(append_to(1), append_to(2))
    print("shared default:", append_to.__defaults__)
    print(connect.__defaults__, connect.__kwdefaults__)
    print(plain.__defaults__, plain.__kwdefaults__, (lambda a=1, b="x": a).__defaults__)
    print(poll.__defaults__, await asyncio.gather(poll("a"), poll("b", 0.05)))
    print(connect("db"))


asyncio.run(main())
