import asyncio
from dataclasses import dataclass, field, asdict, astuple, fields, is_dataclass


@dataclass
class Address:
    city: str
    zip: str = "00000"


@dataclass
class User:
    name: str
    address: Address
    tags: list = field(default_factory=list)
    scores: dict = field(default_factory=dict)


async def load_user(name, delay):
    await asyncio.sleep(delay)
    return User(name, Address("Paris" if delay > 1 else "Oslo"), ["admin"], {"q1": delay})


async def main():
    users = await asyncio.gather(load_user("ann", 2), load_user("bob", 1))
    for u in users:
        print(u)
        print(asdict(u))
        print(astuple(u))
    print([f.name for f in fields(users[0])], is_dataclass(users[0]), is_dataclass(User), is_dataclass("x"))
    try:
        asdict(User)
    except TypeError as e:
        print(e)


asyncio.run(main())
