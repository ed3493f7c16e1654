from datetime import date, timedelta

start = date(2024, 2, 26)
for i in range(6):
    day = start + timedelta(days=i)
    print(day, day.strftime("%a"), day.weekday(), day.isocalendar(), day.isocalendar().week)
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar())
birthday = date(1990, 8, 17)
today = date(2024, 3, 5)
age = today - birthday
print(age, age.days // 365, today > birthday, (today - timedelta(weeks=52)).isoformat())
print(date.fromisoformat("2024-03-05") == today, date.fromordinal(today.toordinal() + 1), today.toordinal())
print(today.replace(day=1), today.replace(year=2023, month=12), today.year, today.month, today.day)
print(date.min, date.max, date(2024, 1, 1) - date(2023, 1, 1), date(2023, 3, 1) - date(2023, 2, 1))
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 9)])[0].isoformat())
months = {date(2024, m, 1).strftime("%B"): m for m in range(1, 13, 3)}
print(months)
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
