# A JSONEncoder subclass serialises task results that json cannot handle by itself.
import asyncio
import json


class Result:
    def __init__(self, name, value, tags):
        self.name, self.value, self.tags = name, value, tags


class ResultEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Result):
            return {"name": o.name, "value": o.value, "tags": sorted(o.tags)}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


async def compute(name, n):
    await asyncio.sleep(n / 10)
    return Result(name, n * n, {"fast" if n < 2 else "slow", "ok"})


async def main():
    results = await asyncio.gather(compute("a", 1), compute("b", 3))
    print(json.dumps(results, cls=ResultEncoder))
    print(json.dumps({"results": results, "ids": {3, 1}}, cls=ResultEncoder, indent=2, sort_keys=True))
    print(ResultEncoder(separators=(",", ":")).encode([results[0]]))
    try:
        json.dumps({"bad": object()}, cls=ResultEncoder)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
