/** The command book on a real store with a manual clock: serial resends back off; expiry. */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { ManualClock } from '../../gateway/clock.js';
import { CommandBook } from '../../gateway/control/command-book.js';
import { silentLogger } from '../../gateway/log.js';
import { CommandStore } from '../../gateway/store/commands.js';
import { openDb } from '../../gateway/store/db.js';
import { tempDir } from '../helpers/gateway.js';

const dir = tempDir('bwc-book-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CommandBook', () => {
  it('sends an unanswered serial command again after 5 s, then at doubling intervals, until it expires', async () => {
    const db = openDb(dir, 'normal');
    const clock = new ManualClock(1_000_000);
    const book = new CommandBook(new CommandStore(db), clock, silentLogger);
    book.connect({ publish: () => Promise.resolve(), sendSerial: (c) => (book.delivered(c.commandId), true) });
    const record = await book.issue('cam-1', { case: 'ping', value: {} }, 'test', 60_000);
    expect(book.store.get(record.command.commandId)?.state).toBe('DELIVERED');
    const resentAt: number[] = [];
    for (let t = 0; t <= 59_000; t += 500) {
      clock.set(1_000_000 + t);
      for (const c of book.dueOnSerial('cam-1')) {
        resentAt.push(t);
        book.delivered(c.commandId); // written to the port again
      }
    }
    expect(resentAt).toEqual([5_000, 10_000, 20_000, 40_000]);
    clock.set(1_060_000);
    book.sweep();
    expect(book.store.get(record.command.commandId)).toMatchObject({ state: 'EXPIRED', reason: 'not acknowledged before it expired' });
    expect(book.dueOnSerial('cam-1')).toEqual([]);
    db.close();
  });
});
