import asyncio


async def use(sem, name):
    async with sem:
        print(f"{asyncio.get_running_loop().time():.1f} {name} inside")
        await asyncio.sleep(1)


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await asyncio.gather(use(sem, "a"), use(sem, "b"), use(sem, "c"))
    try:
        sem.release()
    except ValueError as e:
        print("caught:", e)
    await sem.acquire()
    sem.release()
    print("balanced acquire/release is fine")
    sem.release()


asyncio.run(main())
