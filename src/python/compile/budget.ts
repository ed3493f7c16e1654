/**
 * The run budget as the compiled code sees it: loops tick it on every iteration, so an endless
 * `while True: pass` inside one task step still stops (the loop's own tick only runs between steps).
 */
export const budget = {
  tick: (): void => {},
};
