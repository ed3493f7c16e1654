#!/usr/bin/env python3
"""CPython's answer to "who woke whom", and what each loop iteration runs, for the wake tests.

Runs PROG.py under the shared oracle (/work/shared/oracle/run.py: real asyncio on virtual
time) and logs
- `wakes`: every Task.__wakeup that gets scheduled: the loop time, the woken task, and who
  caused it as CPython sees it -- the task that was current, or, when a callback ran (a
  timer, gather's or a TaskGroup's done callback), that callback's name and the task whose
  completion it reacts to;
- `ticks`: for each iteration of _run_once that runs anything, the ready queue just before
  the first handle runs (due timers already moved in), cancelled handles and the oracle's own
  bookkeeping callback left out, each as
  [kind, task]: ["step", "Task-2"], ["wakeup", "Task-1"] or ["callback", null]; and the
  timers still pending, in firing order, as [when, kind, task]: kind "sleep", "timeout" (a
  wait_for / wait / asyncio.timeout deadline) or "call", task the one it wakes or cancels.

    oracle_wakes.py PROG.py PROG.wakes.json
"""
import asyncio
import asyncio.base_events
import asyncio.events
import collections
import json
import sys

# As `python3 run.py PROG.py` would have it: the oracle's directory first, not this one.
sys.path[0] = '/work/shared/oracle'
import run as oracle  # noqa: E402

wakes = []
running = [None]
_orig_run = asyncio.events.Handle._run


def _run(self):
    running[0] = self
    try:
        return _orig_run(self)
    finally:
        running[0] = None


def callback_name(cb):
    inner = getattr(cb, 'func', cb)  # functools.partial(_release_waiter, waiter)
    return getattr(inner, '__qualname__', repr(inner))


_orig_call_soon = asyncio.base_events.BaseEventLoop.call_soon


def call_soon(self, cb, *args, context=None):
    if getattr(cb, '__name__', '').endswith('__wakeup'):
        current = oracle.current()
        entry = {'t': oracle.now(), 'task': cb.__self__.get_name(), 'current': oracle.task_name(current)}
        h = running[0]
        if current is None and h is not None:
            entry['callback'] = callback_name(h._callback)
            arg = h._args[0] if h._args else None
            if hasattr(arg, 'get_name') and hasattr(arg, 'add_done_callback'):  # a Task (the pure-Python one)
                entry['finished'] = arg.get_name()
        wakes.append(entry)
    return _orig_call_soon(self, cb, *args, context=context)


def describe(handle):
    cb = handle._callback
    owner = getattr(cb, '__self__', None)
    name = getattr(cb, '__name__', '')
    if owner is not None and hasattr(owner, 'get_name') and name.endswith('__step'):
        return ['step', owner.get_name()]
    if owner is not None and hasattr(owner, 'get_name') and name.endswith('__wakeup'):
        return ['wakeup', owner.get_name()]
    return ['callback', None]


def is_oracle_own(handle):
    return getattr(handle._callback, '__name__', '') == '_oracle_done'


ticks = []
new_iteration = [False]


TIMEOUTS = {'_release_waiter', 'Timeout._on_timeout', 'as_completed.<locals>._on_timeout'}


def timer_task(handle):
    """The task a timer's firing wakes or cancels, as the engine's tick names it."""
    cb = handle._callback
    owner = getattr(cb, '__self__', None)
    if owner is not None and hasattr(owner, '_task'):  # Timeout._on_timeout
        return owner._task.get_name()
    arg = handle._args[0] if handle._args else None
    for fn, _ctx in getattr(arg, '_callbacks', None) or []:
        task = getattr(fn, '__self__', None)
        if getattr(fn, '__name__', '').endswith('__wakeup') and task is not None:
            return task.get_name()
    return None


def describe_timer(handle):
    name = callback_name(handle._callback)
    kind = 'sleep' if name == '_set_result_unless_cancelled' else 'timeout' if name in TIMEOUTS else 'call'
    return [handle._when, kind, timer_task(handle)]


class ReadyQueue(collections.deque):
    """The loop's _ready, noting its contents (and the timers left) as the iteration starts running them."""

    def __init__(self, items, loop):
        super().__init__(items)
        self.loop = loop

    def popleft(self):
        if new_iteration[0]:
            new_iteration[0] = False
            # The oracle's own done callback (its --trace bookkeeping) is not the program's.
            ready = [describe(h) for h in self if not h._cancelled and not is_oracle_own(h)]
            if ready:
                pending = sorted((h for h in self.loop._scheduled if not h._cancelled), key=lambda h: (h._when, h._seq))
                ticks.append({'t': oracle.now(), 'ready': ready, 'timers': [describe_timer(h) for h in pending]})
        return super().popleft()


_orig_init = oracle.VirtualLoop.__init__
_orig_process = oracle.VirtualLoop._process_events


def loop_init(self):
    _orig_init(self)
    self._ready = ReadyQueue(self._ready, self)


def process_events(self, event_list):
    new_iteration[0] = True  # _run_once: the selector returned; due timers move in next
    return _orig_process(self, event_list)


oracle.VirtualLoop.__init__ = loop_init
oracle.VirtualLoop._process_events = process_events
asyncio.events.Handle._run = _run
asyncio.base_events.BaseEventLoop.call_soon = call_soon
_orig_write_trace = oracle.write_trace


out_path = sys.argv[2]


def write_wakes():
    _orig_write_trace()
    with open(out_path, 'w') as f:
        json.dump({'wakes': wakes, 'ticks': ticks}, f, indent=1)
        f.write('\n')


oracle.write_trace = write_wakes
# The pure-Python Task (the oracle's --trace mode) is the one whose __wakeup we can see.
sys.argv = [sys.argv[0], sys.argv[1], '--trace', '/dev/null']
oracle.main()
