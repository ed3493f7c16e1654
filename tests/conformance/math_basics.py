import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.5), math.ceil(-0.5))
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(10), math.comb(10, 3), math.perm(5, 2))
print(math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log(math.e), math.exp(2))
print(math.pow(2, 0.5), math.pow(2, 10), math.fabs(-2), math.copysign(1, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([0.5, 4]))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(100, 101, rel_tol=0.01))
print(math.isnan(float("nan")), math.isinf(1e308 * 10), math.isfinite(1.0))
print(math.degrees(math.pi / 2), math.radians(90), math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1))
print(math.dist((1, 1), (4, 5)), math.modf(2.75), math.frexp(10.0), math.ldexp(0.625, 4))
