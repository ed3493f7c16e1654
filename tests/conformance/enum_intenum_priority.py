import asyncio
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


async def handle(name, prio):
    await asyncio.sleep(1 / prio)
    return f"{name}:{prio.name}"


async def main():
    jobs = [("backup", Priority.LOW), ("alert", Priority.HIGH), ("email", Priority.MEDIUM)]
    by_prio = sorted(jobs, key=lambda j: j[1], reverse=True)
    print([name for name, _ in by_prio])
    print(await asyncio.gather(*(handle(n, p) for n, p in jobs)))
    print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority.LOW < 3, Priority.HIGH + 1)
    print(Priority(5), repr(Priority(10)), str(Priority.LOW), f"{Priority.HIGH}", f"{Priority.MEDIUM:>4}")
    print(max(Priority), sum(Priority), [int(p) for p in Priority])
    print(Priority.LOW * 3, 20 - Priority.HIGH, Priority["MEDIUM"].value)


asyncio.run(main())
