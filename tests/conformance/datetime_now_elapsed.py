import asyncio
from datetime import datetime


async def download(name, seconds):
    start = datetime.now()
    await asyncio.sleep(seconds)
    took = datetime.now() - start
    print(f"{name}: started {start:%H:%M:%S.%f}, took {took} ({took.total_seconds()} s)")
    return took


async def main():
    began = datetime.now()
    print("began at", began, "| today is", datetime.today().date())
    durations = await asyncio.gather(download("small", 0.5), download("medium", 2.25), download("large", 61))
    print("longest:", max(durations), "| sum:", sum(durations, start=durations[0] - durations[0]))
    print("total elapsed:", datetime.now() - began)
    print("utcnow:", datetime.utcnow().isoformat(), "| now:", datetime.now().strftime("%Y-%m-%d %H:%M"))


asyncio.run(main())
