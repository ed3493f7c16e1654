# Fingerprinting messages with hashlib, as caching and integrity-check tutorials do.
import asyncio
import hashlib


def fingerprint(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


async def download(name, parts):
    h = hashlib.md5()
    for part in parts:
        await asyncio.sleep(0.1)
        h.update(part)
    print(name, "md5", h.hexdigest())
    return h.hexdigest()


async def main():
    print(fingerprint("hello world"))
    print(fingerprint(""))
    print(hashlib.sha1(b"The quick brown fox jumps over the lazy dog").hexdigest())
    print(hashlib.md5(b"abc").digest())
    print(hashlib.sha512(b"abc").hexdigest())
    one = await download("one", [b"chunk-1;", b"chunk-2;", b"chunk-3;"])
    two, three = await asyncio.gather(download("two", [b"chunk-1;chunk-2;chunk-3;"]), download("three", [b"x" * 1000]))
    print(one == two, one == three)

    h = hashlib.new("sha256")
    h.update(b"part one, ")
    snapshot = h.copy()
    h.update(b"part two")
    print(snapshot.hexdigest() != h.hexdigest(), h.name, h.digest_size, h.block_size, len(h.digest()))
    print(h.hexdigest() == hashlib.sha256(b"part one, part two").hexdigest())

    cache = {}
    for word in ["apple", "banana", "apple", "cherry"]:
        key = hashlib.sha1(word.encode()).hexdigest()[:8]
        cache[key] = cache.get(key, 0) + 1
    print(cache)

    # Proof of work: the first nonce whose hash starts with "00".
    nonce = 0
    while not hashlib.sha256(f"block-{nonce}".encode()).hexdigest().startswith("00"):
        nonce += 1
    print("nonce", nonce, hashlib.sha256(f"block-{nonce}".encode()).hexdigest()[:16])
    hashlib.sha256("not bytes")


asyncio.run(main())
