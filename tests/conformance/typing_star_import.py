import asyncio
from typing import *


async def produce(n: int) -> List[int]:
    await asyncio.sleep(0.1)
    return list(range(n))


async def main() -> Optional[Dict[str, int]]:
    data = await produce(4)
    return {"count": len(data), "total": sum(data)}


print(asyncio.run(main()), Optional[int], Any)
