import asyncio

HEADER = b'GET / HTTP/1.1\r\n'
RAW = rb'C:\temp\new'
MIXED = br'\x41' b'\x41\101\u00e9'

async def main():
    await asyncio.sleep(0.1)
    for value in (HEADER, RAW, MIXED, b"it's", b'say "hi"', b'both \' and "', b'\x00\x7f\x80\xff'):
        print(repr(value), len(value), value[0], value[-1:])
    print(HEADER.split(b' ')[1], HEADER.rstrip(), HEADER.find(b'HTTP'), HEADER.count(b'T'))
    print(HEADER.replace(b'GET', b'POST'), sorted([b'b', b'a', b'ab']), b'ab' * 0)
    print(bytes(range(65, 70)), bytes((1, 2)), bytes(b'x'), bytes('é', 'latin-1'))
    seen = {b'a', b'a', b'b'}
    print(len(seen), b'a' in seen, 'a' in seen, b'abc'[::-1], b'abcdef'[1:5:2])
    print(bool(b''), bool(b'\x00'), b'' or 'empty', max(b'hello'), sum(b'\x01\x02'))

asyncio.run(main())
