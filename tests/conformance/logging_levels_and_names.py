import logging

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)
print(logging.getLevelName(logging.INFO), logging.getLevelName(35), logging.getLevelName("ERROR"))
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL)

root = logging.getLogger()
print(root, root.level, root.getEffectiveLevel(), root.name)
print(logging.getLogger("root") is root, logging.getLogger("") is root)

log = logging.getLogger("levels")
print(log, log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.ERROR))
log.setLevel("DEBUG")
print(log, log.level, log.isEnabledFor(logging.DEBUG))
log.setLevel(logging.CRITICAL)
print(log, logging.getLogger("levels.child"))

logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
handler = logging.StreamHandler()
print(handler, handler.level)
handler.setLevel("NOTICE")
print(handler)
print(logging.BASIC_FORMAT)
for bad in ["LOUD", 2.5, None]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
