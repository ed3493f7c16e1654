import logging
import sys

logging.basicConfig(level=logging.INFO, format="first: %(message)s", stream=sys.stdout)
logging.info("configured once")
logging.basicConfig(level=logging.DEBUG, format="second: %(message)s", stream=sys.stdout)
logging.debug("the second call did nothing, so this is hidden")
logging.info("still the first format")
logging.basicConfig(force=True, level=logging.DEBUG, format="forced %(levelname)s: %(message)s", stream=sys.stdout)
logging.debug("force=True replaced the handler")
print(len(logging.getLogger().handlers))
try:
    logging.basicConfig(force=True, stream=sys.stdout, colour="red")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.basicConfig(force=True, style="%", format="no fields here")
except ValueError as e:
    print("ValueError:", e)
logging.basicConfig(force=True, stream=sys.stdout)
logging.warning("default format")
