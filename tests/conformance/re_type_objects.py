# Compiled patterns, matches, templates, random generators and slices are of their modules' types.
import random
import re
import string

p = re.compile(r'(\w+)')
m = p.match('hello world')
for obj, cls in [(p, re.Pattern), (m, re.Match), (string.Template('$x'), string.Template),
                 (random.Random(1), random.Random), (random.SystemRandom(), random.SystemRandom), (slice(1, 2), slice)]:
    t = type(obj)
    print(t, t is cls, isinstance(obj, cls), t.__module__, t.__name__)
print(issubclass(random.SystemRandom, random.Random), isinstance(random.SystemRandom(), random.Random))
print(isinstance(random.Random(), random.SystemRandom), re.Pattern, re.Match)
print(m.group(1), p.pattern, string.Template('$x!').substitute(x=1))
