# Guards decide after the captures are bound; `as` names a matched sub-pattern.


def classify(order):
    match order:
        case {"qty": int(q), "item": item} if q <= 0:
            return f"nothing to ship for {item}"
        case {"qty": int(q), "item": ("apple" | "pear") as fruit} if q > 100:
            return f"bulk fruit: {q} x {fruit}"
        case {"qty": q, "item": item}:
            return f"ship {q} x {item}"
        case [({"qty": _} as first), *rest]:
            return f"batch starting with {first['qty']}, {len(rest)} more"
    return "invalid order"


orders = [
    {"qty": 0, "item": "apple"},
    {"qty": 500, "item": "pear"},
    {"qty": 500, "item": "plum"},
    {"qty": 3, "item": "apple"},
    [{"qty": 1}, {"qty": 2}, {"qty": 3}],
    "garbage",
]
for o in orders:
    print(classify(o))

value = 15
match value:
    case n if n % 15 == 0:
        print("fizzbuzz", n)
    case n:
        print("other", n)
print("n after match:", n)
