# Docstrings (__doc__), positional-only parameters passed by keyword, truth of ranges and views.
import asyncio


class Fetcher:
    """Fetches things."""

    async def fetch(self, url, /, retries=1, *, timeout=5):
        """Fetch one URL."""
        await asyncio.sleep(0.1)
        return f"{url} r={retries} t={timeout}"


class Quiet:
    pass


def pos(a, b, /, c):
    return a + b + c


def pos_kw(a, /, **kw):
    return a, kw


async def main():
    f = Fetcher()
    print(Fetcher.__doc__, f.__doc__, Fetcher.fetch.__doc__, Quiet.__doc__, pos.__doc__)
    print(await f.fetch("u"), await f.fetch("v", 2, timeout=1))
    print(pos(1, 2, c=3), pos_kw(1, a=2))
    for call in (lambda: pos(a=1, b=2, c=3), lambda: pos(1, b=2, c=3), lambda: f.fetch(url="w")):
        try:
            call()
        except TypeError as e:
            print(e)
    d = {}
    print(bool(range(0)), bool(range(3)), bool(d.keys()), bool({1: 2}.items()), bool(d.values()))
    print([n for n in range(10) if range(n)][:3])


asyncio.run(main())
