/** Lets async code wait until a condition holds, re-checking it each time something changed (or a timeout). */
export class ChangeSignal {
  private readonly waiters = new Set<() => void>();

  /** Wakes everyone waiting, so that they check their condition again. */
  notify(): void {
    const woken = [...this.waiters];
    this.waiters.clear();
    for (const wake of woken) wake();
  }

  /** Resolves once `holds()` is true, or when `timeoutMs` has passed (if given), whichever comes first. */
  async until(holds: () => boolean, timeoutMs?: number): Promise<void> {
    const deadline = timeoutMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + timeoutMs;
    while (!holds()) {
      const left = deadline - Date.now();
      if (left <= 0) return;
      await this.changed(Number.isFinite(left) ? left : undefined);
    }
  }

  private changed(timeoutMs: number | undefined): Promise<void> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const wake = () => {
        if (timer) clearTimeout(timer);
        resolve();
      };
      this.waiters.add(wake);
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          this.waiters.delete(wake);
          resolve();
        }, timeoutMs);
      }
    });
  }
}
