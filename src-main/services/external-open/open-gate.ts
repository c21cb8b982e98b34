/**
 * Who may open a link outside the app: only a person, just now. The renderer cannot be trusted to say so (every
 * article is untrusted, and a page's script can call the bridge), so the host observes the input itself and tells
 * the gate when a person last pressed a mouse button or a key. A request passes when such a gesture happened within
 * the last second and was not already used by an earlier request (one gesture, one link), when no other request is
 * waiting for the person's answer, and when fewer than a few requests passed in the last seconds (a burst is
 * refused). Pure: the clock is given.
 */
import { reason, type FailureReason } from '../import/reason';

export interface GateLimits {
  /** How recent the person's gesture must be. */
  gestureWindowMs: number;
  /** At most this many requests pass within `burstWindowMs`. */
  burstCount: number;
  burstWindowMs: number;
}

export const GATE_LIMITS: GateLimits = { gestureWindowMs: 1000, burstCount: 5, burstWindowMs: 10_000 };

export type GateVerdict = { ok: true } | ({ ok: false } & FailureReason);

export class OpenGate {
  private usedGestureAt = 0;
  private passed: number[] = [];
  private waiting = false;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limits: GateLimits = GATE_LIMITS,
  ) {}

  /** Whether a request may go on, given when the host last saw a person's gesture (0: never). */
  admit(lastGestureAt: number): GateVerdict {
    const now = this.now();
    const fresh = lastGestureAt > this.usedGestureAt && now - lastGestureAt <= this.limits.gestureWindowMs && lastGestureAt <= now;
    if (!fresh) return { ok: false, ...reason('linkNotClicked') };
    if (this.waiting) return { ok: false, ...reason('linkWaiting') };
    this.passed = this.passed.filter((at) => now - at < this.limits.burstWindowMs);
    if (this.passed.length >= this.limits.burstCount) {
      return { ok: false, ...reason('linkBurst') };
    }
    this.usedGestureAt = lastGestureAt;
    this.passed.push(now);
    return { ok: true };
  }

  /** Marks the time the person is being asked: no other request passes until `answered()`. */
  asking(): void {
    this.waiting = true;
  }

  answered(): void {
    this.waiting = false;
  }
}
