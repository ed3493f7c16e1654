import asyncio


async def compute(label, n):
    await asyncio.sleep(0.1)
    return label, 2**n - 1


async def main():
    results = await asyncio.gather(compute("M61", 61), compute("M89", 89), compute("M127", 127))
    for label, value in results:
        print(f"{label:>5}: {value:,}")
        print(f"{'':>5}  {value:_}")
        print(f"{'':>5}  {value:#x} {value:_b}"[:80])
        print(f"{'':>5}  {value:e} {value:.3E} {value:g}")
        print(f"{'':>5}  [{value:>45,}]")
        print(f"{'':>5}  [{-value:^+50}]")
        print(f"{'':>5}  {value:o} {value:X} {value:#o}")
    print("%s has %d digits" % (results[-1][0], len(str(results[-1][1]))))
    print("%d | %x | %o | %e" % (results[0][1], results[0][1], results[0][1], results[0][1]))
    print("{:,}".format(10**30), "{:>40_}".format(-(10**30)))
    print(format(2**100, "020,"), format(2**64, "b").count("0"))


asyncio.run(main())
