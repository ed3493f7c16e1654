import asyncio

# CPython 3.11 refuses decimal conversions past 4300 digits (CVE-2020-10735).


async def power_of(base, exp):
    await asyncio.sleep(0.1)
    return base**exp


async def main():
    small, big = await asyncio.gather(power_of(10, 4299), power_of(10, 4300))
    print(len(str(small)), len(str(-small)), str(small)[:12])
    print(len(hex(big)), hex(big)[:12], big.bit_length())
    try:
        print(str(big))
    except ValueError as e:
        print("str:", e)
    try:
        print(f"{big:,}")
    except ValueError as e:
        print("format:", e)
    try:
        int("7" * 4301)
    except ValueError as e:
        print("int:", e)
    print(int("7" * 4300) % 1000, int("f" * 5000, 16) % 1000)
    digits = "1_" * 2200 + "1"
    try:
        int(digits)
    except ValueError as e:
        print("underscores:", str(e)[:80])
    print("%d" % big)


asyncio.run(main())
