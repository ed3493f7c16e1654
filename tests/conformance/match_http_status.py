import asyncio

# The classic first match example: literals, OR patterns and the wildcard.


def http_error(status):
    match status:
        case 200:
            return "OK"
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 401 | 403:
            return "Not allowed"
        case 418:
            return "I'm a teapot"
        case _:
            return "Something's wrong with the internet"


async def fetch(path, status):
    await asyncio.sleep(0.1)
    return path, status


async def main():
    responses = await asyncio.gather(fetch("/", 200), fetch("/admin", 403), fetch("/tea", 418), fetch("/x", 500), fetch("/y", 404))
    for path, status in responses:
        print(f"{path:8} {status} {http_error(status)}")


asyncio.run(main())
