# A SimpleNamespace as a small config object, and PEP 604 unions in aliases.
import asyncio
import types

MaybeInt = int | None
Payload = dict[str, int] | list[int]


async def worker(cfg, n):
    await asyncio.sleep(cfg.delay * n)
    return n * cfg.scale


async def main():
    cfg = types.SimpleNamespace(delay=0.1, scale=10)
    cfg.name = "batch"
    print(cfg, cfg.name, cfg == types.SimpleNamespace(delay=0.1, scale=10, name="batch"))
    print(await asyncio.gather(*(worker(cfg, i) for i in range(3))))
    print(MaybeInt, Payload, type(cfg).__name__, type(cfg))
    print(isinstance(worker, types.FunctionType), isinstance(worker(cfg, 0), types.CoroutineType))


asyncio.run(main())
