# A bytearray as a growing receive buffer: append chunks, cut frames off the front.
import asyncio

buffer = bytearray()


async def receive(chunks):
    for chunk in chunks:
        await asyncio.sleep(0.1)
        buffer.extend(chunk)
        print("buffer is now", buffer, "len", len(buffer))
        while b"\n" in buffer:
            end = buffer.find(b"\n")
            line = bytes(buffer[:end])
            del buffer[: end + 1]
            print("frame:", line.decode())


async def main():
    await receive([b"hel", b"lo\nwor", b"ld\n", b"bye\n"])
    print("left over:", buffer, bool(buffer))

    packet = bytearray(4)
    packet[0] = 0x7E
    packet[1:3] = (513).to_bytes(2, "big")
    packet[-1] = sum(packet) % 256
    print(packet, packet.hex(), list(packet))

    data = bytearray(b"hello world")
    data[0] = ord("H")
    data[6:] = b"World"
    data.append(ord("!"))
    data.insert(0, ord(">"))
    print(data, data.pop(), data.pop(0), data)
    data.reverse()
    print(data)
    data.reverse()
    data.remove(ord(" "))
    print(data.decode("utf-8"), data.upper(), data.split(b"W"))
    alias = data
    data += b"?"
    print(alias, alias is data)
    data.clear()
    print(data, len(data), data == b"", bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"))
    print(bytearray("héllo", "utf-8"), bytearray([72, 105]), bytearray(range(65, 70)), bytearray(3) * 2)
    for i, byte in enumerate(bytearray(b"ok")):
        print(i, byte, chr(byte))
    try:
        data.append(256)
    except ValueError as e:
        print("ValueError:", e)
    try:
        {bytearray(b"key"): 1}
    except TypeError as e:
        print("TypeError:", e)
    bytearray(b"x").pop(5)


asyncio.run(main())
