# `*` with a sequence blames the other operand; bool's & | ^ stay bool.
import asyncio


class A:
    pass


async def main():
    for a, b in [(None, "a"), ("a", None), ([1], [2]), ((1,), "x"), ("a", 1.5), (1.5, "a"), (A(), "a")]:
        try:
            a * b
        except TypeError as e:
            print(e)
    print(True & False, True | False, True ^ True, True & 3, True << 1, -True, ~True, 5 & 3, 5 ^ 3, -5 >> 1)
    flag = True
    flag &= False
    print(flag, "ab" * True, [0] * False)
    await asyncio.sleep(0)
    print("x" * "y")


asyncio.run(main())
