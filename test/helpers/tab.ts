import type { JWTPayload } from 'jose';
import { DEMO_TRAINEES } from '../../core/demo';
import type { OutboxEntry, Person } from '../../core/model';
import type { Overview, TraineeDetail } from '../../tab/shared/api';
import { message } from './activities';
import { startTestApp, type TestApp } from './app';
import { TestIssuer } from './tokens';

type Who = { aadObjectId: string };

/**
 * The tab's API as one signed-in person calls it, over real HTTP with a token the test issuer
 * signed: the first view, one LIS, and a change (`post`, answered with its status and JSON body).
 */
export function tabClient(app: () => TestApp, issuer: () => TestIssuer, claims: JWTPayload = {}) {
  const auth = async (who: Who) => ({
    authorization: `Bearer ${await issuer().token(who.aadObjectId, claims)}`,
  });
  return {
    overview: async (who: Who): Promise<Overview> =>
      (
        await fetch(`${app().baseUrl}/api/tab/overview`, { headers: await auth(who) })
      ).json() as Promise<Overview>,
    detail: async (who: Who, traineeId: string): Promise<TraineeDetail> =>
      (
        await fetch(`${app().baseUrl}/api/tab/trainees/${traineeId}`, { headers: await auth(who) })
      ).json() as Promise<TraineeDetail>,
    /** `path` below `/api/tab/`. */
    post: async (who: Who, path: string, body: unknown) => {
      const res = await fetch(`${app().baseUrl}/api/tab/${path}`, {
        method: 'POST',
        headers: { ...(await auth(who)), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    /** What a refused change must leave as it was: the LIS's profile (its ETag) and audit trail. */
    state: async (traineeId: string) => ({
      etag: (await app().store.trainees.getProfile(traineeId))?.etag,
      audit: (await app().store.trainees.auditTrail(traineeId)).length,
    }),
    /** Messages sent into the person's own chat with the bot. */
    sentTo: (who: Who) =>
      app()
        .connector.sent()
        .filter((m) => (m.conversation as { id: string }).id.includes(who.aadObjectId)),
  };
}

/**
 * As if the app stopped after writing a change, before the person's own index of roles: the next
 * write of `who`'s person document fails (the outbox is stopped first, so nothing runs after it).
 */
export function stopBeforeIndexOf(app: TestApp, who: Who): void {
  app.outbox.stop();
  const people = app.store.people;
  const { replacePerson, createPerson } = people;
  const once = <A extends Who, R>(write: (p: A) => Promise<R>) =>
    function (this: unknown, p: A): Promise<R> {
      if (p.aadObjectId !== who.aadObjectId) return write.call(people, p);
      people.replacePerson = replacePerson;
      people.createPerson = createPerson;
      return Promise.reject(new Error('the app stopped here'));
    };
  people.replacePerson = once(replacePerson);
  people.createPerson = once<Person, Awaited<ReturnType<typeof createPerson>>>(createPerson);
}

/** After the restart: what changes left in the outbox of the demo LIS (and of `others`) is delivered. */
export async function deliverWhatWasLeft(app: TestApp, others: readonly string[] = []): Promise<void> {
  for (const id of [...Object.values(DEMO_TRAINEES), ...others])
    for (const entry of await app.store.trainees.documents<OutboxEntry>(id, 'outbox'))
      for (let i = 0; i < entry.effects.length; i++) await app.deliverer.deliver(entry, i, true);
}

/** A person's own index of roles (`trainee name:role`), the active ones. */
export async function activeIndexOf(app: TestApp, who: Who): Promise<string[]> {
  return ((await app.store.people.get(who.aadObjectId))?.roles ?? [])
    .filter((r) => r.state === 'active')
    .map((r) => `${r.traineeName}:${r.role}`)
    .sort();
}

/** These people say hello to the bot first, so that it can reach them; then the connector is cleared. */
export async function greet(app: TestApp, people: readonly (Who & { name: string })[]): Promise<void> {
  for (const who of people) await app.post(message('hei', { from: who, serviceUrl: app.connector.url }));
  await app.outbox.idle();
  app.connector.clear();
}

/**
 * A suite's app with the tab's API, started afresh for each test (these people greeted first, so
 * the bot can reach them), its token issuer, and the client for both. `claims` go into every token
 * (`{ name: undefined }`: an access token need not carry a name).
 */
export function tabSuite(people: readonly (Who & { name: string })[], claims: JWTPayload = {}) {
  const current: { app?: TestApp; issuer?: TestIssuer } = {};
  const app = (): TestApp => {
    if (!current.app) throw new Error('the app runs only inside a test');
    return current.app;
  };
  const issuer = (): TestIssuer => {
    if (!current.issuer) throw new Error('the issuer runs only inside the suite');
    return current.issuer;
  };
  beforeAll(async () => {
    current.issuer = await new TestIssuer().start();
  });
  beforeEach(async () => {
    current.app = await startTestApp({ tab: issuer().tabOptions() });
    await greet(current.app, people);
  });
  afterEach(() => current.app?.stop());
  afterAll(() => current.issuer?.stop());
  return {
    get app() {
      return app();
    },
    get issuer() {
      return issuer();
    },
    ...tabClient(app, issuer, claims),
  };
}
