import asyncio


class Base:
    def hello(self):
        return "Base"


class A(Base):
    def hello(self):
        return "A>" + super().hello()


class B(Base):
    def hello(self):
        return "B>" + super().hello()


class LoggingMixin:
    def log(self, msg):
        print(f"[{type(self).__name__}] {msg}")


class Worker(LoggingMixin, A, B):
    async def work(self):
        self.log("start")
        await asyncio.sleep(0.1)
        return self.hello()


async def main():
    print(await Worker().work())
    print([k.__name__ for k in Worker.mro()])
    print(Worker.mro() == list(Worker.__mro__), type(Worker.mro()).__name__)
    print(A.mro())


asyncio.run(main())
