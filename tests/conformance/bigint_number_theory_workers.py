import asyncio


def pi_digits(n):
    # Gibbons' unbounded spigot: every step is big-int arithmetic.
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


async def worker(name, job):
    await asyncio.sleep(0.1)
    result = job()
    print(f"{name}: {result}")
    return result


async def main():
    await asyncio.gather(
        worker("pi", lambda: "".join(map(str, pi_digits(60)))),
        worker("euler16", lambda: sum(int(c) for c in str(2**1000))),
        worker("euler20", lambda: sum(int(c) for c in str(eval_fact(100)))),
        worker("mersenne", lambda: [p for p in range(2, 130) if is_probable_prime(2**p - 1)]),
        worker("next prime", lambda: next(n for n in range(10**30, 10**30 + 1000) if is_probable_prime(n))),
    )


def eval_fact(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


asyncio.run(main())
