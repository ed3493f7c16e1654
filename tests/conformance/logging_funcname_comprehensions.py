import logging, sys
logging.basicConfig(format="%(funcName)s:%(lineno)d %(message)s", stream=sys.stdout)
def f():
    xs = [logging.warning("list %d", i) for i in range(2)]
    s = {logging.warning("set %d", i) for i in range(1)}
    d = {i: logging.warning("dict %d", i) for i in range(1)}
    g = list(logging.warning("gen %d", i) for i in range(1))
    logging.warning("plain")
f()
print([logging.warning("mod %d", i) for i in range(1)])
