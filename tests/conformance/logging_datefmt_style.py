import asyncio
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("{asctime} [{levelname:^8}] {name}: {message}", datefmt="%H:%M:%S", style="{"))
dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter("$levelname at ${asctime}: $message", datefmt="%Y/%m/%d %I:%M %p", style="$"))

braces = logging.getLogger("braces")
braces.addHandler(out)
braces.setLevel(logging.INFO)
dollars = logging.getLogger("dollars")
dollars.addHandler(dollar)
dollars.setLevel(logging.INFO)


async def main():
    braces.info("start")
    await asyncio.sleep(3661.5)
    braces.info("an hour, a minute and a bit later")
    dollars.warning("dollar style")
    await asyncio.sleep(43200)
    dollars.warning("half a day later")
    plain = logging.Formatter("%(asctime)s %(message)s")
    out.setFormatter(plain)
    braces.info("default date format has milliseconds")


asyncio.run(main())
