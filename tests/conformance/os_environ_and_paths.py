# Configuration from environment variables and file names built with os.path, as
# tutorials write them. (Only variables the program sets itself are printed.)
import asyncio
import os

DEBUG = os.getenv("APP_DEBUG_FLAG_FOR_TEST", "0") == "1"
TIMEOUT = float(os.environ.get("APP_TIMEOUT_FOR_TEST", "0.5"))
WORKERS = os.cpu_count() or 1
print("debug", DEBUG, "timeout", TIMEOUT, "workers known", isinstance(WORKERS, int) and WORKERS > 0)

os.environ["APP_MODE_FOR_TEST"] = "production"
print(os.environ["APP_MODE_FOR_TEST"], os.getenv("APP_MODE_FOR_TEST"), "APP_MODE_FOR_TEST" in os.environ)
print(os.environ.setdefault("APP_MODE_FOR_TEST", "dev"), os.environ.pop("APP_MODE_FOR_TEST"), os.getenv("APP_MODE_FOR_TEST"))
print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.path.sep)


async def save(name, delay):
    await asyncio.sleep(delay)
    path = os.path.join("output", "reports", name + ".txt")
    stem, ext = os.path.splitext(os.path.basename(path))
    print(f"{path:30} dir={os.path.dirname(path)} stem={stem} ext={ext} exists={os.path.exists(path)}")
    return path


async def main():
    paths = await asyncio.gather(save("daily", 0.2), save("weekly.summary", 0.1), save(".hidden", 0.3))
    print(paths)
    print(os.path.join("/srv", "app", "/etc", "conf.ini"), os.path.join("a", ""), os.path.join("", "b"))
    print(os.path.split("/usr/local/bin/"), os.path.split("notes.md"), os.path.dirname("/"), os.path.basename("/tmp/"))
    print(os.path.splitext("archive.tar.gz"), os.path.splitext("/a.b/c"), os.path.splitext("..."))
    print(os.path.isfile("config.yaml"), os.path.isdir("output"))
    try:
        os.environ["APP_PORT_FOR_TEST"] = 8080
    except TypeError as e:
        print("TypeError:", e)
    try:
        os.path.join("base", 42)
    except TypeError as e:
        print("TypeError:", e)
    print(os.environ["APP_MISSING_FOR_TEST"])


asyncio.run(main())
