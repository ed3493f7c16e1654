import asyncio


def parse(record):
    key, value = record.split("=")
    return key.strip(), int(value)


async def load(records):
    out = {}
    for r in records:
        await asyncio.sleep(0.1)
        k, v = parse(r)
        out[k] = v
        print(f"{asyncio.get_running_loop().time():.1f} loaded {k}={v}")
    return out


async def main():
    print(await load(["a = 1", "b=2"]))
    print(await load(["c=3", "d = four", "e=5"]))


asyncio.run(main())
