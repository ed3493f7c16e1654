# A coroutine-style generator: values go in with send().
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
print(next(avg))  # prime it
print(avg.send(10))
print(avg.send(30))
print(avg.send(5))
try:
    avg.send(None)
except StopIteration as exc:
    print("result:", exc.value)


def echo():
    received = []
    try:
        while True:
            item = yield len(received)
            received.append(item)
    except GeneratorExit:
        print("echo closing with", received)


e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
e.close()
print(e.close())
try:
    next(e)
except StopIteration:
    print("closed generators stay exhausted")
