counter_total = 0


def make_counter(start=0, step=1):
    count = start

    def bump():
        nonlocal count
        global counter_total
        count += step
        counter_total += 1
        return count

    return bump


a = make_counter()
b = make_counter(10, step=5)
print(a(), a(), b(), a(), b())
print("calls so far:", counter_total)


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


print([f(10) for f in make_multipliers()])

late = [lambda: i for i in range(3)]
print([f() for f in late])


def outer():
    log = []

    def add(msg):
        log.append(msg)
        return len(log)

    add("one")
    add("two")
    return log, add


log, add = outer()
add("three")
print(log)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), (lambda *a, **k: (a, k))(1, 2, z=3))
