import asyncio


async def forever(name):
    print(f"{name} waits")
    await asyncio.Event().wait()


async def main():
    asyncio.create_task(forever("watcher"))
    asyncio.create_task(forever("listener"))
    await asyncio.sleep(0.1)
    print("main done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("the loop stays open; its tasks are still pending")
