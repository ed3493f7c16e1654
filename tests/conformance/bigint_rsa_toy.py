import asyncio

# A toy RSA key server: textbook-sized primes, so every step is a big-int operation.
P = 2**89 - 1
Q = 2**107 - 1
E = 65537


async def make_keys():
    await asyncio.sleep(0.5)
    n = P * Q
    phi = (P - 1) * (Q - 1)
    d = pow(E, -1, phi)
    return n, d


async def client(name, message, n, server):
    m = sum(ord(c) * 256**i for i, c in enumerate(message))
    c = pow(m, E, n)
    print(f"{name} sends {c % 10**12:012d}... ({c.bit_length()} bits)")
    plain = await server(c)
    text = "".join(chr((plain >> (8 * i)) & 255) for i in range((plain.bit_length() + 7) // 8))
    print(f"{name} got back {text!r}")


async def main():
    n, d = await make_keys()
    print("n =", n)
    print("d * e mod phi =", d * E % ((P - 1) * (Q - 1)))

    async def server(c):
        await asyncio.sleep(0.1)
        return pow(c, d, n)

    await asyncio.gather(client("alice", "hello", n, server), client("bob", "asyncio!", n, server))
    print("negative modulus:", pow(7, 123456789, -(2**70)), pow(-7, 3, 2**70 + 1))
    try:
        pow(2**64, -1, 2**65)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
