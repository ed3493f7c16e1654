# A bare `except:` must be the last handler.
import asyncio


async def risky():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def main():
    try:
        await risky()
    except:
        print("something failed")
    except ValueError as e:
        print("value error", e)


asyncio.run(main())
