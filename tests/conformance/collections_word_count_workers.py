# Word counting split across worker tasks, merged with Counter arithmetic.
import asyncio
import re
import string
from collections import Counter

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""


async def count_words(line_no, line):
    await asyncio.sleep(0.05 * line_no)
    words = re.findall(r"[a-z']+", line.lower())
    return Counter(w for w in words if w not in {"it", "was", "the", "of"})


async def main():
    lines = TEXT.splitlines()
    partials = await asyncio.gather(*(count_words(i, l) for i, l in enumerate(lines)))
    total = sum(partials, Counter())
    print(total.most_common(4))
    print(partials[0] + partials[1] - partials[2])
    print(sorted(total), total.total())
    print([w.strip(string.punctuation) for w in TEXT.splitlines()[0].split()][:6])


asyncio.run(main())
