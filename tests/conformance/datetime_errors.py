from datetime import date, datetime, time, timedelta

attempts = [
    lambda: date(2023, 2, 29),
    lambda: date(0, 1, 1),
    lambda: datetime(2024, 1, 1, 24),
    lambda: datetime(2024, 1, 1, 0, 60),
    lambda: time(12, 0, 0, 1000000),
    lambda: date(2024, 1, 1.5),
    lambda: timedelta(hours=1) + 1,
    lambda: timedelta(hours=1) * "2",
    lambda: date.fromisoformat("2024/01/01"),
    lambda: timedelta(days=10 ** 9),
    lambda: date.max + timedelta(days=1),
    lambda: timedelta(hours=1) / 0,
]
for attempt in attempts:
    try:
        print("ok:", attempt())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
print(date(2024, 13, 1))
