class RetryError(Exception):
    def __init__(self, attempts, last):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
        self.last = last


def flaky(n):
    if n < 3:
        raise ValueError(f"attempt {n} refused")
    return f"ok on attempt {n}"


def retry(fn, limit):
    last = None
    for i in range(limit):
        try:
            return fn(i)
        except ValueError as e:
            last = e
            print("  retrying after:", e)
    raise RetryError(limit, last)


print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RetryError as e:
    print("failed:", e, "| attempts", e.attempts, "| last", repr(e.last))


def cleanup_order():
    log = []
    try:
        try:
            log.append("inner try")
            raise IndexError("deep")
        finally:
            log.append("inner finally")
    except IndexError as e:
        log.append(f"outer except {e}")
    else:
        log.append("outer else")
    finally:
        log.append("outer finally")
    return log


print(cleanup_order())
try:
    try:
        raise TypeError("original")
    except TypeError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), "cause:", e.__cause__)
try:
    raise
except RuntimeError as e:
    print("bare raise with nothing active:", e)
for exc_type in (ZeroDivisionError, ArithmeticError, Exception):
    try:
        1 / 0
    except exc_type as err:
        print("caught as", exc_type.__name__, "->", type(err).__name__)
