import asyncio


class PaymentError(Exception):
    def __init__(self, order, amount):
        super().__init__(f"order {order}: cannot charge {amount:.2f}")
        self.order = order
        self.amount = amount


async def charge(order, amount):
    await asyncio.sleep(0.3)
    if amount > 100:
        raise PaymentError(order, amount)
    return f"charged {amount:.2f} for {order}"


async def main():
    ok = asyncio.create_task(charge("A1", 25.5))
    bad = asyncio.create_task(charge("B2", 250))
    print(await ok)
    try:
        await bad
    except PaymentError as e:
        print("caught:", e, "| order", e.order, "| amount", e.amount)
    print("bad.exception():", repr(bad.exception()))
    again = asyncio.create_task(charge("C3", 999.999))
    await asyncio.sleep(1)
    print("letting it escape now")
    print(again.result())


asyncio.run(main())
