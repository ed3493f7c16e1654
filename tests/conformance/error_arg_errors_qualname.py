# Argument errors name the function by its qualified name, as CPython 3.11 does.
import asyncio


class Worker:
    def __init__(self, name):
        self.name = name

    def run(self, job, *, retries):
        return f"{self.name}:{job}:{retries}"

    async def fetch(self, url):
        return url


def outer():
    def inner(a):
        return a
    for call in (lambda: inner(), lambda: inner(1, 2), lambda: inner(1, b=2), lambda: inner(1, a=2)):
        try:
            call()
        except TypeError as e:
            print(e)


async def main():
    outer()
    w = Worker("w")
    for call in (lambda: w.run(1), lambda: w.run(1, 2, retries=0), lambda: w.fetch(), lambda: Worker()):
        try:
            call()
        except TypeError as e:
            print(e)
    f = lambda x, y=1: x + y
    try:
        f()
    except TypeError as e:
        print(e)
    await w.fetch("u", "v")


asyncio.run(main())
