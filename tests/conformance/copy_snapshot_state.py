# Snapshotting shared state with copy.copy / copy.deepcopy between task steps.
import asyncio
import copy

state = {"jobs": ["a"], "meta": {"round": 0}}


async def mutate():
    for i in range(3):
        await asyncio.sleep(0.1)
        state["jobs"].append(f"job{i}")
        state["meta"]["round"] += 1


async def main():
    shallow = copy.copy(state)
    deep = copy.deepcopy(state)
    await mutate()
    print(state)
    print(shallow, shallow is state, shallow["jobs"] is state["jobs"])
    print(deep)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []


root = Node("root")
root.children.append(Node("leaf"))
clone = copy.deepcopy(root)
clone.children[0].name = "changed"
print(root.children[0].name, clone.children[0].name, type(clone).__name__)
loop = [1, 2]
loop.append(loop)
dup = copy.deepcopy(loop)
print(dup[2] is dup, dup is loop)
asyncio.run(main())
