import asyncio

async def main():
    payload = b"\x01\x02\x03\x04"
    total = 0
    for byte in payload:
        total = (total << 8) | byte
    print(total, (258).to_bytes(2, "big"), (258).to_bytes(4, byteorder="little"), (-1).to_bytes(2, "big", signed=True))
    print(payload.hex(" "), payload.hex(), bytes.fromhex("de ad BEEF"), (5).to_bytes())
    try:
        (300).to_bytes(1, "big")
    except OverflowError as e:
        print("error:", e)

asyncio.run(main())
