# Load test: latency against concurrency, with the bivariate statistics tutorials reach for.
import asyncio
import random
import statistics


async def request(concurrency: int) -> float:
    latency = 0.05 + 0.01 * concurrency + random.uniform(0, 0.02)
    await asyncio.sleep(latency)
    return latency


async def main():
    random.seed(7)
    levels = [1, 2, 4, 8, 16]
    means = []
    for c in levels:
        lat = await asyncio.gather(*(request(c) for _ in range(c)))
        means.append(statistics.fmean(lat))
        print(f"c={c:2d} mean={means[-1]:.4f} geo={statistics.geometric_mean(lat):.4f}")
    fit = statistics.linear_regression(levels, means)
    print(fit)
    print(f"slope={fit.slope:.5f} intercept={fit.intercept:.5f}")
    print("through origin:", statistics.linear_regression(levels, means, proportional=True))
    print("cov:", statistics.covariance(levels, means))
    print("r:", round(statistics.correlation(levels, means), 6))
    print("big mean:", statistics.mean([10**20, 10**20 + 2]))
    try:
        statistics.correlation([1, 1, 1], [1, 2, 3])
    except statistics.StatisticsError as e:
        print("error:", e)
    try:
        statistics.geometric_mean([2, 0])
    except statistics.StatisticsError as e:
        print("error:", e)


asyncio.run(main())
