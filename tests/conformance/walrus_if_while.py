import asyncio

# The walrus in if and while conditions, and inside calls and f-strings.


async def read_chunk(chunks):
    await asyncio.sleep(0.1)
    return chunks.pop(0) if chunks else ""


async def main():
    chunks = ["alpha", "beta", "gamma"]
    pieces = []
    while chunk := await read_chunk(chunks):
        pieces.append(chunk.upper())
    print(pieces)

    config = {"retries": "3", "timeout": ""}
    if (retries := int(config["retries"])) > 2:
        print(f"many retries: {retries}")
    if not (timeout := config["timeout"]):
        print("no timeout set", repr(timeout))

    numbers = [4, 8, 15, 16, 23, 42]
    if (n := len(numbers)) > 5:
        print(f"list is too long ({n} elements, expected <= 5)")
    print(f"{(half := n // 2)} is half of {n}", half)
    print(max(m := [3, 9, 2]), m)
    print((total := sum(numbers)) / n, total)


asyncio.run(main())
