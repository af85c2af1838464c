/**
 * Runs `task` once things have been quiet for `delayMs`, but never later than `maxWaitMs` after the first
 * request of a burst: a steady stream of edits postpones an autosave, it never cancels it.
 */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstRequestAt: number | null = null;

  constructor(
    private readonly task: () => void,
    private readonly delayMs: () => number,
    private readonly maxWaitMs: () => number,
  ) {}

  request(): void {
    const now = Date.now();
    this.firstRequestAt ??= now;
    const due = Math.min(now + this.delayMs(), this.firstRequestAt + this.maxWaitMs());
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), Math.max(0, due - now));
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  /** Runs a pending task now (before a save, a close, an export). */
  flush(): void {
    if (this.timer) this.fire();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.firstRequestAt = null;
  }

  private fire(): void {
    this.cancel();
    this.task();
  }
}
