/**
 * asyncio.to_thread / run_in_executor on worker lanes. The expected outputs come from real
 * CPython 3.11 on a real clock (the program with every delay scaled by 0.2), not from the
 * oracle, whose time.sleep in a thread moves the one shared clock (README, "What runs").
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';

const run = (src: string) => runProgram(src, { filename: 'prog.py' });

describe('worker lanes', () => {
  it('a time.sleep in a worker blocks its lane, not the loop: a ticker keeps ticking', () => {
    const r = run(`import asyncio, time

def download(name, secs):
    print(f"{name}: start")
    time.sleep(secs)
    print(f"{name}: halfway")
    time.sleep(secs)
    print(f"{name}: done")
    return f"{name}.zip"

async def ticker(n):
    for i in range(n):
        print(f"tick {i}")
        await asyncio.sleep(0.3)

async def main():
    t = asyncio.create_task(ticker(8))
    r = await asyncio.gather(asyncio.to_thread(download, "a", 0.5), asyncio.to_thread(download, "b", 0.7))
    print(r, time.monotonic())
    await t

asyncio.run(main())
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'tick 0\na: start\nb: start\ntick 1\na: halfway\ntick 2\nb: halfway\ntick 3\na: done\ntick 4\nb: done\n' +
        "['a.zip', 'b.zip'] 1.4\ntick 5\ntick 6\ntick 7\n",
    );
  });

  it('a worker runs on while the loop is blocked by time.sleep, and its result waits for the loop', () => {
    const r = run(`import asyncio, time

def job():
    print("job: start", time.time())
    time.sleep(0.2)
    print("job: end", time.time())
    return 42

async def main():
    fut = asyncio.get_running_loop().run_in_executor(None, job)
    print("submitted")
    time.sleep(1)
    print("loop free again", time.time())
    print(await fut, time.time())

asyncio.run(main())
`);
    expect(r.stdout).toBe('job: start 0.0\nsubmitted\njob: end 0.2\nloop free again 1.0\n42 1.0\n');
  });

  it("a worker's exception reaches the awaiting task; kwargs pass through to_thread", () => {
    const r = run(`import asyncio, time

def parse(text, *, strict=False):
    time.sleep(0.5)
    if strict:
        raise ValueError(f"bad input: {text!r}")
    return text.upper()

async def main():
    print(await asyncio.to_thread(parse, "ok"))
    try:
        await asyncio.to_thread(parse, "x", strict=True)
    except ValueError as e:
        print("caught", e, asyncio.get_running_loop().time())

asyncio.run(main())
`);
    expect(r.stdout).toBe("OK\ncaught bad input: 'x' 1.0\n");
    expect(r.exitCode).toBe(0);
  });

  it('wait_for gives up on a worker, and asyncio.run still waits for it at shutdown', () => {
    const r = run(`import asyncio, time

def slow():
    time.sleep(3)
    print("slow finished")

async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(slow), timeout=1)
    except asyncio.TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())

asyncio.run(main())
print("exit at", time.monotonic())
`);
    expect(r.stdout).toBe('timed out at 1.0\nslow finished\nexit at 3.0\n');
  });

  it('more jobs than workers wait for a free one: min(32, cpu + 4) workers with 4 cpus', () => {
    const r = run(`import asyncio, time

def work(i):
    time.sleep(1)
    return i

async def main():
    start = time.monotonic()
    print(await asyncio.gather(*(asyncio.to_thread(work, i) for i in range(10))))
    print(time.monotonic() - start)

asyncio.run(main())
`);
    expect(r.stdout).toBe('[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n2.0\n');
  });

  it('sleeps anywhere in the functions a worker calls: methods, loops, try/finally, comprehensions', () => {
    const r = run("import asyncio, time\nclass Downloader:\n    def __init__(self, name):\n        self.name = name\n        self.log = []\n    def fetch(self, part):\n        time.sleep(0.1)\n        self.log.append(part)\n        return f\"{self.name}:{part}\"\n    def fetch_all(self, parts):\n        out = []\n        for p in parts:\n            try:\n                if p == \"bad\":\n                    raise ValueError(p)\n                out.append(self.fetch(p))\n            except ValueError as e:\n                out.append(f\"skipped {e}\")\n            finally:\n                time.sleep(0.05)\n        i = 0\n        while i < 2:\n            time.sleep(0.1)\n            i += 1\n        squares = [self.fetch(str(n)) for n in range(2)]\n        return out, squares, len(self.log)\n\ndef helper(d):\n    return d.fetch_all([\"a\", \"bad\", \"b\"])\n\nasync def ticker():\n    for i in range(10):\n        print(\"tick\", i)\n        await asyncio.sleep(0.1)\n\nasync def main():\n    t = asyncio.create_task(ticker())\n    r = await asyncio.to_thread(helper, Downloader(\"d\"))\n    print(r)\n    await t\n\nasyncio.run(main())\n");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("tick 0\ntick 1\ntick 2\ntick 3\ntick 4\ntick 5\ntick 6\ntick 7\n(['d:a', 'skipped bad', 'd:b'], ['d:0', 'd:1'], 4)\ntick 8\ntick 9\n");
  });

  it('the program waits at exit for a worker still running after its loop closed', () => {
    const r = run(`import asyncio, time

def slow():
    time.sleep(2)
    print("slow done", time.monotonic())

async def main():
    asyncio.get_running_loop().run_in_executor(None, slow)
    await asyncio.sleep(0.5)
    print("main done", time.monotonic())

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("closed", time.monotonic())
`);
    expect(r.stdout).toBe('main done 0.5\nclosed 0.5\nslow done 2.0\n');
  });

  it('runs a callable object handed to to_thread in the threaded form too', () => {
    const r = run(`import asyncio, time

class Job:
    def __init__(self, n):
        self.n = n
    def __call__(self, factor):
        time.sleep(self.n)
        return self.n * factor

async def main():
    print(await asyncio.gather(asyncio.to_thread(Job(2), 10), asyncio.to_thread(Job(1), 5)), time.monotonic())

asyncio.run(main())
`);
    expect(r.stdout).toBe('[20, 5] 2.0\n');
  });

  it("get_event_loop() in a worker: no current loop in that thread; asyncio.run's debug= reaches the loop", () => {
    const r = run(`import asyncio

def w():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        return str(e)

async def main():
    print(asyncio.get_running_loop().get_debug())
    print(await asyncio.to_thread(w))

asyncio.run(main(), debug=True)
`);
    expect(r.stdout).toBe("True\nThere is no current event loop in thread 'asyncio_0'.\n");
  });

  it('a worker has no running loop', () => {
    const r = run(`import asyncio

def where():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        return str(e)

async def main():
    print(await asyncio.to_thread(where))

asyncio.run(main())
`);
    expect(r.stdout).toBe('no running event loop\n');
  });

  it('records lanes in the trace and labels the awaiting task\'s wait', () => {
    const r = run(`import asyncio, time

def fetch():
    time.sleep(2)
    print("fetched")

async def main():
    await asyncio.to_thread(fetch)

asyncio.run(main())
`);
    const ev = r.trace.events.filter((e) => e.type.startsWith('lane'));
    expect(ev.map((e) => [e.type, e.t])).toEqual([
      ['lane-start', 0],
      ['lane-block', 0],
      ['lane-end', 2],
    ]);
    expect(ev[0]).toMatchObject({ name: 'asyncio_0', fn: 'fetch', by: 0, job: 0, lane: 0 });
    const suspend = r.trace.events.find((e) => e.type === 'suspend' && e.task === 0);
    expect(suspend).toMatchObject({ on: { kind: 'thread', label: 'to_thread(fetch)', job: 0 } });
    const print = r.trace.events.find((e) => e.type === 'print' && e.text === 'fetched\n');
    expect(print).toMatchObject({ task: null, lane: 0, t: 2 });
  });

  it('refuses a time.sleep that a worker reaches through a lambda, naming the line', () => {
    const r = run(`import asyncio, time

async def main():
    await asyncio.to_thread(lambda: time.sleep(1))

asyncio.run(main())
`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('line 4');
    expect(r.stderr).toContain('`time.sleep` in a worker thread');
  });
});

describe('a second run in the same process prints what the first did', () => {
  it('addresses, ids and hashes restart', () => {
    const src = `import asyncio
class A: pass
async def main():
    a = A()
    print(repr(a), hex(id(a)), id(5) - id(6), hash(a))
    f = asyncio.get_running_loop().create_future()
    print(f, asyncio.Lock(), asyncio.Queue())
asyncio.run(main())
`;
    const first = run(src);
    const second = run(src);
    expect(first.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.stringify(second.trace.events)).toBe(JSON.stringify(first.trace.events));
  });
});

describe('concurrent.futures.ThreadPoolExecutor', () => {
  it('runs at most max_workers jobs at once; leaving the with-block waits for them', () => {
    const r = run(`import asyncio, time
from concurrent.futures import ThreadPoolExecutor

def job(i):
    time.sleep(1)
    return i

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, job, i) for i in range(3)]
        print(await asyncio.gather(*futs), loop.time())
        pool.submit(job, 9)
    print("after the with-block", loop.time())

asyncio.run(main())
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[0, 1, 2] 2.0\nafter the with-block 3.0\n');
  });

  it("future.result() from the loop's thread blocks the loop until the job is done", () => {
    const r = run(`import time
from concurrent.futures import ThreadPoolExecutor

def slow():
    time.sleep(2)
    return "ready"

pool = ThreadPoolExecutor()
f = pool.submit(slow)
print(f.done(), f.running())
print(f.result(), time.monotonic(), f.done())
pool.shutdown()
`);
    expect(r.stdout).toBe('False True\nready 2.0 True\n');
  });

  it('refuses processes by name', () => {
    const r = run(`import concurrent.futures
pool = concurrent.futures.ProcessPoolExecutor()
`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('`concurrent.futures.ProcessPoolExecutor` is not supported by Taskline');
  });
});

describe('what a worker cannot do here is refused by name and line', () => {
  it('an event loop of its own', () => {
    const r = run(`import asyncio

async def inner():
    return 1

def worker():
    return asyncio.run(inner())

async def main():
    print(await asyncio.to_thread(worker))

asyncio.run(main())
`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('line 7');
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('UnsupportedError: running an event loop inside a worker thread (to_thread, run_in_executor) is not supported by Taskline');
  });
});

describe("a worker waiting for another worker's future", () => {
  it('blocks its lane until the other job is done', () => {
    const r = run(`import asyncio, time
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor()

def slow():
    time.sleep(1)
    return "slow result"

def waits():
    value = pool.submit(slow).result()
    return value, time.monotonic()

async def main():
    print(await asyncio.to_thread(waits))

asyncio.run(main())
pool.shutdown()
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("('slow result', 1.0)\n");
  });
});

describe('with-blocks in a worker', () => {
  it("a user context manager's __enter__ and __exit__ can sleep the lane", () => {
    const r = run(`import asyncio, time

class Connection:
    def __enter__(self):
        time.sleep(0.5)
        print("connected", time.monotonic())
        return self
    def __exit__(self, *exc):
        time.sleep(0.5)
        print("closed", time.monotonic())
        return False

def query():
    with Connection():
        time.sleep(1)
        return "rows"

async def ticker():
    for i in range(3):
        await asyncio.sleep(0.75)
        print("tick", time.monotonic())

async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.to_thread(query))
    await t

asyncio.run(main())
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('connected 0.5\ntick 0.75\ntick 1.5\nclosed 2.0\nrows\ntick 2.25\n');
  });
});

describe('asyncio.run_coroutine_threadsafe', () => {
  it("a worker runs coroutines on the loop and blocks its lane on the future's result", () => {
    const r = run("import asyncio, time\n\nasync def fetch_price(symbol):\n    await asyncio.sleep(0.4)\n    return {\"AAPL\": 190, \"MSFT\": 410}[symbol]\n\ndef report(loop):\n    # A worker thread asks the event loop to run coroutines for it.\n    for sym in [\"AAPL\", \"MSFT\", \"GOOG\"]:\n        fut = asyncio.run_coroutine_threadsafe(fetch_price(sym), loop)\n        try:\n            print(sym, fut.result())\n        except KeyError as e:\n            print(\"no price for\", e)\n        time.sleep(0.2)\n    return \"report done\"\n\nasync def ticker():\n    for i in range(8):\n        print(\"tick\", i)\n        await asyncio.sleep(0.3)\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    t = asyncio.create_task(ticker())\n    print(await asyncio.to_thread(report, loop))\n    await t\n\nasyncio.run(main())\n");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("tick 0\ntick 1\nAAPL 190\ntick 2\ntick 3\nMSFT 410\ntick 4\ntick 5\nno price for 'GOOG'\nreport done\ntick 6\ntick 7\n");
  });

  it("the loop's own thread cannot wait for one: refused by name", () => {
    const r = run(`import asyncio

async def work():
    await asyncio.sleep(1)
    return 1

async def main():
    fut = asyncio.run_coroutine_threadsafe(work(), asyncio.get_running_loop())
    print(fut.done())
    print(fut.result())

asyncio.run(main())
`);
    expect(r.stdout).toBe('False\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("for run_coroutine_threadsafe from the event loop's own thread is not supported by Taskline");
  });
});
