import operator
from functools import reduce
from operator import itemgetter, attrgetter

orders = [
    {"id": 3, "customer": "bob", "total": 30.5},
    {"id": 1, "customer": "ann", "total": 12.0},
    {"id": 2, "customer": "cy", "total": 99.9},
]
print(reduce(operator.add, [o["total"] for o in orders]))
print(reduce(lambda acc, o: acc + [o["id"]], orders, []))
print(reduce(operator.mul, range(1, 11)), reduce(max, [3, 9, 2]))
print([o["customer"] for o in sorted(orders, key=itemgetter("total"), reverse=True)])
print(list(map(itemgetter("id", "customer"), orders)))


class Task:
    def __init__(self, name, priority):
        self.name, self.priority = name, priority

    def __repr__(self):
        return f"Task({self.name!r}, {self.priority})"


tasks = [Task("write", 2), Task("read", 1), Task("sync", 3)]
print(sorted(tasks, key=attrgetter("priority")), max(tasks, key=attrgetter("priority")).name)
print(operator.itemgetter(0)([5, 6]), operator.sub(10, 3), operator.truediv(7, 2))
print(itemgetter(2), attrgetter("name"))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
