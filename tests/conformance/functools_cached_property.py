import asyncio
from functools import cached_property


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        print("  summing")
        return sum(self.rows)

    @cached_property
    def mean(self):
        return self.total / len(self.rows)


async def build(n):
    await asyncio.sleep(n / 10)
    return Report(list(range(n)))


async def main():
    reports = await asyncio.gather(build(4), build(10))
    for r in reports:
        print(r.total, r.mean, r.total)
    r = reports[0]
    del r.total
    r.rows.append(100)
    print(r.total, r.__dict__)
    print(type(Report.total).__name__, Report.total.attrname)


asyncio.run(main())
