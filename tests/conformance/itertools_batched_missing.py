# itertools.batched only arrived in Python 3.12.
import itertools

print(hasattr(itertools, "pairwise"), hasattr(itertools, "batched"))
print(list(itertools.batched(range(5), 2)))
