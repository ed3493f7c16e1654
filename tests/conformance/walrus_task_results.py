import asyncio

# Awaiting inside a walrus: keep the result of each finished task while testing it.


async def probe(host, delay, ok):
    await asyncio.sleep(delay)
    return {"host": host, "ok": ok, "latency": delay}


async def main():
    tasks = [asyncio.create_task(probe(h, d, ok)) for h, d, ok in [("a", 0.3, True), ("b", 0.1, False), ("c", 0.2, True)]]
    healthy = []
    for t in tasks:
        if (result := await t)["ok"]:
            healthy.append(result["host"])
        else:
            print("unhealthy:", result["host"], "after", result["latency"])
    print("healthy:", healthy)
    latencies = [r["latency"] for t in tasks if (r := t.result())["ok"]]
    print("healthy latencies:", latencies, "last:", r["host"])


asyncio.run(main())
