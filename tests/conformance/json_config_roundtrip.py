# A config loaded from JSON drives the tasks; the results go back out as JSON.
import asyncio
import json
from collections import OrderedDict

CONFIG = """
{
  "workers": [
    {"name": "fetch", "delay": 0.3, "retries": 2},
    {"name": "parse", "delay": 0.1, "retries": 0},
    {"name": "store", "delay": 0.2, "retries": 1}
  ],
  "verbose": true,
  "limits": {"max": 1e3, "min": -5}
}
"""


async def run_worker(spec):
    for attempt in range(spec["retries"] + 1):
        await asyncio.sleep(spec["delay"])
    return spec["name"], attempt + 1


async def main():
    cfg = json.loads(CONFIG)
    print(cfg["limits"], type(cfg["limits"]["max"]).__name__, cfg["verbose"])
    results = OrderedDict(await asyncio.gather(*(run_worker(w) for w in cfg["workers"])))
    report = {"attempts": results, "elapsed": round(asyncio.get_running_loop().time(), 2), "ok": True}
    print(json.dumps(report, indent=2))
    print(json.dumps(report, sort_keys=True, separators=(",", ":")))
    print(json.loads(json.dumps(report)) == {"attempts": dict(results), "elapsed": report["elapsed"], "ok": True})


asyncio.run(main())
