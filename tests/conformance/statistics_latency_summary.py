# Summarising request latencies measured on the virtual clock.
import asyncio
import statistics

DELAYS = [0.12, 0.5, 0.33, 0.12, 0.9, 0.41, 0.27, 0.12]


async def request(i, delay):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(delay)
    return loop.time() - start


async def main():
    latencies = await asyncio.gather(*(request(i, d) for i, d in enumerate(DELAYS)))
    print("mean  ", statistics.mean(latencies))
    print("fmean ", statistics.fmean(latencies))
    print("median", statistics.median(latencies), statistics.median_low(latencies), statistics.median_high(latencies))
    print("mode  ", statistics.mode(latencies), statistics.multimode([1, 1, 2, 2, 3]))
    print("stdev ", statistics.stdev(latencies), statistics.pstdev(latencies))
    print("var   ", statistics.variance(latencies), statistics.pvariance(latencies))
    print("quart ", statistics.quantiles(latencies, n=4))
    print("ints  ", statistics.mean([1, 2, 3]), statistics.variance([1, 3, 5]), statistics.harmonic_mean([1, 2, 4]))
    try:
        statistics.stdev([1.0])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
    statistics.mean([])


asyncio.run(main())
