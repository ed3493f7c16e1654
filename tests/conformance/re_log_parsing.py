# Parsing worker log lines with re while tasks produce them.
import asyncio
import re

LINE = re.compile(r"^\[(?P<t>[\d.]+)\] (?P<level>[A-Z]+) (?P<worker>w\d+): (?P<msg>.*)$", re.MULTILINE)
log = []


async def worker(name, jobs):
    loop = asyncio.get_running_loop()
    for job in jobs:
        await asyncio.sleep(0.1 * job)
        level = "ERROR" if job % 3 == 0 else "INFO"
        log.append(f"[{loop.time():.1f}] {level} {name}: finished job={job} in {job * 100}ms")


async def main():
    await asyncio.gather(worker("w1", [1, 3]), worker("w2", [2, 4]))
    text = "\n".join(log)
    for m in LINE.finditer(text):
        print(m.group("t"), m["level"], m.group("worker"), m.span("msg"))
    print(re.findall(r"job=(\d+)", text))
    print(re.findall(r"(w\d): finished job=(\d+)", text))
    errors = [m.groupdict() for m in LINE.finditer(text) if m.group("level") == "ERROR"]
    print(errors)
    print(re.sub(r"in (\d+)ms", lambda m: f"in {int(m.group(1)) / 1000}s", log[0]))
    print(re.sub(r"job=(\d+)", r"job #\1", log[-1]), re.split(r"[:=]\s*", log[0]))
    print(re.match(r"\[(\d+)\.(\d)\]", log[0]).groups(), re.fullmatch(r"w\d", "w12"), re.search(r"ERROR", text) is not None)
    print(re.escape("1.5*x"), LINE.pattern[:12], LINE.groups, sorted(LINE.groupindex))


asyncio.run(main())
