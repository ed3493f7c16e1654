import asyncio


def greet(name, greeting="hello"):
    return f"{greeting}, {name}"


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.run_in_executor(None, greet, "ada", greeting="hi")
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.run_in_executor(None)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.to_thread(greet, "ada", greeting="hi"))


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
