import asyncio

# A bare capture pattern matches everything, so the cases after it could never run.


async def handle(event):
    match event:
        case "start":
            print("starting")
        case other:
            print("other", other)
        case "stop":
            print("stopping")


asyncio.run(handle("start"))
