# type(), __name__, __module__, issubclass and isinstance of asyncio's own objects are CPython's.
import asyncio


def show(obj, cls):
    t = type(obj)
    print(t, t.__name__, t.__module__, t is cls, isinstance(obj, cls))


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    fut = loop.create_future()
    show(task, asyncio.Task)
    show(fut, asyncio.Future)
    print(isinstance(task, asyncio.Future), isinstance(fut, asyncio.Task))
    print(issubclass(asyncio.Task, asyncio.Future), issubclass(asyncio.Future, asyncio.Task))
    print(asyncio.Task.__mro__, asyncio.Task.__bases__)
    print(asyncio.Task.__module__, asyncio.Future.__qualname__)

    for cls in [asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore,
                asyncio.BoundedSemaphore, asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue]:
        show(cls(), cls)
    show(asyncio.Barrier(2), asyncio.Barrier)
    print(issubclass(asyncio.BoundedSemaphore, asyncio.Semaphore), issubclass(asyncio.Semaphore, asyncio.BoundedSemaphore))
    print(issubclass(asyncio.LifoQueue, asyncio.Queue), issubclass(asyncio.PriorityQueue, asyncio.Queue))
    print(issubclass(asyncio.Queue, asyncio.LifoQueue), issubclass(asyncio.Lock, asyncio.Future))
    print(isinstance(asyncio.BoundedSemaphore(), asyncio.Semaphore), isinstance(asyncio.Semaphore(), asyncio.BoundedSemaphore))
    print(asyncio.BoundedSemaphore.__bases__, asyncio.LifoQueue.__mro__)
    print(issubclass(asyncio.Task, object), issubclass(asyncio.Queue, (int, asyncio.Queue)))

    async with asyncio.TaskGroup() as tg:
        show(tg, asyncio.TaskGroup)
    async with asyncio.timeout(5) as cm:
        show(cm, asyncio.Timeout)

    handle = loop.call_soon(print, 'soon', 1)
    show(handle, asyncio.Handle)
    print(repr(handle))
    timer = loop.call_later(10, print, 'later')
    # The reference runners schedule timers through a TimerHandle subclass: only its name differs.
    print(isinstance(timer, asyncio.TimerHandle), isinstance(timer, asyncio.Handle), issubclass(asyncio.TimerHandle, asyncio.Handle))
    print(repr(timer).split(' ', 1)[1])
    timer.cancel()
    print(repr(timer).split(' ', 1)[1])
    await asyncio.sleep(0)
    handle.cancel()
    print(repr(handle))
    print(issubclass(asyncio.SelectorEventLoop, asyncio.BaseEventLoop), issubclass(asyncio.BaseEventLoop, asyncio.AbstractEventLoop))
    print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))


asyncio.run(main())
with asyncio.Runner() as runner:
    show(runner, asyncio.Runner)
