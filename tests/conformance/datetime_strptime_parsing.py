import asyncio
from datetime import datetime, timedelta

EVENTS = [
    ("2024-03-05 09:00", "standup"),
    ("2024-03-05 13:30", "lunch"),
    ("05 Mar 2024 04:15 PM", "review"),
    ("2024-03-06T08:00:00.250", "deploy"),
]
FORMATS = ["%Y-%m-%d %H:%M", "%d %b %Y %I:%M %p", "%Y-%m-%dT%H:%M:%S.%f"]


def parse(text):
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(f"no format matches {text!r}")


async def remind(when, what, start):
    await asyncio.sleep((when - start).total_seconds() / 3600)
    print(f"{when:%a %H:%M} {what} (in {when - start})")


async def main():
    parsed = [(parse(text), what) for text, what in EVENTS]
    start = parsed[0][0] - timedelta(minutes=15)
    await asyncio.gather(*(remind(when, what, start) for when, what in parsed))
    for bad, fmt in [("2024-02-30", "%Y-%m-%d"), ("9:00 tomorrow", "%H:%M"), ("2024/03/05", "%Y-%m-%d")]:
        try:
            datetime.strptime(bad, fmt)
        except ValueError as e:
            print("ValueError:", e)
    print(parse("sometime"))


asyncio.run(main())
