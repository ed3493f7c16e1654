import asyncio
from datetime import datetime, timedelta, timezone

IST = timezone(timedelta(hours=5, minutes=30))
EST = timezone(timedelta(hours=-5), "EST")


async def main():
    await asyncio.sleep(3600 * 13 + 0.25)
    now = datetime.now(timezone.utc)
    print(now, now.tzinfo, now.utcoffset(), now.tzname())
    print(now.astimezone(IST), now.astimezone(EST), now.astimezone(EST).tzname())
    print(repr(timezone.utc), repr(IST), repr(EST), str(IST), str(EST))
    print(now.isoformat(), now.strftime("%Y-%m-%d %H:%M:%S %Z %z"))
    meeting = datetime(2024, 6, 1, 9, 0, tzinfo=EST)
    print(meeting, meeting.astimezone(timezone.utc), meeting.astimezone(IST).strftime("%H:%M %z"))
    print(meeting == meeting.astimezone(IST), meeting.astimezone(IST) - meeting, meeting.timestamp())
    print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(86400.5, tz=IST))
    try:
        print(datetime.now() < now)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(now - datetime.now())
    except TypeError as e:
        print("TypeError:", e)
    print(datetime.now() == now, timezone(timedelta(0)) == timezone.utc)


asyncio.run(main())
