import asyncio
import logging
import sys

logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("tasks")


async def fetch(url):
    await asyncio.sleep(0.5)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return f"<html of {url}>"


async def guarded(url):
    page = None
    try:
        await fetch(url)
    except ConnectionError:
        log.exception("fetching %s failed", url)
        return page
    page = f"<html of {url}>"
    log.warning("fetched %s (%d chars)", url, len(page))
    return page


async def main():
    pages = await asyncio.gather(guarded("good.example"), guarded("bad.example"))
    print("pages:", pages)
    try:
        raise KeyError("missing")
    except KeyError as exc:
        log.error("lookup failed: %r", exc, exc_info=True)
    log.error("exc_info outside a handler", exc_info=True)


asyncio.run(main())
