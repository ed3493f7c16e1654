# A length-prefixed binary protocol over an asyncio queue, framed with struct.
import asyncio
import struct

HEADER = struct.Struct("!BHI")  # version, message type, payload length
PING, DATA = 1, 2


def encode(kind, payload):
    return HEADER.pack(1, kind, len(payload)) + payload


def decode(frame):
    version, kind, length = HEADER.unpack_from(frame)
    return version, kind, frame[HEADER.size : HEADER.size + length]


async def sender(queue):
    await queue.put(encode(PING, b""))
    for reading in [21.5, -3.25, 1e-3]:
        await asyncio.sleep(0.1)
        await queue.put(encode(DATA, struct.pack("<dh?", reading, int(reading * 10), reading > 0)))
    await queue.put(None)


async def receiver(queue):
    while (frame := await queue.get()) is not None:
        version, kind, payload = decode(frame)
        if kind == PING:
            print("ping v%d" % version, frame.hex(" "))
        else:
            value, tenths, positive = struct.unpack("<dh?", payload)
            print(f"data {value:8.3f} {tenths:4d} {positive!s:5} {len(frame)} bytes")


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(sender(queue), receiver(queue))
    print(HEADER.size, HEADER.format, struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("<qh3s"))
    record = struct.pack(">4sHf", b"ABCD", 513, 0.1)
    print(record, struct.unpack(">4sHf", record), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
    buffer = bytearray(8)
    struct.pack_into("<HH", buffer, 2, 0xBEEF, 7)
    print(buffer, struct.unpack("<8B", buffer), struct.pack("<e", 1.5), struct.pack("5p", b"hi"))
    for fmt, values in [(">h", (40000,)), ("<B", (-1,)), ("<II", (1,)), (">I", ("1",)), ("<Q", (-1,))]:
        try:
            struct.pack(fmt, *values)
        except struct.error as e:
            print("struct.error:", e)
    struct.unpack(">I", b"\x00\x01")


asyncio.run(main())
