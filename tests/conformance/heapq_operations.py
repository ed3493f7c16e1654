import heapq

h = [9, 5, 7, 1, 3, 8, 2, 6]
heapq.heapify(h)
print(h)
print(heapq.heappop(h), h)
print(heapq.heapreplace(h, 4), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 10), h)
print([heapq.heappop(h) for _ in range(len(h))])
print(list(heapq.merge([1, 3, 5], [2, 4, 6])))


class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri


tasks = []
for p, n in [(3, "low"), (1, "high"), (2, "mid")]:
    heapq.heappush(tasks, Task(p, n))
print([heapq.heappop(tasks).name for _ in range(3)])
heapq.heappop([])
