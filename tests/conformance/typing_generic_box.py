from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=str)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


b = Box(42)
print(b.get(), T, K, Box[int])
s: Stack[str] = Stack()
s.push("a")
s.push("b")
print(s.pop(), s.pop(), s.pop())
print(isinstance(b, Box), type(s).__name__)
