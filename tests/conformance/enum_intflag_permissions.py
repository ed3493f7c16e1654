import asyncio
from enum import Enum, IntFlag, auto


class Perm(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


class Role(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    GUEST = auto()
    EDITOR = auto()
    ADMIN = auto()


GRANTS = {Role.GUEST: Perm.READ, Role.EDITOR: Perm.READ | Perm.WRITE, Role.ADMIN: Perm.READ | Perm.WRITE | Perm.EXEC}


class Status(Enum):
    OPEN = "open"
    CLOSED = "closed"

    @classmethod
    def _missing_(cls, value):
        for member in cls:
            if member.value == str(value).lower():
                return member
        return None


async def check(role, needed):
    await asyncio.sleep(0.1)
    ok = needed in GRANTS[role]
    return f"{role.value:6} {needed!r:22} {'granted' if ok else 'denied'}"


async def main():
    jobs = [check(Role.GUEST, Perm.WRITE), check(Role.EDITOR, Perm.WRITE), check(Role.ADMIN, Perm.EXEC | Perm.READ)]
    for line in await asyncio.gather(*jobs):
        print(line)
    admin = GRANTS[Role.ADMIN]
    print(admin, int(admin), list(admin), Perm(6), Perm.READ | 1, ~Perm.READ, Perm.READ & Perm.WRITE)
    print(Status("OPEN"), Status("closed"), [r.value for r in Role])
    try:
        Status("pending")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
