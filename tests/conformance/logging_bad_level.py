import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
log = logging.getLogger("config")
levels = {"dev": "DEBUG", "prod": "WARNING", "typo": "WARNNING"}
for env, level in levels.items():
    print("configuring", env)
    log.setLevel(level)
    log.warning("%s uses %s", env, logging.getLevelName(log.level))
