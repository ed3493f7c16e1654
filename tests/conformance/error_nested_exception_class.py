# The last traceback line names a nested exception class by its __qualname__.
class Outer:
    class Inner(Exception):
        pass
raise Outer.Inner("inner")
