from __future__ import annotations
import asyncio

class Node:
    def __init__(self, name: str, children: list[Node] | None = None) -> None:
        self.name = name
        self.children = children or []

async def visit(node: Node, depth: int = 0) -> int:
    await asyncio.sleep(0.01)
    print("  " * depth + node.name)
    counts = await asyncio.gather(*(visit(c, depth + 1) for c in node.children))
    return 1 + sum(counts)

tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
print(asyncio.run(visit(tree)))
