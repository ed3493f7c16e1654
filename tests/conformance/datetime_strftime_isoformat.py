from datetime import datetime, date, time

moments = [datetime(2024, 3, 5, 7, 8, 9), datetime(1999, 12, 31, 23, 59, 59, 999999), datetime(2000, 2, 29), datetime(2023, 1, 1, 12, 0, 0, 500)]
for m in moments:
    print(str(m), "|", m.isoformat(), "|", m.isoformat(sep=" ", timespec="minutes"), "|", m.isoformat(timespec="milliseconds"))
    print("   ", m.strftime("%A, %d %B %Y at %I:%M:%S %p"), "|", m.strftime("%y%m%d-%H%M%S.%f"), "|", f"{m:%j %U %W %a}")
    print("   ", m.date(), m.time(), m.weekday(), m.isoweekday(), m.ctime(), m.timestamp())
d = date(2024, 7, 14)
print(d, d.isoformat(), d.strftime("%d/%m/%Y %A"), f"{d:%B %-d}", d.ctime(), format(d, ""), str(d))
t = time(9, 30)
print(t, t.isoformat(), t.strftime("%H:%M %p"), f"{t:%I %p}", time(23, 59, 59, 1), time(0, 0).isoformat(timespec="seconds"))
print(repr(t), repr(time(12, 0, 5)), repr(time()))
print(datetime(2024, 3, 5, 7, 8, 9).replace(year=2025, second=0), datetime(2024, 1, 31).replace(month=2, day=29))
