/**
 * The fleet's one deadline timer (unit test on fake timers). A deadline is slept to exactly; an
 * input that brings one forward reschedules it (poke); while a tick is on its way (the deadline
 * still looks due until the tick is stored and applied) the timer is neither spun nor pushed back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Ticker } from '../../gateway/pipeline/ticker.js';

describe('Ticker', () => {
  beforeEach(() => void vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => void vi.useRealTimers());

  const start = (deadlines: number[]): { ticks: number[]; ticker: Ticker; deadlines: number[] } => {
    const ticks: number[] = [];
    const clock = { now: () => Date.now() };
    const next = (): number => (deadlines.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...deadlines));
    const ticker = new Ticker(clock, next, () => ticks.push(Date.now()));
    ticker.start();
    return { ticks, ticker, deadlines };
  };

  it.each([
    { name: 'a deadline 5 ms away fires at 5 ms (not after a 20 ms floor)', at: 5, fires: 5 },
    { name: 'one 300 ms away at 300 ms', at: 300, fires: 300 },
    { name: 'one 3 s away within the 1 s steps, on time', at: 3000, fires: 3000 },
  ])('$name', ({ at, fires }) => {
    const t0 = Date.now();
    const { ticks, ticker } = start([t0 + at]);
    vi.advanceTimersByTime(at - 1);
    expect(ticks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ticks).toEqual([t0 + fires]);
    ticker.stop();
  });

  it('reschedules when an applied input brings a deadline forward', () => {
    const t0 = Date.now();
    const { ticks, ticker, deadlines } = start([]);
    vi.advanceTimersByTime(100); // sleeping up to 1 s: nothing due
    deadlines.push(t0 + 150);
    ticker.poke();
    vi.advanceTimersByTime(50);
    expect(ticks).toEqual([t0 + 150]);
    ticker.stop();
  });

  it('waits 20 ms after a tick for it to be applied, and pokes meanwhile do not push it back', () => {
    const t0 = Date.now();
    const { ticks, ticker, deadlines } = start([t0 + 10]);
    vi.advanceTimersByTime(10);
    expect(ticks).toEqual([t0 + 10]);
    // The tick is not applied yet: the deadline still looks due. Commits poke every 5 ms.
    for (let i = 0; i < 3; i++) {
      vi.advanceTimersByTime(5);
      ticker.poke();
    }
    expect(ticks).toEqual([t0 + 10]);
    vi.advanceTimersByTime(5);
    expect(ticks).toEqual([t0 + 10, t0 + 30]); // looked again 20 ms after the tick, not later
    deadlines.length = 0; // applied
    vi.advanceTimersByTime(2000);
    expect(ticks).toHaveLength(2);
    ticker.stop();
  });
});
