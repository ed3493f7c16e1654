# Generators still paused when the program ends are closed as its globals are cleared.
def reader(name):
    print(f"{name}: opened")
    try:
        while True:
            yield f"{name} line"
    finally:
        print(f"{name}: closed")


def numbers():
    yield 1
    yield 2


config = reader("config")
data = reader("data")
print(next(data))
print(next(config))
print(next(config))
nums = numbers()
print(next(nums))
untouched = reader("never started")
print("program end")
