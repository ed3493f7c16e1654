# Subscripted asyncio and collections types, as typed class attributes write them.
import asyncio, collections, re
print(asyncio.Queue[int], asyncio.Task[int], asyncio.Future[str], collections.deque[int], collections.Counter[str], collections.defaultdict[str, list[int]], collections.OrderedDict[str, int], asyncio.PriorityQueue[tuple[int, str]], re.Pattern[str])
class W:
    q: asyncio.Queue[int]
    tasks: list[asyncio.Task[None]]
print(W.__annotations__)
