#!/usr/bin/env python3
"""Record a real asyncio program as a Taskline trace.

Usage:
    python3 taskline-record.py [--virtual] [--out trace.json] PROGRAM.py [args ...]

Runs PROGRAM.py under this CPython (3.11 or newer, standard library only) and writes what its
tasks did as a Taskline trace (format version 1, see src/trace/FORMAT.md in the Taskline
repository), which the Taskline app can open. The program's own output still reaches the
terminal, and the recorder exits with the program's exit status.

  --virtual       run on virtual time, as Taskline does: the clock starts at 0.0 and jumps to
                  the next timer whenever nothing is ready, so a program that sleeps for an hour
                  is recorded in a moment. time.time/monotonic/perf_counter read that clock and
                  time.sleep on the loop moves it. Without --virtual the program runs on real
                  time and trace times are seconds since the recorder started.
  --out FILE      where to write the trace (default: trace.json)

What is recorded: task creation (with the create_task/gather/asyncio.run call), renames, every
step, what each step suspended on (sleep, sleep(0), a task, gather, wait, wait_for, TaskGroup,
Lock, Event, Condition, Semaphore, Queue, shield, a worker job, else "a future"), wake-ups and
who caused them, cancel requests, how each task ended, each print (one event per print() call,
and one per write for other writes to stdout/stderr) with the task that printed it, blocking
time.sleep calls, and how the run ended. A run that can never go on (nothing ready, no timers,
no I/O, no worker jobs) is a deadlock: the recorder writes the trace and exits with status 3,
where CPython itself would hang.

Limits: worker threads (to_thread, run_in_executor) get no lanes (a task waiting on one waits
on its job, numbered by submission); their prints have no task, and under --virtual their
time.sleep is real, the clock following real time while a worker job is pending. Tasks are seen
only when made through the loop's create_task (which create_task, ensure_future, gather,
wait_for and TaskGroup use), not when a program installs its own task factory or constructs
asyncio.Task directly. datetime.now() and friends read the real clock even under --virtual.

How it hooks in: an event-loop policy makes every new loop a subclass of the default selector
loop. Its create_task makes tasks of a Task subclass (cancel and set_name are observed there);
its call_soon sees each task step and wake-up being scheduled (the C Task schedules them
through that public method) and wraps them, so the recorder sees each step begin and end. What
a task waits on is read from its awaited future and the chain of coroutine frames it is
suspended in.
"""

import argparse
import ast
import asyncio
import builtins
import gc
import heapq
import io
import itertools
import json
import os
import re
import selectors
import sys
import threading
import time
import tokenize
import traceback
import types
import weakref

TRACE_VERSION = 1
_set_result_unless_cancelled = asyncio.futures._set_result_unless_cancelled  # asyncio.sleep's timer
ASYNCIO_DIR = os.path.dirname(asyncio.__file__)
_real = types.SimpleNamespace(
    sleep=time.sleep, time=time.time, monotonic=time.monotonic, perf_counter=time.perf_counter,
    print=builtins.print,
)


# ---- the program's source: char offsets and the calls at each position --------------------

class Source:
    """The program text, and how to turn CPython's (line, byte column) positions into spans."""

    def __init__(self, path, text):
        self.path = path
        self.text = text
        self.lines = re.split(r'(?<=\r\n)|(?<=\n)|(?<=\r)(?!\n)', text)
        self.starts = []
        at = 0
        for line in self.lines:
            self.starts.append(at)
            at += _units(line)
        self.nodes = {}
        self.scopes = {}  # first line of a function (decorators included) -> its node
        try:
            self.tree = ast.parse(text)
        except SyntaxError:
            self.tree = None
            return
        for node in ast.walk(self.tree):
            if isinstance(node, (ast.Call, ast.Await)) and node.end_lineno is not None:
                self.nodes[(node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)] = node
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.scopes[min([node.lineno] + [d.lineno for d in node.decorator_list])] = node

    def scope_of(self, code):
        return self.tree if code.co_name == '<module>' else self.scopes.get(code.co_firstlineno)

    @staticmethod
    def calls_named(scope, name):
        """The calls of `name(...)` or `x.name(...)` inside a node, in source order."""
        found = [n for n in ast.walk(scope) if isinstance(n, ast.Call) and _func_name(n) == name] if scope else []
        return sorted(found, key=lambda n: (n.lineno, n.col_offset))

    def offset(self, line, byte_col):
        """Offset in UTF-16 units (what the app's editor counts) of a 1-based line, byte column."""
        if line < 1 or line > len(self.lines):
            return None
        text = self.lines[line - 1]
        col = _units(text.encode('utf-8')[:byte_col].decode('utf-8', 'ignore'))
        return self.starts[line - 1] + col, col

    def span(self, line, col, end_line, end_col):
        a = self.offset(line, col)
        b = self.offset(end_line, end_col)
        if a is None or b is None:
            return None
        return {'from': a[0], 'to': b[0], 'line': line, 'col': a[1]}

    def node_span(self, node):
        return self.span(node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)

    def frame_position(self, frame):
        """(line, col, end_line, end_col) of the instruction the frame is at, in this program."""
        if frame is None or frame.f_code.co_filename != self.path or frame.f_lasti < 0:
            return None
        positions = _positions(frame.f_code)
        i = frame.f_lasti // 2
        if i >= len(positions):
            return None
        line, end_line, col, end_col = positions[i]
        if None in (line, end_line, col, end_col):
            return None
        return line, col, end_line, end_col

    def call_at(self, frame):
        """The call expression (ast.Call) a frame of the program is at, with its span."""
        pos = self.frame_position(frame)
        if pos is None:
            return None, None
        node = self.nodes.get(pos)
        if isinstance(node, ast.Await):
            node = node.value if isinstance(node.value, ast.Call) else None
        return node, self.span(*pos) if node is None else self.node_span(node)

    def literal(self, node, index, keyword, kinds):
        """A call's argument when it is written as a literal of one of `kinds`: (span, text)."""
        if not isinstance(node, ast.Call):
            return None, None
        arg = node.args[index] if index is not None and len(node.args) > index else None
        for kw in node.keywords:
            if kw.arg == keyword:
                arg = kw.value
        if isinstance(arg, ast.Constant) and type(arg.value) in kinds:
            return self.node_span(arg), ast.get_source_segment(self.text, arg)
        return None, None


def _units(s):
    return len(s.encode('utf-16-le')) // 2


_position_cache = {}


def _positions(code):
    p = _position_cache.get(code)
    if p is None:
        p = _position_cache[code] = list(code.co_positions())
    return p


def _caller(source, frame, through_asyncio):
    """The program's frame that called: `frame` itself or, past the recorder's own frames (and
    asyncio's, when asked), its caller; None when some other code made the call."""
    while frame is not None and (frame.f_code.co_filename == __file__ or through_asyncio and _in_asyncio(frame)):
        frame = frame.f_back
    return frame if frame is not None and frame.f_code.co_filename == source.path else None


def _func_name(call):
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


_WRAPPING = {'gather': None, 'wait_for': 0, 'ensure_future': 0, 'shield': 0}


def _awaitable_arg(node, index):
    """For a task made from an argument of gather / wait_for / ensure_future / shield, that
    argument's expression (None when the call is create_task, run, ... or a starred gather)."""
    if not isinstance(node, ast.Call):
        return None
    name = _func_name(node)
    if name not in _WRAPPING:
        return None
    position = _WRAPPING[name] if _WRAPPING[name] is not None else index
    args = node.args
    if any(isinstance(a, ast.Starred) for a in args[:position + 1]) or position >= len(args):
        return None
    return args[position]


def _number_text(x):
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return repr(x)


# ---- clocks --------------------------------------------------------------------------------

class RealClock:
    virtual = False

    def __init__(self):
        self.base = _real.monotonic()

    def now(self):
        return _real.monotonic() - self.base

    def trace_time(self, loop_time):
        return loop_time - self.base


class VirtualClock:
    """One clock for every loop, the time module and blocking sleeps; it starts at 0.0."""
    virtual = True

    def __init__(self):
        self.t = 0.0

    def now(self):
        return self.t

    def trace_time(self, loop_time):
        return loop_time

    def install(self, recorder):
        def sleep(secs):
            if recorder.on_loop_thread():
                _real.sleep(0 if isinstance(secs, (int, float)) and secs >= 0 else secs)  # its errors
                recorder.block(secs, lambda: setattr(self, 't', self.t + secs))
            else:
                _real.sleep(secs)  # a worker thread: real time (see the module docstring)
        time.sleep = sleep
        time.time = time.monotonic = time.perf_counter = self.now
        time.time_ns = time.monotonic_ns = time.perf_counter_ns = lambda: int(self.t * 1e9)
        # Calendar time reads the clock too, as seconds since the epoch in UTC.
        real_gmtime = time.gmtime
        time.gmtime = time.localtime = lambda secs=None: real_gmtime(self.t if secs is None else secs)
        time.ctime = lambda secs=None: time.asctime(time.gmtime(secs))
        real_strftime, real_asctime = time.strftime, time.asctime
        time.strftime = lambda fmt, t=None: real_strftime(fmt, time.gmtime() if t is None else t)
        time.asctime = lambda t=None: real_asctime(time.gmtime() if t is None else t)
        import logging  # asyncio imported it on real time: its start time moves to the clock
        logging._startTime = self.t


class ClockSelector:
    """The loop's selector. Where the loop would wait, a virtual clock jumps instead; a wait that
    nothing could ever end (no timers, no file descriptors, no worker jobs) is a deadlock."""

    def __init__(self, inner, loop, recorder):
        self._inner = inner
        self._loop = weakref.ref(loop)
        self._recorder = recorder

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def select(self, timeout=None):
        loop = self._loop()
        clock = self._recorder.clock
        busy = loop is not None and (loop._tl_jobs_pending() or len(self._inner.get_map()) > 1)
        if timeout is None and not busy:
            self._recorder.deadlock(loop)
        if not clock.virtual or timeout == 0:
            return self._inner.select(timeout)
        if busy:  # a worker or a file may answer: wait for real, the clock following
            start = _real.monotonic()
            events = self._inner.select(timeout)
            clock.t += timeout if not events and timeout is not None else _real.monotonic() - start
            return events
        events = self._inner.select(0)
        if not events:
            clock.t += timeout
        return events


# ---- what a suspended task waits on ----------------------------------------------------------

_PRIMITIVES = {
    'Lock.acquire': ('lock', 'lock'), 'Event.wait': ('event', 'event.wait()'),
    'Condition.wait': ('condition', 'condition.wait()'), 'Condition.wait_for': ('condition', 'condition.wait()'),
    'Semaphore.acquire': ('semaphore', 'semaphore'),
    'Queue.get': ('queue', 'queue.get()'), 'Queue.put': ('queue', 'queue.put()'), 'Queue.join': ('queue', 'queue.join()'),
}


def _await_chain(task):
    """The frames the task's coroutine is suspended in, outermost first."""
    frames = []
    obj = task.get_coro()
    while obj is not None and len(frames) < 200:
        frame = getattr(obj, 'cr_frame', None) or getattr(obj, 'gi_frame', None) or getattr(obj, 'ag_frame', None)
        if frame is None:
            break
        frames.append(frame)
        obj = getattr(obj, 'cr_await', None) or getattr(obj, 'gi_yieldfrom', None) or getattr(obj, 'ag_await', None)
    return frames


def _in_asyncio(frame):
    return _in_asyncio_code(frame.f_code)


def _in_asyncio_code(code):
    return code.co_filename.startswith(ASYNCIO_DIR + os.sep)


# A coroutine's call for the chart's row labels: "long_operation('Task 1 started', 3)". Only
# plain values are shown by repr (an object's repr could run the program's __repr__); the rest
# is "…". Taskline's own runs follow the same rules (src/python/runtime/call-text.ts).
CORO_CALL_MAX = 120
_PLAIN_SCALARS = (type(None), bool, int, float, str)
_PLAIN_CONTAINERS = (list, tuple, dict)


def _is_plain(value, depth):
    if type(value) in _PLAIN_SCALARS:
        return True
    if depth >= 3 or type(value) not in _PLAIN_CONTAINERS or len(value) > 10:
        return False
    items = value.items() if type(value) is dict else ((x,) for x in value)
    return all(_is_plain(x, depth + 1) for pair in items for x in pair)


def _arg_text(value):
    if not _is_plain(value, 0):
        return '…'
    try:
        return repr(value)
    except ValueError:  # an int past str()'s digit limit
        return '…'


def _call_text(name, code, f_locals):
    """name(args) from an unstarted coroutine's locals: positional, *args, keyword-only, **kwargs."""
    names = code.co_varnames
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    rest = npos + nkw
    parts = [_arg_text(f_locals.get(n)) for n in names[:npos]]
    if code.co_flags & 0x04:  # CO_VARARGS
        parts += [_arg_text(v) for v in f_locals.get(names[rest], ())]
        rest += 1
    parts += ['%s=%s' % (n, _arg_text(f_locals.get(n))) for n in names[npos:npos + nkw]]
    if code.co_flags & 0x08:  # CO_VARKEYWORDS
        parts += ['%s=%s' % (k, _arg_text(v)) for k, v in f_locals.get(names[rest], {}).items()]
    text = '%s(%s)' % (name, ', '.join(parts))
    return text if len(text) <= CORO_CALL_MAX else text[:CORO_CALL_MAX - 2] + '…)'


class Targets:
    """Turns a suspended task into a WaitTarget (format.ts) and the await that suspended it."""

    def __init__(self, recorder):
        self.rec = recorder
        self.objects = weakref.WeakKeyDictionary()
        self.noted = weakref.WeakKeyDictionary()  # future -> its target, noted as it was made

    def object_id(self, obj):
        try:
            if obj not in self.objects:
                self.objects[obj] = len(self.objects)
            return self.objects[obj]
        except TypeError:
            return -1

    def of(self, task):
        fut = task._fut_waiter  # the future the C Task awaits (None after a bare yield)
        chain = _await_chain(task)
        user = [i for i, f in enumerate(chain) if not _in_asyncio(f)]
        inner_user = chain[user[-1]] if user else None
        at = None
        if inner_user is not None:
            pos = self.rec.source.frame_position(inner_user)
            at = self.rec.source.span(*pos) if pos else None
        if fut is None:
            return {'kind': 'yield', 'label': 'sleep(0)'}, at
        noted = self.noted.get(fut)
        if noted is not None and noted['kind'] in ('sleep', 'thread'):
            return noted, at
        api = chain[user[-1] + 1:] if user else chain
        for i, frame in enumerate(api):
            target = self.from_frame(frame)
            if target is None:
                continue
            # Condition.wait takes its lock back before it returns: then it waits on the lock.
            if target['kind'] == 'condition' and any(f.f_code.co_qualname == 'Lock.acquire' for f in api[i + 1:]):
                lock = next(f for f in api[i + 1:] if f.f_code.co_qualname == 'Lock.acquire')
                target = self.from_frame(lock)
            return target, at
        # An async generator's frames are out of reach of the chain (its asend object does not
        # show them): what made the future says what it is.
        return noted or self.from_future(fut), at

    def note_sleep(self, fut, when):
        """asyncio.sleep sets its timer: the target, from the live frames of sleep and its caller."""
        frame = sys._getframe(2)
        while frame is not None and not (frame.f_code.co_name == 'sleep' and _in_asyncio(frame)):
            frame = frame.f_back
        if frame is None:
            return
        delay = frame.f_locals.get('delay', 0)
        source = self.rec.source
        caller = _caller(source, frame.f_back, False)
        node, call = source.call_at(caller)
        task = asyncio.current_task()
        if caller is None and task is not None and getattr(task.get_coro(), 'cr_frame', None) is frame:
            # A task of its own (create_task(asyncio.sleep(1))): the sleep call inside its create call.
            inner = source.calls_named(getattr(task, '_tl_create_node', None), 'sleep')
            node, call = (inner[0], source.node_span(inner[0])) if len(inner) == 1 else (None, None)
        literal, text = self.rec.source.literal(node, 0, 'delay', (int, float))
        target = {'kind': 'sleep', 'label': f'sleep {text if literal else _number_text(delay)}', 'delay': delay,
                  'until': self.rec.clock.trace_time(when)}
        if call:
            target['call'] = call
        if literal:
            target['literal'] = literal
        self.noted[fut] = target

    def note_future(self, fut, frame):
        """A synchronization primitive made a waiter future (for when the chain cannot say so)."""
        name = frame.f_code.co_qualname if _in_asyncio(frame) else None
        if name in _PRIMITIVES and 'self' in frame.f_locals:
            kind, label = _PRIMITIVES[name]
            self.noted[fut] = {'kind': kind, 'label': label, 'object': self.object_id(frame.f_locals['self'])}

    def ids(self, futures):
        ids = [f._tl_id for f in futures if getattr(f, '_tl_id', None) is not None]
        return sorted(ids) if isinstance(futures, (set, frozenset)) else ids

    def name(self, fut):
        return fut.get_name() if isinstance(fut, asyncio.Task) else 'a future'

    def from_frame(self, frame):
        name = frame.f_code.co_qualname
        loc = frame.f_locals
        if name == 'wait' and 'fs' in loc:
            fs = loc['fs']
            how = '' if loc.get('return_when') in (None, asyncio.ALL_COMPLETED) else f", {loc['return_when']}"
            limit = '' if loc.get('timeout') is None else f", timeout={_number_text(loc['timeout'])}"
            return {'kind': 'wait', 'label': f'wait({len(fs)}{how}{limit})', 'tasks': self.ids(fs)}
        if name in ('wait_for', '_cancel_and_wait') and 'fut' in loc:
            fut = loc['fut']
            timeout = loc.get('timeout') if name == 'wait_for' else None
            label = (f"wait_for {self.name(fut)} ({_number_text(timeout)} s)" if name == 'wait_for'
                     else f'cancelling {self.name(fut)}')
            target = {'kind': 'wait_for', 'label': label, 'timeout': timeout}
            if getattr(fut, '_tl_id', None) is not None:
                target['task'] = fut._tl_id
            return target
        if name == 'TaskGroup.__aexit__' and 'self' in loc:
            tasks = self.ids(set(loc['self']._tasks))
            n = len(tasks)
            return {'kind': 'taskgroup', 'label': f"TaskGroup: {n} task{'' if n == 1 else 's'}", 'tasks': tasks}
        if name in _PRIMITIVES and 'self' in loc:
            kind, label = _PRIMITIVES[name]
            return {'kind': kind, 'label': label, 'object': self.object_id(loc['self'])}
        return None

    def note_job(self, fut, func, job):
        """run_in_executor submitted a job (to_thread is one): the future it gives waits on it."""
        frame = sys._getframe(2)
        if frame.f_code.co_name == 'to_thread' and _in_asyncio(frame):
            label = f"to_thread({getattr(frame.f_locals.get('func'), '__name__', 'fn')})"
        else:
            label = f"run_in_executor({getattr(func, '__name__', 'fn')})"
        self.noted[fut] = {'kind': 'thread', 'label': label, 'job': job}

    def from_future(self, fut):
        if isinstance(fut, asyncio.Task) and getattr(fut, '_tl_id', None) is not None:
            return {'kind': 'task', 'label': fut.get_name(), 'task': fut._tl_id}
        inner = _shielded(fut)
        if inner is not None:
            if getattr(inner, '_tl_id', None) is not None:
                return {'kind': 'task', 'label': f'shield({inner.get_name()})', 'task': inner._tl_id}
            return {'kind': 'future', 'label': 'shield(a future)', 'object': self.object_id(inner)}
        children = getattr(fut, '_children', None)
        if type(fut).__name__ == '_GatheringFuture' and children is not None:
            return {'kind': 'gather', 'label': f'gather({len(children)})', 'tasks': self.ids(children)}
        return {'kind': 'future', 'label': 'a future', 'object': self.object_id(fut)}


def _shielded(fut):
    """The future inside asyncio.shield's outer future: its done callback holds it in a cell."""
    for entry in getattr(fut, '_callbacks', None) or ():
        cb = entry[0] if isinstance(entry, tuple) else entry
        code = getattr(cb, '__code__', None)
        if code is not None and code.co_name == '_outer_done_callback' and 'inner' in code.co_freevars:
            return cb.__closure__[code.co_freevars.index('inner')].cell_contents
    return None


# ---- the recorder ---------------------------------------------------------------------------

class Recorder:
    def __init__(self, source, clock):
        self.source = source
        self.clock = clock
        self.events = []
        self.stdout = []
        self.stderr = []
        self.next_id = 0
        self.next_job = 0  # worker jobs, numbered by submission
        self.last_create = None  # (frame, instruction, event count) of the latest create event
        self.create_index = 0  # how many tasks that one call made before this one
        self.targets = Targets(self)
        self.quiet = 0  # > 0 while the recorder itself runs program code (a result's __repr__)
        # A callback belongs to the task that scheduled it (or to the running callback's task),
        # and so do its prints: id(handle) -> task id, and the running callback's task.
        self.handle_owner = {}
        self.running_owner = None

    def now(self):
        return self.clock.now()

    def emit(self, type_, **fields):
        ev = {'type': type_, 't': self.now()}
        ev.update(fields)
        self.events.append(ev)
        return ev

    def on_loop_thread(self):
        """The thread that runs the loops (worker threads keep real time)."""
        return threading.current_thread() is threading.main_thread() or asyncio._get_running_loop() is not None

    def current_id(self):
        loop = asyncio._get_running_loop()
        task = asyncio.current_task(loop) if loop is not None else None
        return getattr(task, '_tl_id', None)

    def owner_id(self):
        """The running task, else (on the loop's thread) the task the running callback belongs to."""
        task = self.current_id()
        if task is None and threading.current_thread() is threading.main_thread():
            return self.running_owner
        return task

    def scheduled(self, handle):
        self.handle_owner[id(handle)] = self.owner_id()
        return handle

    def running(self, handle, run):
        prev = self.running_owner
        self.running_owner = self.handle_owner.pop(id(handle), None)
        try:
            return run()
        finally:
            self.running_owner = prev

    # tasks

    def created(self, task, coro):
        # Every task takes a number, as every task takes a Task-N name; asyncio.run's own
        # shutdown steps are not the program's tasks and are not traced.
        task_id = self.next_id
        self.next_id += 1
        code = getattr(coro, 'cr_code', None)
        if code is not None and code.co_filename.startswith(ASYNCIO_DIR) and code.co_name in (
                'shutdown_asyncgens', 'shutdown_default_executor'):
            return
        task._tl_id = task_id
        ev = task._tl_create = self.emit('create', task=task._tl_id, name=task.get_name(), parent=self.current_id())
        # asyncio.run closes unfinished async generators with tasks running agen.aclose(); a
        # coroutine of asyncio's own is named with its class, as Taskline does ("Event.wait").
        coro_name = getattr(coro, '__qualname__' if code is not None and _in_asyncio_code(code) else '__name__', None)
        if type(coro).__name__ == 'async_generator_athrow':
            coro_name = 'aclose'
        if isinstance(coro_name, str):
            ev['coro'] = coro_name
            frame_of_coro = getattr(coro, 'cr_frame', None)
            if frame_of_coro is not None and code is not None and not _in_asyncio_code(code):
                ev['coroCall'] = _call_text(coro_name, code, frame_of_coro.f_locals)
        frame = _caller(self.source, sys._getframe(1), True)
        node, call = self.source.call_at(frame)
        task._tl_create_node = node
        made = self.made_at(frame, node, coro)
        if made is not None:
            call = self.source.node_span(made)
        if call:
            ev['call'] = call
        literal, _ = self.source.literal(node, None, 'name', (str,))
        if literal:
            ev['nameLiteral'] = literal

    def made_at(self, frame, node, coro):
        """For a task that gather / wait_for / ensure_future / shield made of a coroutine: the
        call that made the coroutine (an argument, or a call in a list built before)."""
        # gather(a(), b()) makes a task per argument, in order.
        key = (id(frame), frame.f_lasti if frame is not None else -1, len(self.events))
        same = self.last_create is not None and self.last_create[:2] == key[:2] and self.last_create[2] == key[2] - 1
        self.create_index = self.create_index + 1 if same else 0
        self.last_create = key
        if not isinstance(node, ast.Call) or _func_name(node) not in _WRAPPING:
            return None
        name = getattr(coro, '__name__', None)
        arg = _awaitable_arg(node, self.create_index)
        if isinstance(arg, ast.Call) and _func_name(arg) == name:
            return arg
        for scope in (node, self.source.scope_of(frame.f_code)):
            calls = self.source.calls_named(scope, name)
            if len(calls) == 1:
                return calls[0]
        return arg

    def step_done(self, task):
        if task.done():
            if not getattr(task, '_tl_finished', False):
                task._tl_finished = True
                self.emit('done', task=task._tl_id, **self.outcome(task))
            return
        on, at = self.targets.of(task)
        task._tl_on = on
        if task._fut_waiter is not None:
            task._tl_waited = weakref.ref(task._fut_waiter)
        ev = self.emit('suspend', task=task._tl_id, on=on)
        if at:
            ev['at'] = at

    def outcome(self, task):
        # The private fields read a finished task without marking its exception as retrieved
        # (task.exception() would silence "Task exception was never retrieved").
        if task.cancelled():
            # A CancelledError that ended the task keeps its message where only result()
            # reaches it, and result() would hand the awaiting code a different exception; the
            # message is the one its latest cancel() asked for.
            # Without a cancel() of its own, the task ended on the CancelledError of what it awaited.
            message = task._cancel_message
            if message is None and task._tl_cancel_requested:
                message = task._tl_cancel_msg
            elif message is None:
                waited = task._tl_waited() if task._tl_waited is not None else None
                if waited is not None and waited.cancelled():
                    message = getattr(waited, '_tl_done_message', None) or waited._cancel_message
            if task._tl_id is not None:
                task._tl_done_message = message
            return {'state': 'cancelled', 'message': message}
        exc = task._exception
        self.quiet += 1
        try:
            if exc is not None:
                return {'state': 'exception', 'excType': type(exc).__name__, 'message': _safe(str, exc, '<exception str() failed>')}
            return {'state': 'result', 'repr': _safe(repr, task._result)}
        finally:
            self.quiet -= 1

    # output

    def write(self, stream, text, call=None):
        (self.stdout if stream == 'stdout' else self.stderr).append(text)
        if not text:
            return
        ev = self.emit('print', task=self.owner_id(), text=text, stream=stream)
        if call:
            ev['call'] = call

    def block(self, delay, sleep):
        node, call = self.source.call_at(_caller(self.source, sys._getframe(1), False))
        ev = self.emit('block', task=self.current_id(), delay=delay)
        if call:
            ev['call'] = call
        literal, _ = self.source.literal(node, 0, 'secs', (int, float))
        if literal:
            ev['literal'] = literal
        start = self.now()
        sleep()
        if not self.clock.virtual:
            ev['delay'] = self.now() - start

    # the end

    def deadlock(self, loop):
        waiting = []
        for task in sorted(asyncio.all_tasks(loop), key=lambda t: getattr(t, '_tl_id', 1 << 30)):
            if getattr(task, '_tl_id', None) is None:
                continue
            on = getattr(task, '_tl_on', {'label': 'nothing'})['label']
            waiting.append({'task': task._tl_id, 'name': task.get_name(), 'on': on})
        report = 'Deadlock: event loop idle: no ready callbacks and no timers, main not done\n'
        report += ''.join(f"  {w['name']} waits for {w['on']}\n" for w in waiting)
        sys.stderr.write(report)
        self.finish({'kind': 'deadlock', 'waiting': waiting}, 3)
        os._exit(3)

    def finish(self, outcome, exit_code):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        trace = {
            'version': TRACE_VERSION, 'end': self.now(), 'events': self.events, 'outcome': outcome,
            'exitCode': exit_code, 'stdout': ''.join(self.stdout), 'stderr': ''.join(self.stderr),
            # The program travels with its trace, so the app shows the code beside the run.
            'program': {'filename': os.path.basename(self.source.path), 'code': self.source.text},
        }
        with open(self.out, 'w', encoding='utf-8') as f:
            json.dump(trace, f, ensure_ascii=False)


def _safe(fn, value, failed=None):
    try:
        return fn(value)
    except Exception as e:  # a broken __repr__/__str__ must not stop the recording
        return failed or f'<{fn.__name__} failed: {type(e).__name__}>'


# ---- the hooks: loop, task, streams -------------------------------------------------------

def make_hooks(rec):
    class Task(asyncio.Task):
        _tl_id = None
        _tl_cancel_msg = None
        _tl_cancel_requested = False
        _tl_waited = None  # weakref to the future of its latest suspension

        def cancel(self, msg=None):
            if self._tl_id is not None and not self.done():
                rec.emit('cancel', task=self._tl_id, by=rec.current_id(), message=msg)
                self._tl_cancel_msg = msg
                self._tl_cancel_requested = True
            return super().cancel(msg)

        def set_name(self, value):
            super().set_name(value)
            if self._tl_id is None:
                return
            # asyncio.create_task and TaskGroup.create_task name the task right after the loop
            # made it: that is the name it was created with, not a rename.
            create = getattr(self, '_tl_create', None)
            if create is not None and sys._getframe(1).f_code.co_name == '_set_task_name':
                create['name'] = self.get_name()
            else:
                rec.emit('rename', task=self._tl_id, name=self.get_name())

    def run_step(task, callback):
        def step(*args):
            if task._tl_id is None:  # one of asyncio.run's shutdown steps
                return callback(*args)
            rec.emit('step', task=task._tl_id)
            try:
                return callback(*args)
            finally:
                rec.step_done(task)
        return step

    handle_run = asyncio.events.Handle._run

    def run_handle(self):
        return rec.running(self, lambda: handle_run(self))
    asyncio.events.Handle._run = run_handle

    class RecordingLoop(asyncio.SelectorEventLoop):
        def __init__(self):
            self._tl_jobs = []
            inner = selectors.DefaultSelector()
            # Named as the selector it wraps: asyncio logs "Using selector: EpollSelector".
            named = type(type(inner).__name__, (ClockSelector,), {})
            super().__init__(selector=named(inner, self, rec))

        if rec.clock.virtual:
            def time(self):
                return rec.clock.t

        def create_task(self, coro, *, name=None, context=None):
            if self.get_task_factory() is not None:
                return super().create_task(coro, name=name, context=context)
            if self.is_closed():
                raise RuntimeError('Event loop is closed')
            task = Task(coro, loop=self, name=name, context=context)
            rec.created(task, coro)
            return task

        def call_at(self, when, callback, *args, context=None):
            # Timers due at the same moment fire in the order they were set (Taskline's rule,
            # and what a real clock gives, where two deadlines are never quite equal).
            if when is None:
                raise TypeError('when cannot be None')
            if self.is_closed():
                raise RuntimeError('Event loop is closed')
            if callback is _set_result_unless_cancelled and args and isinstance(args[0], asyncio.Future):
                rec.targets.note_sleep(args[0], when)
            timer = OrderedTimer(when, callback, args, self, context)
            heapq.heappush(self._scheduled, timer)
            timer._scheduled = True
            return rec.scheduled(timer)

        def create_future(self):
            fut = super().create_future()
            rec.targets.note_future(fut, sys._getframe(1))
            return fut

        def call_soon(self, callback, *args, context=None):
            task = getattr(callback, '__self__', None)
            # The first step is scheduled inside Task.__init__, before the task has its id.
            if isinstance(task, Task):
                if task._tl_id is not None and 'wakeup' in (getattr(callback, '__name__', '') or ''):
                    rec.emit('wake', task=task._tl_id, by=rec.current_id())
                callback = run_step(task, callback)
                return super().call_soon(callback, *args, context=context)
            return rec.scheduled(super().call_soon(callback, *args, context=context))

        def run_in_executor(self, executor, func, *args):
            fut = super().run_in_executor(executor, func, *args)
            self._tl_jobs.append(weakref.ref(fut))
            rec.targets.note_job(fut, func, rec.next_job)
            rec.next_job += 1
            return fut

        def _tl_jobs_pending(self):
            self._tl_jobs = [r for r in self._tl_jobs if r() is not None and not r().done()]
            return bool(self._tl_jobs)

    # Named as asyncio's own Task is: reprs and type() print the class's name.
    Task.__qualname__, Task.__module__ = 'Task', asyncio.Task.__module__

    class Policy(asyncio.DefaultEventLoopPolicy):
        def new_event_loop(self):
            return RecordingLoop()

    return Policy


class OrderedTimer(asyncio.TimerHandle):
    """A timer that sorts by deadline, then by when it was set."""
    __slots__ = ('_seq',)
    _count = itertools.count()

    def __init__(self, *args):
        super().__init__(*args)
        self._seq = next(self._count)

    def _key(self):
        return self._when, self._seq

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, OrderedTimer) else super().__lt__(other)

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, OrderedTimer) else super().__le__(other)

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, OrderedTimer) else super().__gt__(other)

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, OrderedTimer) else super().__ge__(other)


class TracedStream:
    """sys.stdout / sys.stderr: passes text on to the real stream and records each write."""

    def __init__(self, rec, real, name):
        self._rec = rec
        self._real = real
        self._name = name
        self._collect = None  # the text of the print() call in progress

    def write(self, s):
        if self._rec.quiet:
            return len(s)
        self._real.write(s)
        if self._collect is not None:
            self._collect.append(s)
        else:
            self._rec.write(self._name, s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._real.flush()

    def __getattr__(self, name):
        return getattr(self._real, name)


class builtin_function_or_method:  # noqa: N801 (the name a program sees for print)
    """builtins.print, recording each call as one print event. It looks like the builtin where
    programs can tell (its repr, its name in error messages, no settable attributes)."""
    __slots__ = ('_rec',)
    __module__ = 'builtins'

    def __init__(self, rec):
        self._rec = rec

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return 'print'
        return getattr(_real.print, name)

    def __repr__(self):
        return '<built-in function print>'

    def __call__(self, *args, **kwargs):
        file = kwargs.get('file')
        target = sys.stdout if file is None else file
        if not isinstance(target, TracedStream) or target._collect is not None:
            return _real.print(*args, **kwargs)
        rec = self._rec
        _, call = rec.source.call_at(_caller(rec.source, sys._getframe(1), False))
        target._collect = []
        try:
            return _real.print(*args, **kwargs)
        finally:
            text = ''.join(target._collect)
            target._collect = None
            rec.write(target._name, text, call)


# ---- running the program ----------------------------------------------------------------------

def _trim(tb, path):
    """The traceback from the program's first frame on, without the recorder's own frames (the
    print hook's, say): CPython would show none of them."""
    while tb is not None and tb.tb_frame.f_code.co_filename != path:
        tb = tb.tb_next
    head = tb
    while tb is not None:
        while tb.tb_next is not None and tb.tb_next.tb_frame.f_code.co_filename == __file__:
            tb.tb_next = tb.tb_next.tb_next
        tb = tb.tb_next
    return head


def run(args):
    with open(args.program, 'rb') as f:
        raw = f.read()
    encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
    text = raw.decode(encoding)
    if text.startswith('\ufeff'):
        text = text[1:]
    path = os.path.abspath(args.program)  # as CPython names the main script (__file__, tracebacks)
    source = Source(path, text)
    rec = Recorder(source, VirtualClock() if args.virtual else RealClock())
    rec.out = args.out
    if rec.clock.virtual:
        rec.clock.install(rec)
    else:
        def sleep(secs):
            if rec.on_loop_thread():
                rec.block(secs, lambda: _real.sleep(secs))
            else:
                _real.sleep(secs)
        time.sleep = sleep
    asyncio.set_event_loop_policy(make_hooks(rec)())
    sys.stdout = TracedStream(rec, sys.stdout, 'stdout')
    sys.stderr = TracedStream(rec, sys.stderr, 'stderr')
    builtins.print = builtin_function_or_method(rec)

    module = types.ModuleType('__main__')
    module.__file__ = path
    module.__builtins__ = builtins
    sys.modules['__main__'] = module
    sys.argv = [args.program] + args.args
    sys.path.insert(0, os.path.dirname(path))

    outcome, exit_code = {'kind': 'ok'}, 0
    try:
        code = compile(text, path, 'exec', dont_inherit=True)
    except SyntaxError as e:
        traceback.print_exception(type(e), e, None)
        col = max((e.offset or 1) - 1, 0)
        rec.finish({'kind': 'syntax', 'type': type(e).__name__, 'message': str(e.msg), 'line': e.lineno or 1, 'col': col}, 1)
        return 1
    try:
        exec(code, module.__dict__)
    except SystemExit as e:
        if e.code is None or isinstance(e.code, int):
            exit_code = e.code or 0
        else:
            sys.stderr.write(f'{e.code}\n')
            exit_code = 1
        if exit_code:
            outcome = {'kind': 'error', 'type': 'SystemExit', 'message': str(e.code), 'line': None, 'traceback': ''}
    except BaseException as e:
        tb = _trim(e.__traceback__, path)
        lines = traceback.format_exception(type(e), e, tb)
        sys.stderr.write(''.join(lines))
        line = None
        for entry in traceback.extract_tb(tb):
            if entry.filename == path:
                line = entry.lineno
        outcome = {'kind': 'error', 'type': type(e).__name__, 'message': _safe(str, e),
                   'line': line, 'traceback': ''.join(lines)}
        exit_code = 1
        del e, tb
    # What the interpreter reports as it frees the program's objects at exit ("Task was
    # destroyed but it is pending!", "Task exception was never retrieved") belongs to the run.
    # As at exit, the program's namespace becomes garbage and the collector finalizes it.
    sys.modules.pop('__main__', None)
    del module, code
    gc.collect()
    rec.finish(outcome, exit_code)
    return exit_code


def main():
    if sys.version_info < (3, 11):
        sys.exit('taskline-record.py needs Python 3.11 or newer')
    parser = argparse.ArgumentParser(
        prog='taskline-record.py', description='Run an asyncio program and write a Taskline trace.')
    parser.add_argument('--virtual', action='store_true', help='run on virtual time, as Taskline does')
    parser.add_argument('--out', default='trace.json', help='trace file to write (default: trace.json)')
    parser.add_argument('program', help='the Python program to run')
    parser.add_argument('args', nargs=argparse.REMAINDER, help="the program's own arguments")
    code = run(parser.parse_args())
    sys.stdout.flush()
    sys.exit(code)


if __name__ == '__main__':
    main()
