import { runBench, table } from '../../bench/run';
import { passed, runChaos } from '../../tools/chaos';

/** The benchmark keeps working: a tiny run over real HTTP. Times are printed by `npm run bench`, never asserted. */
describe('npm run bench and npm run chaos, tiny', () => {
  it('drives every operation without errors, and counts store requests within the design', async () => {
    const r = await runBench({ sizes: [6], ops: 4, concurrency: [1, 2], quiet: true });
    const [size] = r.sizes;
    expect(size?.lis).toBe(6);
    expect(size?.ops.map((o) => `${o.op}@${o.concurrency}`)).toEqual([
      'echo@1',
      'whatsLeft@1',
      'inbox@1',
      'approve@1',
      'sign@1',
      'request@1',
      'echo@2',
      'whatsLeft@2',
      'inbox@2',
      'approve@2',
      'sign@2',
      'request@2',
    ]);
    for (const o of size?.ops ?? []) {
      expect(o).toMatchObject({ count: 4, errors: 0 });
      expect(o.p95).toBeGreaterThan(0);
    }
    const perOp = (op: string) =>
      Math.max(...(size?.ops ?? []).filter((o) => o.op === op).map((o) => o.storeRequestsPerOp));
    expect(perOp('echo')).toBe(0);
    // Request units are estimated from what each request moved: none for the echo, some for a decision.
    const ru = (op: string) =>
      Math.max(...(size?.ops ?? []).filter((o) => o.op === op).map((o) => o.ruPerOp));
    expect(ru('echo')).toBe(0);
    expect(ru('approve')).toBeGreaterThan(10);
    expect(perOp('whatsLeft')).toBeLessThanOrEqual(2);
    // A leader here leads five LIS: the person document, then one read per LIS.
    expect(perOp('inbox')).toBeLessThanOrEqual(2 + 5);
    // A decision: two point reads (the LIS's document and the item's own), one batch (change,
    // audit event, one outbox entry), then, as the writer delivers it with the item it committed,
    // the card references and the entry's removal.
    expect(perOp('approve')).toBeLessThanOrEqual(5);
    // A sign also reads the goal its activity names, to add the activity to that goal's basis.
    expect(perOp('sign')).toBeLessThanOrEqual(6);
    // Asking for approval: the same reads and batch; then the item's card references read once, the
    // cards to the leader and the advisor with progress kept after the first, and the removal, which
    // adds all three cards (those two and the LIS's own) to the references in the same batch.
    expect(perOp('request')).toBeLessThanOrEqual(6);
    expect(size?.peakRssMb).toBeGreaterThan(0);
    // The five-year LIS3 works, and no document of hers grows with her history.
    const old = size?.fiveYearLis3;
    expect(old?.ops.map((o) => [o.op, o.errors])).toEqual([
      ['whatsLeft', 0],
      ['approve', 0],
      ['sign', 0],
    ]);
    expect(old?.documents).toBeGreaterThan(old?.activities ?? 0);
    expect(old?.largestDocument.kb).toBeLessThan(200);
    expect(Math.max(...(old?.ops ?? []).map((o) => o.storeRequestsPerOp))).toBeLessThanOrEqual(13);
    // A leader of 30 LIS: their inbox reads each of them once (and their person document), and its
    // pages stay within what Teams accepts (an error otherwise).
    const lead = size?.leaderOf30;
    expect(lead?.lis).toBe(30);
    expect(lead?.ops.map((o) => [o.op, o.errors])).toEqual([['inbox', 0]]);
    expect(lead?.ops[0]?.storeRequestsPerOp).toBeLessThanOrEqual(2 + 30);
    expect(lead?.ops[0]?.ruPerOp).toBeGreaterThan(30);
    expect(table(r)).toMatch(/whatsLeft/);
    expect(table(r)).toMatch(/A leader of 30 LIS/);
  }, 120_000);

  // After the bench (it compiled the app): the crash suite keeps working, in a tiny configuration.
  it('npm run chaos, tiny: a SIGKILL in the middle of a load loses nothing', async () => {
    const r = await runChaos({ kills: 1, concurrency: 2, lis: 2, quiet: true, build: false });
    expect(r.kills).toBe(1);
    expect(r.stored).toBe(r.requests);
    expect(r.noticesExpected).toBe(r.requests);
    expect(passed(r, 1)).toBe(true);
  }, 180_000);
});
