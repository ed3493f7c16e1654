import asyncio


class SensorError(Exception):
    def __init__(self, sensor, reading):
        super().__init__(f"{sensor} read {reading}")
        self.sensor = sensor


async def read(sensor, secs, reading):
    await asyncio.sleep(secs)
    if reading < 0:
        raise SensorError(sensor, reading)
    return reading


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(read("t1", 1.0, 20))
            b = tg.create_task(read("t2", 2.0, -1))
            c = tg.create_task(read("t3", 2.0, -5))
            d = tg.create_task(read("t4", 2.0, 7))
    except Exception as eg:
        print(eg)
        for e in eg.exceptions:
            print(" ", type(e).__name__, e.sensor, e)
    print("a:", a.result(), "| d cancelled:", d.cancelled())
    print("b:", b.exception(), "| c:", c.exception())


asyncio.run(main())
