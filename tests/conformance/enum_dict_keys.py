import asyncio
from enum import Enum


class Level(Enum):
    DEBUG = "debug"
    INFO = "info"
    ERROR = "error"


async def emit(level, msg, counts):
    await asyncio.sleep(0.1)
    counts[level] = counts.get(level, 0) + 1
    print(f"[{level.value.upper():5}] {msg}")


async def main():
    counts = {}
    await asyncio.gather(
        emit(Level.INFO, "starting", counts),
        emit(Level.ERROR, "disk full", counts),
        emit(Level.INFO, "retrying", counts),
    )
    print(counts)
    print({lvl: counts.get(lvl, 0) for lvl in Level})
    print(Level.INFO in counts, Level.DEBUG in counts, Level("error") is Level.ERROR)
    print(Level.INFO == Level.INFO, Level.INFO == "info", Level.INFO != Level.ERROR)
    print(hash(Level.INFO) == hash(Level.INFO), sorted(counts, key=lambda l: l.name))
    print(type(Level.INFO), Level, isinstance(Level.INFO, Level), Level.INFO.__class__.__name__)
    try:
        Level.INFO < Level.ERROR
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
