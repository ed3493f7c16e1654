# Where am I? traceback.extract_stack and print_stack from nested calls and from tasks.
# (limit= keeps only the program's own frames: the innermost ones.)
import asyncio
import sys
import traceback


def where():
    fs = traceback.extract_stack(limit=2)[0]
    return f"{fs.name} at line {fs.lineno}: {fs.line}"


def helper():
    print(where())
    traceback.print_stack(limit=2, file=sys.stdout)
    for filename, lineno, name, line in traceback.extract_stack(limit=2):
        print(filename, lineno, name, line)


def recurse(n):
    if n == 0:
        return traceback.format_stack(limit=6)
    return recurse(n - 1)


async def step(name, delay):
    await asyncio.sleep(delay)
    stack = traceback.extract_stack(limit=2)
    print(name, [(fs.name, fs.lineno) for fs in stack])
    print("".join(traceback.format_list(stack)), end="")


async def task(name, delay):
    await step(name, delay)
    return name


async def main():
    helper()
    print("".join(recurse(8)), end="")
    print(await asyncio.gather(task("a", 0.2), task("b", 0.1)))
    print(len(traceback.format_stack(limit=1)), traceback.format_stack(limit=0))
    traceback.print_list(traceback.extract_stack(limit=1), file=sys.stdout)


asyncio.run(main())
