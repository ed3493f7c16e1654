/**
 * An exception group keeps its sub-exceptions as an array (TaskGroup's come from the engine).
 * CPython's repr shows the sequence the group was made from: the arrays made from a tuple (and
 * the group `except*` wraps a naked exception in) are remembered here, to print as tuples.
 */
export const tupleMembers = new WeakSet<readonly unknown[]>();
