inventory = {"apples": 3, "pears": 0}
inventory["plums"] = 7
inventory.update({"pears": 4, "kiwis": 2})
inventory.update(figs=1)
print(inventory, len(inventory))
print(inventory.get("grapes"), inventory.get("grapes", 0), inventory.get("plums", 0))
print(list(inventory.keys()), list(inventory.values()))
for name, qty in inventory.items():
    if qty > 2:
        print(f"{name:<8}{qty:>3}")
print(inventory.pop("figs"), inventory.pop("nope", "absent"), "figs" in inventory)
print(inventory.setdefault("apples", 100), inventory.setdefault("limes", 5), inventory)
del inventory["kiwis"]
print(sorted(inventory.items(), key=lambda kv: kv[1]), sorted(inventory, reverse=True))

stack = [3, 1, 4]
stack.append(1)
stack.extend([5, 9])
stack.insert(0, 2)
stack.insert(-1, 6)
print(stack, stack.pop(), stack.pop(0), stack)
stack.remove(1)
print(stack, stack.index(4), stack.count(1), 9 in stack)
stack.sort()
print(stack)
stack.sort(reverse=True)
print(stack)
stack.sort(key=lambda v: (v % 2, v))
print(stack, list(reversed(stack)))
words = ["b", "A", "c", "B"]
print(sorted(words), sorted(words, key=lambda w: w.lower()), words)
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s, sorted({x % 3 for x in range(10)}))
nested = {"a": [1, (2, 3)], "b": {"c": None, "d": True}, "e": "x'y", "f": 'q"t'}
print(nested)
print([[], {}, (), (1,), "", 1.0, -0.0, [None, False]])
print(list(zip([1, 2, 3], "ab")), list(enumerate("xy", 1)), dict(zip("ab", [1, 2])))
print(tuple(range(3)), list(range(10, 0, -3)), set(), dict(), list(map(str, [1, 2])))
