def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

coro = averager()
next(coro)
for v in [10, 30, 5, 7.5]:
    print(coro.send(v))
coro.close()
import inspect
print(inspect.getgeneratorstate(coro))

def gen():
    x = yield 1
    print("received", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
g = gen()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("bad")))
