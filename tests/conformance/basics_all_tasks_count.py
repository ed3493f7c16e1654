import asyncio


async def idle(secs):
    await asyncio.sleep(secs)


async def main():
    print("at start:", len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(idle(i)) for i in (1, 2, 3)]
    print("after create:", len(asyncio.all_tasks()))
    current = asyncio.current_task()
    print("main in all_tasks:", current in asyncio.all_tasks())
    for t in tasks:
        await t
        names = sorted(x.get_name() for x in asyncio.all_tasks())
        print(f"{asyncio.get_running_loop().time():.0f}", names)


asyncio.run(main())
