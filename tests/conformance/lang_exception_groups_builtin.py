# ExceptionGroup built by a program, and the MRO and bases of builtin exception classes.
import asyncio


async def main():
    eg = ExceptionGroup("many", [ValueError("a"), TypeError("b")])
    print(str(eg), repr(eg), eg.exceptions, eg.message, isinstance(eg, Exception))
    for bad in [("m", []), (1, [ValueError()]), ("m", [1]), ("m", [KeyboardInterrupt()]), ("m", 5)]:
        try:
            ExceptionGroup(*bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
    print([c.__name__ for c in ExceptionGroup.__mro__], KeyError.__mro__, ValueError.__bases__, BaseException.__bases__)
    print(asyncio.CancelledError.__mro__, TimeoutError.__bases__, ValueError.__module__)
    try:
        raise eg
    except ExceptionGroup as caught:
        print("caught", len(caught.exceptions))
    await asyncio.sleep(0)
    raise ExceptionGroup("top", [KeyError("k")])


asyncio.run(main())
