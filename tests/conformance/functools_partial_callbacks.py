import asyncio
import functools


def on_done(label, fut):
    print(f"{label}: done={fut.done()} result={fut.result()}")


def greet(greeting, name, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


async def work(n):
    await asyncio.sleep(n)
    return n * 100


async def main():
    hello = functools.partial(greet, "Hello")
    shout = functools.partial(greet, punctuation="!!!")
    print(hello("Ann"), shout("Hey", "Bob"), hello("Cy", punctuation="?"))
    print(hello.func is greet, hello.args, shout.keywords)
    print(functools.partial(print, "x", sep="-"))
    loop = asyncio.get_running_loop()
    tasks = []
    for n in (2, 1):
        t = asyncio.create_task(work(n))
        t.add_done_callback(functools.partial(on_done, f"task {n}"))
        tasks.append(t)
    loop.call_later(0.5, functools.partial(print, "timer fired at", 0.5))
    await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    double = functools.partial(map, lambda x: x * 2)
    print(list(double([1, 2, 3])))


asyncio.run(main())
