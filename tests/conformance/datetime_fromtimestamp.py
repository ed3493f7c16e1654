import asyncio
import time
from datetime import datetime, date


async def main():
    loop = asyncio.get_running_loop()
    for delay in [0, 1.5, 0.000001, 86400 * 3]:
        await asyncio.sleep(delay)
        t = time.time()
        print(t == loop.time(), datetime.fromtimestamp(t), datetime.utcfromtimestamp(t), date.fromtimestamp(t))
    print(datetime.fromtimestamp(1700000000), datetime.fromtimestamp(1700000000.123456789))
    print(datetime.fromtimestamp(2.5e-7), datetime.fromtimestamp(1.5e-6), datetime.fromtimestamp(0).timestamp())
    print(date.today(), date.today().strftime("%A"))


asyncio.run(main())
