# Wrapping long task log messages for a narrow console.
import asyncio
import textwrap

WIDTH = 32


async def step(name, delay, message):
    await asyncio.sleep(delay)
    return name, message


async def main():
    results = await asyncio.gather(
        step("fetch", 0.2, "Fetched 3 pages from the well-known mirror in parallel, retrying twice."),
        step("parse", 0.1, "Parsed everything; no errors."),
    )
    for name, message in results:
        print(textwrap.fill(message, WIDTH, initial_indent=f"{name}: ", subsequent_indent=" " * (len(name) + 2)))
    print(textwrap.shorten("A very long summary line that will not fit in the box", width=30))
    print(textwrap.wrap("one two three four five six", 9, max_lines=2, placeholder=" ..."))
    banner = textwrap.dedent("""\
        Results:
          fetch ok
          parse ok
    """)
    print(banner, end="")
    print(textwrap.indent(banner, "| "), end="")


asyncio.run(main())
