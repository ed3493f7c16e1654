# TypedDict classes: total=False as a class keyword, and inheritance of keys.
from typing import TypedDict, NotRequired
class Movie(TypedDict, total=False):
    title: str
    year: int
class Base(TypedDict):
    id: int
class Full(Base):
    name: str
m = Movie(title="x")
print(m, Movie.__total__, Base.__total__, Full(id=1, name="n"), Full.__annotations__)
