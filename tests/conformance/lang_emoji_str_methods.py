import asyncio

async def task(name, icon, d):
    await asyncio.sleep(d)
    return f"{icon} {name}"

async def main():
    res = await asyncio.gather(task("rocket", "🚀", 0.2), task("done", "✅", 0.1), task("fire", "🔥🔥", 0.3))
    for r in res:
        print(f"|{r:<12}|{r:>12}|{r:^12}|", len(r), r[0], r[-1], r[:3], r[::-1])
    s = "😀a😀b"
    print(len(s), s.index("a"), s.find("b"), s.split("a"), s.upper(), list(s), s.count("😀"))
    print(repr("🚀"), ord("🚀"), chr(128640), "🚀".center(5, "*"), s.replace("😀", ":)"))
    print(sorted(["🚀", "a", "✅", "Z"]), max("a🚀b"), "🚀" < "😀", s.rjust(8, "."), s.zfill(6))
    print(f"{'🚀'!r:>6}", "%-4s|" % "🔥", "{:>3}|".format("🔥"), s.startswith("😀"), s[1:3])

asyncio.run(main())
