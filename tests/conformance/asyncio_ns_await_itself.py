import asyncio


async def main():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        message = str(e)
        print(message.startswith("Task cannot await on itself: <Task pending name='Task-1'"))
        print("coro=<main() running at" in message)


asyncio.run(main())
