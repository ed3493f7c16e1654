s = "asyncio-timeline"
print(s[0], s[-1], s[3:7], s[:5], s[8:], s[::2], s[::-1], s[-8:-2], s[10:3:-2])
nums = list(range(10))
print(nums[2:8:3], nums[-3:], nums[:-7], nums[100:], nums[::-3])
nums[2:5] = ["a", "b"]
print(nums, len(nums))
del nums[0]
del nums[-2:]
print(nums)
text = "  Hello, Async World!  "
print(repr(text.strip()), text.lower().strip(), text.upper().split())
print(text.strip().split(", "), "a,b,,c".split(","), "x y  z".split(" "))
print("-".join(["2024", "01", "05"]), "".join(reversed("stressed")))
print("banana".count("an"), "banana".replace("a", "o"), "banana".replace("a", "", 2))
print("task_1".startswith("task"), "report.py".endswith((".py", ".txt")), "abc".endswith("x"))
print("{} + {} = {}".format(2, 3, 5), "{0}{1}{0}".format("ab", "-"), "{name}!".format(name="hi"))
print("Name".lower() == "name", "a" < "b" < "c", "abc" * 2, "ab" in "cabd")
print(len("héllo"), str(12) + "3", int("42") + 1, float("2.5") * 2, int(7.9), int(-7.9))
print(" | ".join(f"{w:>6}" for w in ["a", "bb", "ccc"]))
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], (5,), tuple("ab"), list("xyz"))
