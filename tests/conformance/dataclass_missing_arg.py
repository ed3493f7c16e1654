import asyncio
from dataclasses import dataclass


@dataclass
class Request:
    url: str
    method: str
    timeout: float = 5.0


async def send(req):
    await asyncio.sleep(req.timeout / 10)
    return f"{req.method} {req.url}"


async def main():
    print(await send(Request("/a", "GET")))
    print(await send(Request("/b")))


asyncio.run(main())
