# Private names (__x) in a class are mangled to _Class__x; vars(), __mro__, __bases__, __qualname__.
import asyncio


class Account:
    __opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        Account.__opened += 1

    async def deposit(self, amount):
        await asyncio.sleep(0.1)
        self.__balance += amount
        return self.__check()

    def __check(self):
        return self.__balance
    def opened(self):
        return Account.__opened


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner, 10)
        self.__rate = 0.5


class Outer:
    class Inner:
        pass


async def main():
    acc = Account("ann", 100)
    print(await acc.deposit(50), acc._Account__balance, acc.opened())
    print(vars(Savings("bob")), acc.opened())
    try:
        print(acc.__balance)
    except AttributeError as e:
        print(e)
    print(getattr(acc, "__balance", "hidden"), hasattr(acc, "_Account__check"))
    acc.__balance = 5
    print(acc.__balance, await acc.deposit(1))
    print([k.__name__ for k in Savings.__mro__], Account.__bases__, Outer.Inner.__qualname__)
    try:
        vars(5)
    except TypeError as e:
        print(e)
    print(Account.__opened)


asyncio.run(main())
