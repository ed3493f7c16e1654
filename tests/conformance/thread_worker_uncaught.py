import asyncio


def load_user(user_id):
    users = {1: "ada", 2: "grace"}
    return users[user_id]


async def main():
    print("looking up user 3")
    name = await asyncio.to_thread(load_user, 3)
    print("found", name)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
