# Geometry helpers run as tasks: distances, angles and rounding.
import asyncio
import math
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float

    def dist(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


async def leg(a: Point, b: Point) -> tuple:
    await asyncio.sleep(a.dist(b) / 10)
    angle = math.degrees(math.atan2(b.y - a.y, b.x - a.x))
    return round(a.dist(b), 3), round(angle, 1)


async def main():
    route = [Point(0, 0), Point(3, 4), Point(6, 0), Point(6, -2.5)]
    legs = await asyncio.gather(*(leg(a, b) for a, b in zip(route, route[1:])))
    print(legs)
    total = math.fsum(d for d, _ in legs)
    print(total, math.isclose(total, 12.5), math.floor(total), math.ceil(total))
    print(asyncio.get_running_loop().time(), math.dist(route[0], route[-1]))
    print(math.sqrt(sum(p.x ** 2 for p in route)), math.prod(p.x for p in route[1:]))


asyncio.run(main())
