# An exception inside a generator surfaces in the loop that iterates it.
def parse_numbers(items):
    for item in items:
        yield int(item)


def total(items):
    result = 0
    for n in parse_numbers(items):
        print("adding", n)
        result += n
    return result


print(total(["1", "2", "3"]))
print(total(["4", "five", "6"]))
