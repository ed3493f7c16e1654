import asyncio
from enum import Enum, Flag, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Phase(Enum):
    START = auto()
    MIDDLE = auto()
    END = auto()
    LAST = END


async def check(user, perm):
    await asyncio.sleep(0.1)
    return user, Perm.WRITE in perm, perm


async def main():
    print(list(Perm), len(Perm), list(Perm.__members__))
    print(Perm.RW, repr(Perm.ALL), Perm(3) is Perm.RW, Perm.READ | Perm.WRITE)
    for user, can_write, perm in await asyncio.gather(check("ann", Perm.RW), check("bob", Perm.READ), check("root", Perm.ALL)):
        print(f"{user:<5} write={can_write} {perm!r}")
    print([m.name for m in Perm.ALL], Perm.NONE, bool(Perm.NONE))
    print(list(Phase), Phase.LAST is Phase.END, Phase.MIDDLE.value)


asyncio.run(main())
