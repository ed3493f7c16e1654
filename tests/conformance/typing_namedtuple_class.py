import asyncio
from typing import List, NamedTuple, Optional


class Response(NamedTuple):
    url: str
    status: int
    body: Optional[str] = None

    def ok(self) -> bool:
        return 200 <= self.status < 300


async def get(url: str) -> Response:
    await asyncio.sleep(0.1)
    if url.endswith("404"):
        return Response(url, 404)
    return Response(url, 200, f"<html>{url}</html>")


async def main() -> None:
    responses: List[Response] = await asyncio.gather(get("/a"), get("/404"), get("/b"))
    for r in responses:
        print(r, r.ok())
    good = [r.url for r in responses if r.ok()]
    print(good, Response._fields, responses[1]._asdict())
    url, status, body = responses[0]
    print(url, status, body)
    print(Response("/x", 500)._replace(status=503))


asyncio.run(main())
