import asyncio.tasks
import asyncio.events
from asyncio import tasks, events


async def job(n):
    await asyncio.tasks.sleep(n / 10)
    return n * n


async def main():
    loop = asyncio.events.get_running_loop()
    print(loop is events.get_event_loop())
    t = asyncio.tasks.create_task(job(3))
    print(isinstance(t, tasks.Task), tasks.current_task().get_name())
    results = await tasks.gather(t, job(2))
    print(results)
    done, pending = await tasks.wait([asyncio.ensure_future(job(1))])
    print(len(done), len(pending))


asyncio.events.new_event_loop().run_until_complete(main())
