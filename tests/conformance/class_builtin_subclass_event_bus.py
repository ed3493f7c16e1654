import asyncio

class EventBus(dict):
    def on(self, name):
        def register(handler):
            self.setdefault(name, []).append(handler)
            return handler
        return register

    async def emit(self, name, *args):
        await asyncio.gather(*(h(*args) for h in self.get(name, [])))

bus = EventBus()

@bus.on("order")
async def bill(order_id):
    await asyncio.sleep(0.2)
    print("billed", order_id)

@bus.on("order")
async def ship(order_id):
    await asyncio.sleep(0.1)
    print("shipped", order_id)

async def main():
    await bus.emit("order", 42)
    print(list(bus), len(bus["order"]), [h.__name__ for h in bus["order"]])

asyncio.run(main())
