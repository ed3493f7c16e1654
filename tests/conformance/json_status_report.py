# json.dumps of a status report built from finished tasks.
import asyncio
import json


async def probe(name, delay, ok=True):
    await asyncio.sleep(delay)
    if not ok:
        raise ConnectionError(f"{name} unreachable")
    return {"service": name, "latency": delay, "healthy": True}


async def main():
    tasks = [asyncio.create_task(probe("db", 0.2)), asyncio.create_task(probe("cache", 0.1)), asyncio.create_task(probe("api", 0.3, ok=False))]
    done = await asyncio.gather(*tasks, return_exceptions=True)
    report = {
        "time": asyncio.get_running_loop().time(),
        "checks": [r if isinstance(r, dict) else {"error": str(r)} for r in done],
        "summary": {"ok": sum(isinstance(r, dict) for r in done), "failed": None},
    }
    print(json.dumps(report))
    print(json.dumps(report, indent=2))
    print(json.dumps(report["summary"], sort_keys=True, separators=(",", ":")))


asyncio.run(main())
