import asyncio

# A dict entry written without its ':' after a first good entry: CPython 3.11 says
# "':' expected after dictionary key", not "Perhaps you forgot a comma?".

DELAYS = {
    "fast": 0.1,
    "slow" 0.5,
}


async def main():
    for name, delay in DELAYS.items():
        await asyncio.sleep(delay)
        print(name)


asyncio.run(main())
