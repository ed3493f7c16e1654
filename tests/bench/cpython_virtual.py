#!/usr/bin/env python3
"""CPython's own asyncio on a virtual clock: the baseline Taskline is benchmarked against.

    cpython_virtual.py PROGRAM.py

Same semantics as the conformance oracle (clock from 0.0, the selector jumps the clock by
its timeout instead of waiting, equal deadlines fire in scheduling order, time.sleep blocks
by advancing the clock, exit 3 on deadlock) but with nothing slowed down: tasks stay the C
`_asyncio.Task`, futures the C `_asyncio.Future`, and no events are recorded. What this
measures is CPython's speed at the same work, not a tracing runner's.

Exit status: 0 ok, 1 uncaught exception (traceback on stderr), 3 deadlock.
"""
import asyncio
import asyncio.base_events
import asyncio.events
import heapq
import itertools
import os
import sys
import time
import traceback


class VirtualClock:
    """The one clock that loop.time() and the patched time functions read."""

    def __init__(self):
        self.now = 0.0

    def read(self):
        return self.now

    def block(self, secs):
        # time.sleep: the caller keeps the loop while the clock moves on.
        self.now += secs


CLOCK = VirtualClock()


class JumpingSelector:
    """Stands where the OS selector would: instead of waiting `timeout` seconds, move the
    clock by exactly that much (same float addition as a real wait would measure)."""

    def select(self, timeout=None):
        if timeout is None:
            # Nothing ready and no timer while main is unfinished: a real loop would hang.
            sys.stdout.flush()
            sys.stderr.write("Deadlock: event loop idle: no ready callbacks and no timers, main not done\n")
            sys.stderr.flush()
            os._exit(3)
        if timeout > 0:
            CLOCK.now += timeout
        return []

    def close(self):
        pass


class OrderedTimerHandle(asyncio.events.TimerHandle):
    """A timer that breaks deadline ties by scheduling order, as a real clock would (a timer
    scheduled later never has an earlier deadline there); a frozen clock makes ties common."""

    __slots__ = ("_order",)
    _counter = itertools.count()

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context=context)
        self._order = next(OrderedTimerHandle._counter)

    def __lt__(self, other):
        if self._when == other._when:
            return self._order < other._order
        return self._when < other._when


class VirtualEventLoop(asyncio.base_events.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._selector = JumpingSelector()

    def time(self):
        return CLOCK.now

    def call_at(self, when, callback, *args, context=None):
        # BaseEventLoop.call_at, minus debug checks, building an OrderedTimerHandle.
        self._check_closed()
        timer = OrderedTimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VirtualEventLoop()


def install_virtual_time():
    asyncio.set_event_loop_policy(VirtualPolicy())
    time.perf_counter = CLOCK.read
    time.monotonic = CLOCK.read
    time.time = CLOCK.read
    time.sleep = CLOCK.block
    install_virtual_calendar()


def install_virtual_calendar():
    """Calendar time reads the virtual clock as UTC from epoch 0, as the reference runner's does."""
    import calendar
    import datetime

    utc_struct = time.gmtime

    def struct_at(secs=None):
        return utc_struct(CLOCK.read() if secs is None else secs)

    c_strftime = time.strftime
    time.gmtime = struct_at
    time.localtime = struct_at
    time.strftime = lambda fmt, t=None: c_strftime(fmt, struct_at() if t is None else t)

    def asctime(t=None):
        st = struct_at() if t is None else t
        day = calendar.day_abbr[st.tm_wday]
        month = calendar.month_abbr[st.tm_mon]
        return f"{day} {month} {st.tm_mday:2d} {st.tm_hour:02d}:{st.tm_min:02d}:{st.tm_sec:02d} {st.tm_year}"

    time.asctime = asctime
    time.ctime = lambda secs=None: asctime(struct_at(secs))
    real_datetime = datetime.datetime

    class VirtualDatetime(real_datetime):
        @classmethod
        def now(cls, tz=None):
            at = real_datetime(1970, 1, 1) + datetime.timedelta(seconds=CLOCK.read())
            return at if tz is None else at.replace(tzinfo=datetime.timezone.utc).astimezone(tz)

        @classmethod
        def today(cls):
            return cls.now()

        @classmethod
        def utcnow(cls):
            return cls.now()

    class VirtualDate(datetime.date):
        @classmethod
        def today(cls):
            return VirtualDatetime.now().date()

    VirtualDatetime.__name__ = VirtualDatetime.__qualname__ = "datetime"
    VirtualDate.__name__ = VirtualDate.__qualname__ = "date"
    datetime.datetime = VirtualDatetime
    datetime.date = VirtualDate


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: cpython_virtual.py PROGRAM.py\n")
        return 2
    path = argv[1]
    with open(path) as f:
        source = f.read()
    install_virtual_time()
    sys.argv = [path]  # what `python3 NAME.py` shows the program
    code = compile(source, path, "exec")
    status = 0
    try:
        exec(code, {"__name__": "__main__", "__file__": path})
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else 1
    except BaseException:
        sys.stdout.flush()
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
