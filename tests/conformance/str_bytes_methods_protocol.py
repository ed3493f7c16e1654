# Parsing a text protocol held in bytes: headers split, stripped, searched and rebuilt.
raw = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nUser-Agent: demo\r\nAccept: */*\r\n\r\n"

head, sep, rest = raw.partition(b"\r\n")
method, path, version = head.split()
print(method, path, version, sep, rest.count(b"\r\n"))
headers = {}
for line in rest.split(b"\r\n"):
    if not line:
        continue
    name, _, value = line.partition(b":")
    headers[name.strip().lower()] = value.strip()
print(headers)
print(raw.startswith(b"GET"), raw.endswith(b"\r\n\r\n"), raw.startswith((b"POST", b"GET")))
print(raw.find(b"Host"), raw.rfind(b"\r\n"), raw.index(b"demo"), raw.find(b"nope"), raw.find(b"H", 20, 40))
print(raw.count(b"e"), raw.count(ord("e")), path.rpartition(b"."), path.rsplit if False else path.split(b"/", 1))
print(b"-".join([method, path]), b", ".join(h.upper() for h in headers), b"   pad  ".strip(), b"xxhixx".strip(b"x"))
print(b"a,b,,c".split(b","), b" one  two ".split(), b"a b c d".split(None, 2), b"1,2,3".split(b",", maxsplit=1))
print(path.replace(b"/", b"\\"), b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-"), b"abc".lstrip(b"a"), b"abc".rstrip(b"c"))
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"".isdigit())
print(bytes.fromhex("de ad be ef").hex(), b"\x01\xff".hex(":"), bytes(3), bytes([1, 2, 3]), bytes(range(65, 68)))
print(version.decode("ascii").split("/")[1], b"caf\xc3\xa9".decode(), "café".encode("latin-1"))
try:
    raw.index(b"missing")
except ValueError as e:
    print("ValueError:", e)
try:
    raw.find("Host")
except TypeError as e:
    print("TypeError:", e)
