import logging
import sys


class Broken(logging.Handler):
    def emit(self, record):
        raise RuntimeError("cannot emit " + record.getMessage())


class Lazy(logging.Handler):
    pass


log = logging.getLogger("x")
log.addHandler(Lazy(level=logging.ERROR))
log.warning("below the handler's level")
print("still running", Lazy().level, repr(Broken()), repr(Lazy(logging.INFO)))
log.handlers.clear()
log.addHandler(Broken())
try:
    log.warning("first")
except RuntimeError as e:
    print("emit raised:", e)
log.handlers.clear()
log.addHandler(Lazy())
log.error("second")
