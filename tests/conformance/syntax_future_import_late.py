"""Tasks module."""
import asyncio
from __future__ import annotations

async def main() -> None:
    await asyncio.sleep(0.1)
    print("never runs")

asyncio.run(main())
