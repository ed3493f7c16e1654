# throw() and close() pass through `yield from` to the innermost generator.
class Skip(Exception):
    pass


def worker():
    n = 0
    try:
        while True:
            try:
                yield n
                n += 1
            except Skip:
                print("worker: skipping")
                n += 10
    finally:
        print("worker: cleanup")


def manager():
    try:
        result = yield from worker()
        print("never", result)
    finally:
        print("manager: cleanup")


m = manager()
print(next(m))
print(next(m))
print(m.throw(Skip))
print(m.send(None))
m.close()

m2 = manager()
next(m2)
try:
    m2.throw(ValueError("boom"))
except ValueError as e:
    print("propagated:", e)
print(m2.gi_running)
