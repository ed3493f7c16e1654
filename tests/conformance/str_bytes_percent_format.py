# Old-style % formatting of bytes, as wire protocols in tutorials build their messages.
import asyncio


async def send(writer_log, command, *args):
    await asyncio.sleep(0.05)
    line = b"%s %d\r\n" % (command, len(args))
    for arg in args:
        line += b"$%d\r\n%s\r\n" % (len(arg), arg)
    writer_log.append(line)
    print(repr(line))


async def main():
    log = []
    await send(log, b"SET", b"name", b"ada")
    await send(log, b"GET", b"name")
    print(len(log), sum(len(x) for x in log))

    print(b"%x %X %o %#x %05d %+d %-4d|" % (255, 255, 8, 255, 42, 7, 3))
    print(b"%.3f %e %g %5.1f%%" % (3.14159, 12345.678, 0.0001, 99.5))
    print(b"%c%c%c" % (72, b"i", 33))
    print(b"%r %a" % ("caf\u00e9", [1, b"x"]))
    print(b"%b and %s" % (bytearray(b"ba"), memo := b"bytes"), memo)
    print(b"%(user)s logged in %(count)d times" % {b"user": b"ada", b"count": 3})
    print(b"%5s|%-6s|%.2s" % (b"ab", b"cd", b"xyz"))
    print(bytearray(b"id=%d") % 12)
    for bad in [(b"%d", "x"), (b"%s", "text"), (b"%c", 300), (b"%d %d", (1,))]:
        try:
            print(bad[0] % bad[1])
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__ + ":", e)
    print(b"%d %d" % (1, 2, 3))


asyncio.run(main())
