# pprint of a nested report built from task results.
import asyncio
import pprint


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    return {"id": i, "status": "ok" if i % 3 else "retry", "payload": list(range(i * 3)), "meta": {"attempt": i % 2 + 1, "host": f"node-{i}"}}


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(1, 5)))
    report = {"results": results, "summary": {"total": len(results), "retries": sum(r["status"] == "retry" for r in results)}}
    pprint.pprint(report)
    pprint.pprint(report["summary"], width=20)
    pprint.pprint([r["payload"] for r in results], compact=True, width=40)
    print(pprint.pformat({"z": 1, "a": 2}), pprint.pformat({"z": 1, "a": 2}, sort_dicts=False))


asyncio.run(main())
