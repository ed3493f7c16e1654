import asyncio

class Protocol:
    """A line protocol over bytes, as an echo server tutorial writes it."""
    def __init__(self):
        self.buffer = b""
        self.lines = []

    def data_received(self, data: bytes):
        self.buffer += data
        while b"\n" in self.buffer:
            line, _, self.buffer = self.buffer.partition(b"\n")
            self.lines.append(line.decode().upper())

async def main():
    p = Protocol()
    for chunk in (b"hel", b"lo\nwor", b"ld\n", b"tail"):
        p.data_received(chunk)
        await asyncio.sleep(0.1)
    print(p.lines, p.buffer)

asyncio.run(main())
