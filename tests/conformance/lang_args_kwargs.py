def connect(host, port=80, *args, timeout=5.0, retries=3, **options):
    return f"{host}:{port} args={args} timeout={timeout} retries={retries} options={options}"


print(connect("example.org"))
print(connect("db", 5432))
print(connect("db", 5432, "extra", 7, timeout=1.5))
print(connect(port=22, host="ssh"))
print(connect("cache", retries=0, tls=True, pool=4))

params = {"timeout": 9, "verbose": False}
positional = ["api", 8080, "x"]
print(connect(*positional, **params))


def total(*nums, start=0):
    return start + sum(nums)


print(total(), total(1, 2, 3), total(*range(5), start=100))


def show(**kw):
    return ", ".join(f"{k}={v!r}" for k, v in kw.items())


print(show(a=1, b="two", c=[3]))
print(show(**{"x": None}, y=2.5))


def defaults(a, b=[], c=None):
    b.append(a)
    return b


print(defaults(1), defaults(2), defaults(3, []))
try:
    connect()
except TypeError as e:
    print("TypeError:", e)
