import asyncio


async def main():
    config = {"host": "localhost", "port": 8080}
    await asyncio.sleep(0.1)
    print(f"connecting to {config["host"]}:{config["port"]}")


asyncio.run(main())
