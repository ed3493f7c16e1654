import asyncio


async def slow_answer():
    try:
        await asyncio.sleep(2)
        return 42
    except asyncio.CancelledError:
        print("slow_answer: cancelled by the timeout")
        raise


async def main():
    try:
        # wait_for cancels the inner task when the timeout expires.
        answer = await asyncio.wait_for(slow_answer(), timeout=1)
        print("answer:", answer)
    except TimeoutError:
        print("gave up after 1 s")

    answer = await asyncio.wait_for(slow_answer(), timeout=3)
    print("with a longer timeout:", answer)


asyncio.run(main())
