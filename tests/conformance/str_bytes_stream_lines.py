import asyncio

class FakeReader:
    def __init__(self, chunks):
        self.chunks = list(chunks)

    async def readline(self):
        await asyncio.sleep(0.1)
        if not self.chunks:
            return b''
        return self.chunks.pop(0)

async def handle(reader):
    while True:
        line = await reader.readline()
        if not line:
            break
        text = line.decode().strip()
        print(f"Received {line!r} -> {text!r} ({len(line)} bytes)")
    print("connection closed")

async def main():
    msg = "héllo wörld"
    data = msg.encode()
    print(data, len(data), type(data), data.hex())
    print(data.decode('utf-8') == msg, data[0], data[:5], data[-1])
    print(b'ab' + b'cd', b'x' * 3, b'b' in b'abc', 98 in b'abc', list(b'hi'))
    print(bytes(3), bytes([65, 66, 67]), bytes('abc', 'ascii'), b'' == bytes())
    print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], b'a' < b'b', b'a' == 'a')
    print(b"it's", b'say "hi"', b'\x00\xff\n\t\\', rb'\n', b'a' b'b')
    print(isinstance(data, bytes), str(b'x'), f"{b'y'}", repr(b"z"))
    print(b' a b  c '.split(), b'a,b'.split(b','), b'  x '.strip(), b','.join([b'a', b'b']))
    print(b'Hello'.upper(), b'Hello'.lower(), b'hello'.startswith(b'he'), b'hello'.endswith(b'lo'))
    for i, b in enumerate(b'AB'):
        print(i, b, chr(b))
    await handle(FakeReader([b'ping\n', b'pong\r\n', "naïve\n".encode()]))
    try:
        b'\xff'.decode()
    except UnicodeDecodeError as e:
        print("error:", e)
    try:
        b'a' + 'b'
    except TypeError as e:
        print("error:", e)
    try:
        "é".encode('ascii')
    except UnicodeEncodeError as e:
        print("error:", e)

asyncio.run(main())
