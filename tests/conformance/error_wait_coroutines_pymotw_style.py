# An older tutorial's pattern: asyncio.wait() over bare coroutines. Python 3.11 refuses it, and
# the refused coroutines, still held by wait's frame in the traceback, are reported at exit.
import asyncio


async def phase(i):
    print('in phase {}'.format(i))
    await asyncio.sleep(0.1 * i)
    print('done with phase {}'.format(i))
    return 'phase {} result'.format(i)


async def main(num_phases):
    print('starting main')
    print('waiting for phases to complete')
    completed, pending = await asyncio.wait([phase(i) for i in range(num_phases)])
    results = [t.result() for t in completed]
    print('results: {!r}'.format(results))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(3))
finally:
    event_loop.close()
