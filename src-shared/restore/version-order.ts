/** Ordering dotted version numbers (`120.0.6099.71`, `41.7.1`): part by part, as numbers. */

function parts(version: string): number[] | null {
  const match = /^\d+(\.\d+)*/.exec(version.trim());
  return match ? match[0].split('.').map(Number) : null;
}

/** Negative when a is older than b, positive when newer, 0 when equal or when either is not a version. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  if (!pa || !pb) return 0;
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** True only when both are versions and `running` is older than `recorded`. */
export function isOlderVersion(running: string, recorded: string): boolean {
  return compareVersions(running, recorded) < 0;
}
