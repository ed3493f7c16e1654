// The shape of "who woke whom", shared by the view that derives it (wakes.ts) and the
// chart layer, table columns and loop panel that show it.
import type { TaskId } from '../format.ts';

/** One resume of a task and what caused it. Indices point into `trace.events`. */
export interface WakeEdge {
  /** The task that was woken. */
  readonly task: TaskId;
  /** Index of the `wake` event (when its wakeup was scheduled). */
  readonly wakeIndex: number;
  /** Index of the `step` event where the task resumed, or null if it never ran again. */
  readonly resumeIndex: number | null;
  /** The task whose action caused the wake, or null for a timer or the loop. */
  readonly by: TaskId | null;
  /** Index of the event that marks the cause on the chart (the waker's `done`, the step that set the event, ...), or null. */
  readonly causeIndex: number | null;
  /** Short words for a tooltip: "Task-3 finished", "event.set() in Task-1", "sleep 3 ended". */
  readonly cause: string;
}
