import fc from 'fast-check';
import { Pacer, THREAD_LIMITS } from '../../bot/pace';
import { DEMO_PEOPLE } from '../../core/demo';
import { message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

describe('pacing the requests to one Teams conversation', () => {
  it('keeps every conversation within each of Teams’ windows, whatever the arrivals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ after: fc.nat(1_500), key: fc.constantFrom('a', 'b', 'c') }), {
          maxLength: 200,
        }),
        (arrivals) => {
          let clock = 0;
          const pacer = new Pacer(THREAD_LIMITS, () => clock);
          const sent = new Map<string, number[]>();
          for (const { after, key } of arrivals) {
            clock += after;
            sent.set(key, [...(sent.get(key) ?? []), clock + pacer.reserve(key)]);
          }
          for (const times of sent.values())
            for (const { ms, max } of THREAD_LIMITS)
              for (const start of times)
                expect(times.filter((t) => t >= start && t < start + ms).length).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lets a burst within the limits go at once, and other conversations are not held up by it', () => {
    const pacer = new Pacer(THREAD_LIMITS, () => 0);
    expect(Array.from({ length: 7 }, () => pacer.reserve('a'))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(pacer.reserve('a')).toBeGreaterThanOrEqual(1_000);
    expect(pacer.reserve('b')).toBe(0);
  });

  describe('over real HTTP, against a connector that refuses what Teams refuses', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
      await app.post(message('hei', { from: DEMO_PEOPLE.megan, serviceUrl: app.connector.url }));
      await app.outbox.idle();
      app.connector.threadLimit = true;
    });
    afterAll(() => app.stop());

    it('twelve messages at once to one chat all arrive, none refused with 429', async () => {
      const to = (await app.store.people.get(DEMO_PEOPLE.megan.aadObjectId))?.conversation;
      expect(to).toBeDefined();
      if (!to) return;
      app.connector.clear();
      const started = Date.now();
      const sent = await Promise.all(
        Array.from({ length: 12 }, (_, i) => app.notifier.send(to, `melding ${i}`)),
      );
      expect(sent.every((d) => d.ok)).toBe(true);
      expect(app.connector.throttled).toBe(0);
      expect(app.connector.sent()).toHaveLength(12);
      // The ninth could not go before two seconds had passed.
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    });
  });
});
