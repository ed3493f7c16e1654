e = OSError(2, "No such file")
print(str(e), repr(e), e.args, e.errno, e.strerror, e.filename)
for args in [(13, "denied", "f.txt"), (1, "x", "a", None, "b"), ("a",), (), (5, "io")]:
    x = OSError(*args)
    print(type(x).__name__, str(x), repr(x))
try:
    raise TimeoutError(110, "timed out")
except OSError as x:
    print(x, x.errno)
class NetErr(ConnectionError):
    def __init__(self, host, port):
        super().__init__(host, port)
        self.host = host
class Plain(ConnectionError):
    pass
print(NetErr("h", 80), Plain("h", 80), ConnectionRefusedError("refused"), isinstance(ConnectionResetError(), OSError))
print(PermissionError("nope").errno, IOError is OSError, EnvironmentError)
try:
    raise FileNotFoundError(2, "missing", "data.csv")
except FileNotFoundError as e:
    print(e, e.filename)
raise ConnectionResetError("peer reset")
