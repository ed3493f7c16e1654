from dataclasses import dataclass, field, fields


@dataclass
class Order:
    item: str
    quantity: int
    unit_price: float
    total: float = field(init=False)
    notes: list = field(default_factory=list, repr=False)
    id: int = field(default=0, compare=False)

    def __post_init__(self):
        if self.quantity <= 0:
            raise ValueError(f"quantity must be positive, got {self.quantity}")
        self.total = round(self.quantity * self.unit_price, 2)


o = Order("widget", 3, 2.5)
print(o, o.total, o.notes)
o.notes.append("fragile")
print(Order("widget", 3, 2.5, id=7) == o, o.notes, Order("a", 1, 1).notes)
print([(f.name, f.init, f.repr, f.compare) for f in fields(Order)])
try:
    Order("bad", 0, 1.0)
except ValueError as e:
    print("ValueError:", e)
try:
    Order("x", 1, 1.0, total=5)
except TypeError as e:
    print("TypeError:", e)
