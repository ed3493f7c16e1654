memo = {}


def fib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def depth(tree):
    if not isinstance(tree, dict) or not tree:
        return 0
    return 1 + max(depth(v) for v in tree.values())


print([fib(n) for n in range(15)], fib(70))
print(factorial(10), factorial(18), len(memo))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print(depth({"a": {"b": {"c": {}}, "d": 1}, "e": {}}))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append(f"{src}->{dst}")
    hanoi(n - 1, via, dst, src, moves)
    return moves


moves = hanoi(4, "A", "C", "B", [])
print(len(moves), moves[:5], moves[-1])
print(sum(int(d) for d in str(2 ** 50)), 2 ** 50, -(2 ** 52) // 3, (2 ** 52 - 1) % 1000)
