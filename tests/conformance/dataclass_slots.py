import asyncio
from dataclasses import dataclass


@dataclass(slots=True)
class Tick:
    seq: int
    at: float


class Sample:
    __slots__ = ("name", "value")

    def __init__(self, name, value):
        self.name = name
        self.value = value


class Tagged(Sample):
    pass


async def ticker(n):
    loop = asyncio.get_running_loop()
    ticks = []
    for i in range(n):
        await asyncio.sleep(0.5)
        ticks.append(Tick(i, loop.time()))
    return ticks


async def main():
    ticks = await ticker(3)
    print(ticks, Tick.__slots__)
    try:
        ticks[0].note = "late"
    except AttributeError as e:
        print("AttributeError:", e)
    s = Sample("cpu", 0.75)
    for action in (lambda: setattr(s, "unit", "%"), lambda: s.__dict__, lambda: Sample.__new__(Sample).value):
        try:
            print(action())
        except AttributeError as e:
            print("AttributeError:", e)
    t = Tagged("mem", 12)
    t.unit = "GB"
    print(t.name, t.value, t.unit, vars(t))


asyncio.run(main())
