/**
 * Files the system asked the app to open (argv at launch on Windows and Linux, `open-file` on macOS even before
 * `ready`, a second instance's argv), queued in main until the renderer takes them. A pull, not a push: the
 * renderer asks once it is ready and again whenever it is told more arrived, so a file opened while the window was
 * still loading (or before React subscribed) is never lost.
 */
export class OpenedFiles {
  private readonly pending: string[] = [];
  private readonly listeners = new Set<() => void>();

  add(paths: readonly string[]): void {
    const fresh = paths.filter((p) => !this.pending.includes(p));
    if (fresh.length === 0) return;
    this.pending.push(...fresh);
    for (const listener of this.listeners) listener();
  }

  /** Everything waiting, in the order it arrived; the queue is then empty. */
  take(): string[] {
    return this.pending.splice(0);
  }

  /** Called after each `add` that queued something; returns the function that stops listening. */
  onAdded(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
