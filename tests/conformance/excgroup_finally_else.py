import asyncio

# except* with else and finally, as a retry loop would use them.


async def download(url, fail):
    await asyncio.sleep(0.5)
    if fail:
        raise ConnectionError(f"{url} unreachable")
    return f"<{url}>"


async def attempt(fail):
    results = []
    try:
        async with asyncio.TaskGroup() as tg:
            for u in ["a.example", "b.example"]:
                tg.create_task(download(u, fail and u.startswith("b")))
    except* ConnectionError as eg:
        print("network trouble:", [str(e) for e in eg.exceptions])
    else:
        print("all downloads finished")
    finally:
        print("attempt over at", asyncio.get_running_loop().time())
    return results


async def main():
    await attempt(True)
    await attempt(False)


asyncio.run(main())
