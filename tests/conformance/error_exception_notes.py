# Exception notes (add_note, 3.11) print after the exception line.
import asyncio
async def step(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise ValueError(f"step {n} failed")
    return n
async def main():
    for n in range(3):
        try:
            print(await step(n))
        except ValueError as e:
            e.add_note(f"while running step {n}")
            e.add_note("giving up")
            print(e.__notes__, str(e))
            try:
                e.add_note(5)
            except TypeError as t:
                print(t)
            try:
                ValueError().__notes__
            except AttributeError as a:
                print(a)
            raise
asyncio.run(main())
