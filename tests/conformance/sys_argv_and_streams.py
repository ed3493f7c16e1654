import asyncio
import sys

print("program:", sys.argv[0], "args:", sys.argv[1:], len(sys.argv))


async def report(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: progress goes to stderr", file=sys.stderr)
    n = sys.stdout.write(f"{name}: written with sys.stdout.write\n")
    print("write returned", n)
    sys.stdout.flush()


async def main():
    await asyncio.gather(report("a", 0.2), report("b", 0.1))
    print("to stdout explicitly", file=sys.stdout)
    print("a", "b", "c", sep="-", end="!\n", file=sys.stderr)
    sys.stderr.write("sys.stderr.write works too\n")
    print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding)


asyncio.run(main())
