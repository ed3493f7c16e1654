from datetime import timedelta

cases = [
    timedelta(),
    timedelta(seconds=90),
    timedelta(minutes=-1),
    timedelta(hours=25, minutes=61, seconds=61),
    timedelta(days=-1, seconds=-1),
    timedelta(weeks=1, days=-8),
    timedelta(milliseconds=1500, microseconds=250),
    timedelta(seconds=0.1),
    timedelta(hours=1.5),
    timedelta(days=0.5, minutes=0.25),
    timedelta(microseconds=-1),
    timedelta(seconds=1.0000005),
    timedelta(seconds=2.5e-6),
]
for td in cases:
    print(f"{str(td):>24} | {td!r} | {td.total_seconds()} | {td.days} {td.seconds} {td.microseconds}")
print(-timedelta(hours=2), abs(timedelta(hours=-2)), +timedelta(1))
print(timedelta(1) == timedelta(hours=24), timedelta(1) > timedelta(hours=23), timedelta(0) < timedelta(microseconds=1))
print(timedelta(hours=1) * 2.5, 3 * timedelta(minutes=20), timedelta(minutes=10) / 3, timedelta(minutes=10) // 3)
print(timedelta.max, timedelta.min, timedelta.resolution)
print({timedelta(hours=1): "hour"}[timedelta(minutes=60)])
