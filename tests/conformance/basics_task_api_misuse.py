import asyncio


async def work():
    await asyncio.sleep(1)
    return "done"


async def main():
    t = asyncio.create_task(work())
    await asyncio.sleep(0)
    try:
        t.set_result(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError("x"))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await t)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside the loop:", e)
asyncio.get_running_loop()
