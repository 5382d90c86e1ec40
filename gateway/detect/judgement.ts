/**
 * The verdicts of one evaluation as they are reached: findings (alerts as they should be now),
 * outcomes (decided obligations), held alerts (undecided: keep as they are) and when to look
 * again. `decided` is the one rule of timing every check shares:
 *
 * A check due at gateway time X is decided once now >= X + allowedLateness and either the
 * device's data reaches X or the device has been quiet for allowedLateness (so a camera
 * uploading a backlog is not judged halfway through it). Until then an existing alert is held.
 */
import type { EvalInput, Evaluation, Finding, Outcome } from './obligations.js';

export class Judgement {
  readonly findings: Finding[] = [];
  readonly outcomes: Outcome[] = [];
  readonly held: string[] = [];
  private wakeAt = Number.POSITIVE_INFINITY;
  private waitingForData = false;

  constructor(private readonly input: Pick<EvalInput, 'now' | 'knownUntil' | 'lastReceivedMs'>) {}

  /** Is the check due at X decided? If not, note when to look again. */
  decided(X: number, lateness: number): boolean {
    const { now, knownUntil, lastReceivedMs } = this.input;
    if (now < X + lateness) {
      this.wakeAt = Math.min(this.wakeAt, X + lateness);
      return false;
    }
    if (knownUntil >= X || now >= lastReceivedMs + lateness) return true;
    this.wakeAt = Math.min(this.wakeAt, lastReceivedMs + lateness);
    this.waitingForData = true;
    return false;
  }

  /** Nothing to judge before t (an obligation that begins when an exclusion ends). */
  wakeBy(t: number): void {
    this.wakeAt = Math.min(this.wakeAt, t);
  }

  result(): Evaluation {
    return { findings: this.findings, outcomes: this.outcomes, held: this.held, wakeAt: this.wakeAt, waitingForData: this.waitingForData };
  }
}
