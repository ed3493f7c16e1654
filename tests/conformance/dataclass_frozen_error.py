import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080
    retries: int = 3


async def connect(cfg):
    await asyncio.sleep(0.1)
    print(f"connected to {cfg.host}:{cfg.port}")
    cfg.retries -= 1


async def main():
    cfg = Config("localhost")
    print(cfg)
    await connect(cfg)


asyncio.run(main())
