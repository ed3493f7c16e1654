import sys

print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info[:2] == (3, 11))
print(sys.version_info.major, sys.version_info.minor, sys.version_info[0])
major, minor, *rest = sys.version_info
print(major, minor, rest)
print(tuple(sys.version_info)[:3] > (3, 10, 0))
print(sys.version.startswith("3.11"), sys.platform, sys.getrecursionlimit())
if sys.version_info >= (3, 11):
    print("TaskGroup is available")
print(sys.byteorder, sys.maxunicode)
