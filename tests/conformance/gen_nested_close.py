# A generator closed early frees its frame, and so closes the generator its local held.
def numbers():
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        print("numbers closed")

def outer():
    inner = numbers()
    try:
        while True:
            yield next(inner) * 10
    finally:
        print("outer closed")

for x in outer():
    print(x)
    if x == 20:
        break
print("after loop")
