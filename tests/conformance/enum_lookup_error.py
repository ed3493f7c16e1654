import asyncio
from enum import Enum


class Status(Enum):
    OK = 200
    NOT_FOUND = 404


async def fetch(code):
    await asyncio.sleep(0.1)
    return Status(code)


async def main():
    print(await fetch(200))
    print(await fetch(404))
    print(await fetch(500))


asyncio.run(main())
