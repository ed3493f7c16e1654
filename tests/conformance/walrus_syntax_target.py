import asyncio

# Only a plain name can be the target of :=.


async def main():
    state = {"n": 0}
    if (state["n"] := 5) > 3:
        print(state)


asyncio.run(main())
