import asyncio


class Plugin:
    plugins = {}

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.plugins[cls.plugin_name] = cls

    async def run(self, data):
        await asyncio.sleep(0.1 * self.priority)
        return f"{self.plugin_name}({data})"


class Compress(Plugin, name="zip", priority=2):
    pass


class Encrypt(Plugin, priority=1):
    pass


class Upload(Plugin):
    async def run(self, data):
        result = await super().run(data)
        return result + " uploaded"


async def main():
    print(sorted(Plugin.plugins))
    ordered = sorted(Plugin.plugins.values(), key=lambda c: c.priority)
    print([c.__name__ for c in ordered])
    print(await asyncio.gather(*(cls().run("file.txt") for cls in ordered)))
    try:
        class Bad(Plugin, colour="red"):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
