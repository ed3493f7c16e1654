import asyncio

# Assigning to a parenthesized walrus: CPython names it a "named expression" in the error.


async def main():
    (count := 0) = 3
    print(count)


asyncio.run(main())
