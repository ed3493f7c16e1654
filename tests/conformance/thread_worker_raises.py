import asyncio


def parse_port(text):
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


async def main():
    try:
        await asyncio.to_thread(parse_port, "70000")
    except ValueError as e:
        print("worker failed:", e)
    print("main carries on")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
