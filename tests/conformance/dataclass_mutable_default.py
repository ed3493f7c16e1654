from dataclasses import dataclass


@dataclass
class Batch:
    name: str
    items: list = []


print(Batch("b1"))
