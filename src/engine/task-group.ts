/**
 * asyncio.TaskGroup (taskgroups.py, 3.11): `async with` waits for every child; the first child
 * error cancels the siblings (and the parent's body, via a cancel() it later takes back with
 * uncancel()), and all errors leave together as an ExceptionGroup.
 */
import type { AsyncContextManager } from './async-context.ts';
import type { Coro } from './coroutine.ts';
import { coroInfo } from './ensure-future.ts';
import {
  CancelledError,
  exceptionGroup,
  isExitError,
  isInstance,
  PyException,
  pyErr,
  RuntimeError,
} from './exceptions.ts';
import type { DoneCallback, Future } from './future.ts';
import type { EventLoop } from './loop.ts';
import type { Task, TaskOptions } from './task.ts';

export const TASK_GROUP_ERRORS_MESSAGE = 'unhandled errors in a TaskGroup';

/** Called when a child fails after its parent task has already finished (call_exception_handler). */
export type OrphanErrorHandler = (message: string, exc: PyException, task: Task<unknown>) => void;

export class TaskGroup implements AsyncContextManager {
  static readonly pyTypeName = 'TaskGroup';
  private entered = false;
  private exiting = false;
  private aborting = false;
  private parentTask: Task<unknown> | null = null;
  private parentCancelRequested = false;
  /** Unfinished children in creation order (CPython's set iterates by address: python-subset.md). */
  private readonly tasks = new Set<Task<unknown>>();
  private errors: PyException[] = [];
  private baseError: PyException | null = null;
  private onCompletedFut: Future<boolean> | null = null;

  constructor(
    readonly loop: EventLoop,
    private readonly onOrphanError: OrphanErrorHandler | null = null,
  ) {
    // How a child task's repr names this callback (a bound method: no source location).
    this.onTaskDone.pyText = 'TaskGroup._on_task_done()';
  }

  /** Python's repr, as it appears in the RuntimeError messages: `<TaskGroup tasks=2 entered>`. */
  repr(): string {
    const info = [''];
    if (this.tasks.size > 0) info.push(`tasks=${this.tasks.size}`);
    if (this.errors.length > 0) info.push(`errors=${this.errors.length}`);
    if (this.aborting) info.push('cancelling');
    else if (this.entered) info.push('entered');
    return `<TaskGroup${info.join(' ')}>`;
  }

  *aenter(): Coro<unknown> {
    if (this.entered) throw pyErr(RuntimeError, `TaskGroup ${this.repr()} has already been entered`);
    this.parentTask = this.loop.current;
    if (this.parentTask === null) throw pyErr(RuntimeError, `TaskGroup ${this.repr()} cannot determine the parent task`);
    this.entered = true;
    return this;
  }

  *aexit(exc: PyException | null): Coro<boolean> {
    this.exiting = true;
    const parent = this.parentTask!;
    // SystemExit and KeyboardInterrupt leave as they are, never grouped.
    if (exc !== null && isExitError(exc) && this.baseError === null) this.baseError = exc;

    // `et is CancelledError`: exactly that class.
    let propagateCancellation: PyException | null = exc !== null && exc.cls === CancelledError ? exc : null;
    if (this.parentCancelRequested) {
      // We cancelled the parent ourselves; take that back, and if it was the only request the
      // CancelledError from the body is ours and must not escape.
      if (parent.uncancel() === 0) propagateCancellation = null;
    }

    // The body raised (or the parent is being cancelled): stop the children.
    if (exc !== null && !this.aborting) this.abort();

    // Loop: the parent may be cancelled again (or repeatedly) while we wait for the children.
    while (this.tasks.size > 0) {
      if (this.onCompletedFut === null) {
        this.onCompletedFut = this.loop.createFuture<boolean>();
        this.onCompletedFut.waitTarget = {
          kind: 'taskgroup',
          label: `TaskGroup: ${this.tasks.size} task${this.tasks.size === 1 ? '' : 's'}`,
          tasks: [...this.tasks].map((t) => t.id),
        };
      }
      try {
        yield* this.onCompletedFut;
      } catch (e) {
        if (!isInstance(e, CancelledError)) throw e;
        if (!this.aborting) {
          // The parent task was cancelled from outside while its children still run.
          propagateCancellation = e;
          this.abort();
        }
      }
      this.onCompletedFut = null;
    }

    if (this.baseError !== null) throw this.baseError;
    // Errors from children take priority over a cancellation.
    if (propagateCancellation !== null && this.errors.length === 0) throw propagateCancellation;
    if (exc !== null && exc.cls !== CancelledError) this.errors.push(exc);
    if (this.errors.length > 0) {
      const group = exceptionGroup(TASK_GROUP_ERRORS_MESSAGE, this.errors);
      // `raise ... from None`.
      group.suppressContext = true;
      if (exc !== null) group.context = exc;
      this.errors = [];
      throw group;
    }
    return false;
  }

  /** `tg.create_task(coro, name=...)`: a child task tied to this group. */
  createTask<T>(coro: Coro<T>, opts: TaskOptions = {}): Task<T> {
    if (!this.entered) throw pyErr(RuntimeError, `TaskGroup ${this.repr()} has not been entered`);
    if (this.exiting && this.tasks.size === 0) throw pyErr(RuntimeError, `TaskGroup ${this.repr()} is finished`);
    if (this.aborting) throw pyErr(RuntimeError, `TaskGroup ${this.repr()} is shutting down`);
    const info = coroInfo(coro);
    const task = this.loop.createTask(coro, {
      ...(info.coroName !== undefined ? { coroName: info.coroName } : {}),
      ...(info.call !== undefined ? { call: info.call } : {}),
      ...opts,
    });
    task.addDoneCallback(this.onTaskDone as unknown as DoneCallback<T>);
    this.tasks.add(task as Task<unknown>);
    return task;
  }

  private abort(): void {
    this.aborting = true;
    this.loop.withCause('taskgroup', (tasks: Set<Task<unknown>>) => {
      for (const t of tasks) if (!t.done()) t.cancel();
    }, this.tasks);
  }

  private readonly onTaskDone: DoneCallback<unknown> = (fut: Future<unknown>): void => {
    const task = fut as Task<unknown>;
    this.tasks.delete(task);
    if (this.onCompletedFut !== null && this.tasks.size === 0 && !this.onCompletedFut.done()) {
      this.onCompletedFut.setResult(true);
    }
    if (task.cancelled()) return;
    const exc = task.exception();
    if (exc === null) return;
    this.errors.push(exc);
    if (isExitError(exc) && this.baseError === null) this.baseError = exc;
    const parent = this.parentTask!;
    if (parent.done()) {
      this.onOrphanError?.(`Task ${task.name} has errored out but its parent task ${parent.name} is already completed`, exc, task);
      return;
    }
    if (!this.aborting && !this.parentCancelRequested) {
      // Interrupt whatever the body is awaiting; __aexit__ will uncancel() the parent.
      this.abort();
      this.parentCancelRequested = true;
      this.loop.withCause('taskgroup', (p: Task<unknown>) => p.cancel(), parent);
    }
  };
}
