import asyncio


class Handler:
    async def handle(self, msg):
        raise NotImplementedError


class Json(Handler):
    async def handle(self, msg):
        await asyncio.sleep(0.1)
        return f"json:{msg}"


class Xml(Handler):
    async def handle(self, msg):
        await asyncio.sleep(0.2)
        return f"xml:{msg}"


class PrettyJson(Json):
    pass


def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub)
        out.extend(all_subclasses(sub))
    return out


async def main():
    print(Handler.__subclasses__())
    print(Json.__subclasses__(), PrettyJson.__subclasses__())
    print([c.__name__ for c in all_subclasses(Handler)])
    results = await asyncio.gather(*(c().handle("m") for c in all_subclasses(Handler)))
    print(results)


asyncio.run(main())
