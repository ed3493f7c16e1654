/**
 * One requestAnimationFrame loop for the chart: any number of "something changed" calls
 * between two frames collapse into a single draw.
 */
export class RafScheduler {
  private handle: number | null = null;

  constructor(private readonly draw: () => void) {}

  schedule(): void {
    if (this.handle !== null) return;
    this.handle = requestAnimationFrame(() => {
      this.handle = null;
      this.draw();
    });
  }

  /** Draw now (first paint, tests) and drop a pending frame. */
  flush(): void {
    this.cancel();
    this.draw();
  }

  cancel(): void {
    if (this.handle !== null) cancelAnimationFrame(this.handle);
    this.handle = null;
  }
}
