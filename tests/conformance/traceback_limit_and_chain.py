# Logging failures of a worker pipeline with the traceback module: limit= keeps the report
# short, chain= drops the cause, format_tb/print_tb show just the frames.
import asyncio
import sys
import traceback


def parse(record):
    return int(record["value"])


def load(record):
    try:
        return parse(record)
    except (KeyError, ValueError) as e:
        raise RuntimeError(f"bad record {record!r}") from e


async def worker(records):
    results = []
    for r in records:
        await asyncio.sleep(0.1)
        try:
            results.append(load(r))
        except RuntimeError as e:
            print("== limit=1")
            traceback.print_exc(limit=1, file=sys.stdout)
            print("== limit=-1, no chain")
            print(traceback.format_exc(limit=-1, chain=False), end="")
            print("== limit=0")
            traceback.print_exception(e, limit=0, file=sys.stdout)
            print("== format_tb of the cause")
            for entry in traceback.format_tb(e.__cause__.__traceback__):
                print(repr(entry))
            print("== print_tb limit=2")
            traceback.print_tb(e.__traceback__, limit=2, file=sys.stdout)
            print("== format_exception(limit=2) pieces:", len(traceback.format_exception(e, limit=2)))
            print("".join(traceback.format_exception(type(e), e, e.__traceback__, limit=-2)), end="")
    return results


def during_handling():
    try:
        1 / 0
    except ZeroDivisionError:
        return {}["missing"]


async def main():
    print(await worker([{"value": "1"}, {"value": "x"}, {}]))
    try:
        during_handling()
    except KeyError:
        print(traceback.format_exc(limit=1), end="")
        print(traceback.format_exc(chain=False), end="")
    print(traceback.format_tb(None), traceback.format_exc(limit=5), end="")
    load({"value": "?"})


asyncio.run(main())
