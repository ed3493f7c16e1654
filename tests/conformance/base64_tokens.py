# Encoding payloads and tokens with base64, as API and auth tutorials do.
import asyncio
import base64
import binascii
import hashlib
import json


def make_token(user, secret):
    payload = json.dumps({"user": user, "role": "admin"}).encode()
    signature = hashlib.sha256(payload + secret).digest()
    return base64.urlsafe_b64encode(payload).decode() + "." + base64.urlsafe_b64encode(signature).decode().rstrip("=")


def read_token(token):
    body, _, _ = token.partition(".")
    return json.loads(base64.urlsafe_b64decode(body))


async def client(name, delay):
    await asyncio.sleep(delay)
    token = make_token(name, b"s3cret")
    print(name, token[:40], len(token))
    return read_token(token)


async def main():
    print(await asyncio.gather(client("ada", 0.2), client("linus", 0.1)))
    basic = base64.b64encode(b"user:pa55word").decode("ascii")
    print("Authorization: Basic " + basic, base64.b64decode(basic).split(b":"))
    blob = bytes(range(0, 256, 17))
    for encode, decode in [(base64.b64encode, base64.b64decode), (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode)]:
        text = encode(blob)
        print(encode.__name__, text, decode(text) == blob)
    print(base64.encodebytes(b"line " * 20).decode(), end="")
    print(binascii.hexlify(b"\x00\x10\xff"), binascii.unhexlify(b"0010ff"), base64.b64decode("aGk=\n"))
    print("crc32", binascii.crc32(b"payload"), binascii.crc32(b"load", binascii.crc32(b"pay")) == binascii.crc32(b"payload"))
    for bad in ["abc", "a!c=", "Zm9v====x"]:
        try:
            print(base64.b64decode(bad, validate=True))
        except binascii.Error as e:
            print("binascii.Error:", e, isinstance(e, ValueError))
    base64.b64encode("not bytes")


asyncio.run(main())
