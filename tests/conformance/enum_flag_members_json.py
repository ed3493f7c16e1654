# Permissions as a Flag (aliases like RW stay out of iteration) and enum values in JSON reports.
import asyncio
import enum
import json


class Perm(enum.Flag):
    NONE = 0
    READ = 4
    WRITE = 2
    EXEC = 1
    RW = READ | WRITE


class Status(str, enum.Enum):
    OK = "ok"
    DENIED = "denied"


class Code(enum.IntEnum):
    OK = 200
    FORBIDDEN = 403


async def access(user: str, granted: Perm, wanted: Perm) -> dict:
    await asyncio.sleep(0.1)
    allowed = wanted in granted
    return {
        "user": user,
        "status": Status.OK if allowed else Status.DENIED,
        "code": Code.OK if allowed else Code.FORBIDDEN,
        "granted": [p.name for p in granted],
    }


async def main():
    print(list(Perm), len(Perm), Perm._member_names_)
    print(list(Perm.__members__))
    results = await asyncio.gather(
        access("ann", Perm.RW, Perm.WRITE),
        access("bob", Perm.READ, Perm.RW),
        access("cy", Perm.READ | Perm.EXEC, Perm.EXEC),
    )
    print(json.dumps(results))
    print(json.dumps({Code.OK: "fine", Status.DENIED: [Code.FORBIDDEN]}, sort_keys=False))


asyncio.run(main())
