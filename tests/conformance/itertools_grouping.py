from itertools import groupby, accumulate, pairwise, chain, zip_longest, starmap, tee


events = [("a", 1), ("a", 2), ("b", 3), ("a", 4), ("c", 5), ("c", 6)]
for key, group in groupby(events, key=lambda e: e[0]):
    print(key, [v for _, v in group])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(list(accumulate([3, 1, 4, 1, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(pairwise([1, 4, 9, 16])), [b - a for a, b in pairwise([1, 4, 9, 16])])
print(list(chain("ab", [1, 2], (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(zip_longest("abc", [1], fillvalue="?")))
print(list(starmap(lambda a, b: a * b, [(2, 3), (4, 5)])))
left, right = tee(iter([1, 2, 3]))
print(next(left), list(right), list(left))
