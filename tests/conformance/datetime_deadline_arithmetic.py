import asyncio
from datetime import datetime, timedelta

TIMEOUT = timedelta(seconds=5)


async def job(name, seconds, deadline):
    await asyncio.sleep(seconds)
    now = datetime.now()
    late = now > deadline
    margin = deadline - now if not late else now - deadline
    print(f"{name}: finished at {now.time()} {'LATE by' if late else 'with'} {margin} {'' if late else 'to spare'}")


async def main():
    start = datetime.now()
    deadline = start + TIMEOUT
    print("deadline:", deadline, "| in", deadline - start)
    await asyncio.gather(job("quick", 1, deadline), job("slow", 7.5, deadline), job("exact", 5, deadline))
    retry_at = datetime.now() + timedelta(minutes=1, seconds=30)
    print("retry at", retry_at.strftime("%H:%M:%S"), "| 2x timeout:", TIMEOUT * 2, "| half:", TIMEOUT / 2)
    print(TIMEOUT // timedelta(seconds=2), TIMEOUT % timedelta(seconds=2), TIMEOUT / timedelta(milliseconds=250))
    windows = [start + i * timedelta(hours=8) for i in range(4)]
    print([str(w) for w in windows])
    print(sorted(windows, reverse=True)[0] == windows[-1], min(windows) == start, start < deadline <= deadline)


asyncio.run(main())
