import asyncio


def plain_callback(label):
    print(f"{label}: current_task is {asyncio.current_task()}")


async def child():
    me = asyncio.current_task()
    print("child sees", me.get_name())
    asyncio.get_running_loop().call_soon(plain_callback, "callback scheduled by child")
    await asyncio.sleep(0.1)
    return me


async def helper():
    return asyncio.current_task().get_name()


async def main():
    main_task = asyncio.current_task()
    print("main is", main_task.get_name(), "done:", main_task.done())
    print("awaiting a coroutine keeps the task:", await helper())
    t = asyncio.create_task(child(), name="kid")
    returned = await t
    print("child returned its own task:", returned is t, returned.get_name())
    main_task.set_name("renamed-main")
    print("main now", asyncio.current_task().get_name())
    names = await asyncio.gather(helper(), helper())
    print("gather children:", names)


asyncio.run(main())
