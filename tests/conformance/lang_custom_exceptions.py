class AppError(Exception):
    pass


class HttpError(AppError):
    def __init__(self, status, url):
        super().__init__(f"HTTP {status} for {url}")
        self.status = status
        self.url = url


class RetryableError(HttpError):
    pass


def request(url):
    if "missing" in url:
        raise HttpError(404, url)
    if "busy" in url:
        raise RetryableError(503, url)
    if "broken" in url:
        raise AppError("connection reset")
    return f"200 OK {url}"


for url in ["/home", "/missing", "/busy", "/broken"]:
    try:
        print(request(url))
    except RetryableError as e:
        print("retry later:", e.status, e.url, e.args)
    except HttpError as e:
        print("http error:", e, "| status", e.status)
    except AppError as e:
        print("app error:", repr(e), type(e).__name__)

err = RetryableError(429, "/rate")
print(isinstance(err, HttpError), isinstance(err, AppError), isinstance(err, ValueError))
print(str(err), err.args)
e2 = ValueError("bad", 42)
print(e2.args, str(e2), repr(e2))
print(repr(KeyError("k")), str(KeyError("k")), repr(Exception()), str(Exception()) == "")
