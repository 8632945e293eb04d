/**
 * Runs deferred work one task at a time, each started in its own turn of the event loop
 * (`setImmediate`), so whatever I/O is waiting between two tasks (requests, appends) is handled in
 * between. The search cache renews its answers through it: a burst of answers going stale together
 * becomes a row of short pauses instead of one long one.
 */
export class RefreshQueue {
  private readonly tasks: (() => Promise<unknown>)[] = [];
  private scheduled = false;

  get pending(): number {
    return this.tasks.length;
  }

  /** Queues `task`; a failure is the task's own business (it is not reported here). */
  push(task: () => Promise<unknown>): void {
    this.tasks.push(task);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.tasks.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      const task = this.tasks.shift()!;
      const settled = () => {
        this.scheduled = false;
        this.schedule();
      };
      Promise.resolve().then(task).then(settled, settled);
    });
  }
}
