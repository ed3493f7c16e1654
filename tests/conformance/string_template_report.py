import asyncio
import string

LINE = string.Template("$name finished in ${secs}s with status $$${code}")


async def job(name, secs):
    await asyncio.sleep(secs)
    return {"name": name, "secs": secs, "code": 0}


async def main():
    for info in await asyncio.gather(job("fetch", 0.2), job("parse", 0.1)):
        print(LINE.substitute(info))
    print(LINE.safe_substitute(name="partial"))
    print(string.capwords("the  event   loop"), string.capwords("a.b.c", "."))
    print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
    print(string.hexdigits, string.punctuation, repr(string.whitespace))
    print(len(string.printable), string.ascii_letters[20:30])
    try:
        LINE.substitute(name="x")
    except KeyError as e:
        print("missing", e)


asyncio.run(main())
