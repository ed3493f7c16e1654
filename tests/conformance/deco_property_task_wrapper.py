import asyncio


class Download:
    """Wraps a Task and exposes its state through properties."""

    def __init__(self, url, seconds):
        self.url = url
        self._seconds = seconds
        self._task = None

    async def _run(self):
        await asyncio.sleep(self._seconds)
        return f"{self.url}: {self._seconds * 100} bytes"

    def start(self):
        self._task = asyncio.create_task(self._run(), name=f"dl-{self.url}")
        return self

    @property
    def status(self):
        if self._task is None:
            return "not started"
        if not self._task.done():
            return "running"
        return "cancelled" if self._task.cancelled() else "done"

    @property
    def result(self):
        return self._task.result() if self.status == "done" else None

    @property
    def seconds(self):
        return self._seconds

    @seconds.setter
    def seconds(self, value):
        if value < 0:
            raise ValueError("seconds must be >= 0")
        self._seconds = value


async def main():
    downloads = [Download("a.com", 1), Download("b.org", 2), Download("c.net", 3)]
    print([d.status for d in downloads])
    downloads[2].seconds = 0.5
    try:
        downloads[0].seconds = -1
    except ValueError as e:
        print("rejected:", e)
    for d in downloads:
        d.start()
    print([d.status for d in downloads])
    await asyncio.sleep(1.5)
    downloads[1]._task.cancel()
    await asyncio.sleep(0)
    for d in downloads:
        print(f"{d.url:8} {d.status:10} {d.result}")


asyncio.run(main())
