import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import type { Verb } from '../../core/verbs';
import { cardTexts, invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

/**
 * Every door of the bot, over real HTTP: each card verb as a person with no role, a person with
 * the wrong role, the rightful person from another tenant (single-tenant configuration), and the
 * rightful person. Only the last may change anything; the first learns nothing, not even the name.
 */
const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah, patti, lynne } = DEMO_PEOPLE;
const stranger = { aadObjectId: 'aad-stranger', name: 'Mallory Malicious' };
type Who = { aadObjectId: string; name: string };
type InvokeBody = { statusCode: number; type: string; value: unknown };

interface Door {
  verb: Verb;
  /** The card data, from the demo state (and what the setup made). */
  data(s: Fixture): Record<string, unknown>;
  rightful: Who;
  /** Someone with a role for Alex that does not allow this (none: every role may, e.g. a view). */
  wrong?: Who;
  /** What the rightful click must change (a write), or show (a read). */
  expect(app: TestApp, s: Fixture, texts: string[]): Promise<void>;
  /** Verbs that act on the caller's own things: a stranger is told, in general words, that they cannot. */
  strangerText?: RegExp;
}

interface Fixture {
  pendingGoal: { id: string; rev: number };
  /** An activity Isaiah signed (he may undo it). */
  signedActivity: { id: string; rev: number };
  /** A goal approved in the municipality, where Alex is now (the leader may undo it). */
  approvedGoal: { id: string; rev: number };
  unrecommendedGoal: { id: string; rev: number };
  inProgressGoal: { id: string; rev: number };
  notStartedGoal: string;
  activity: { id: string; rev: number };
  invitationId: string;
  delegationId: string;
  returnedActivity: { id: string; rev: number };
  /** An activity Alex recorded without asking anyone (a course). */
  registeredActivity: { id: string; rev: number };
  /** An activity Isaiah recorded and signed for Alex, waiting for Alex to confirm it. */
  supervisorRecord: { id: string; rev: number };
  /** The start of Alex's first earlier service period, and the first day of an absence entered. */
  earlierStart: string;
  absenceFrom: string;
}

async function fixture(app: TestApp): Promise<Fixture> {
  const snap = (await app.store.trainees.snapshot(T))!;
  const pending = snap.goals.filter((g) => g.status === 'pending_approval');
  const pendingGoal = pending.find((g) => g.recommendedBy)!;
  const unrecommendedGoal = pending.find((g) => !g.recommendedBy)!;
  const inProgressGoal = snap.goals.find((g) => g.status === 'in_progress')!;
  const approvedGoal = snap.goals.find(
    (g) => g.status === 'approved' && app.deps.catalogs.goal(g.catalogId, g.goalId)?.arena === 'municipality',
  )!;
  const touched = new Set(snap.goals.map((g) => g.goalId));
  const municipal = app.deps.catalogs
    .get('lis1-clinical-2020')!
    .goals.find((g) => g.arena === 'municipality' && !touched.has(g.id))!;
  const activity = (await app.store.trainees.getActivity(T, 'activity:demo-4'))!;
  // An open invitation for Lynne (to be Alex's supervisor), for accept and decline.
  await app.post(
    invoke(
      'role.invite',
      { traineeId: T, supervisors: lynne.aadObjectId },
      { from: alex, serviceUrl: app.connector.url },
    ),
  );
  await app.outbox.idle();
  const invitationId = (await app.store.trainees.getProfile(T))!.roles.find(
    (r) => r.aadObjectId === lynne.aadObjectId && r.state === 'invited',
  )!.invitationId!;
  // A running delegation (Megan to Patti), for ending it.
  await app.post(
    invoke(
      'delegation.grant',
      { delegate: patti.aadObjectId, trainee: T, from: '2026-11-20', to: '2026-12-10' },
      { from: megan, serviceUrl: app.connector.url },
    ),
  );
  await app.outbox.idle();
  const delegationId = (await app.store.trainees.getProfile(T))!.delegations.find(
    (d) => d.delegate === patti.aadObjectId,
  )!.id;
  const ref = (g: { id: string; rev: number }) => ({ id: g.id, rev: g.rev });
  // An activity Patti returned to Alex, for resending and withdrawing.
  const five = (await app.store.trainees.getActivity(T, 'activity:demo-5'))!;
  await app.post(
    invoke(
      'activity.return',
      { traineeId: T, id: five.id, rev: five.rev, comment: 'Mer detaljer.' },
      { from: patti, serviceUrl: app.connector.url },
    ),
  );
  await app.outbox.idle();
  const returnedActivity = ref((await app.store.trainees.getActivity(T, 'activity:demo-5'))!);
  await app.post(
    message('signer Alex: Sutur på legevakt, DEL1-077', { from: isaiah, serviceUrl: app.connector.url }),
  );
  await app.outbox.idle();
  const supervisorRecord = ref((await app.store.trainees.activities(T)).find((a) => a.byLis === 'pending')!);
  await app.post(
    invoke(
      'activity.record',
      {
        traineeId: T,
        activityKind: 'course',
        date: '2026-11-20',
        description: 'Kurs i palliasjon',
        goals: 'lis1-clinical-2020|DEL1-082',
        supervisor: 'none',
      },
      { from: alex, serviceUrl: app.connector.url },
    ),
  );
  const registeredActivity = ref(
    (await app.store.trainees.activities(T)).find((a) => a.description === 'Kurs i palliasjon')!,
  );
  return {
    registeredActivity,
    supervisorRecord,
    returnedActivity,
    delegationId,
    pendingGoal: ref(pendingGoal),
    approvedGoal: ref(approvedGoal),
    signedActivity: ref((await app.store.trainees.getActivity(T, 'activity:demo-2'))!),
    unrecommendedGoal: ref(unrecommendedGoal),
    inProgressGoal: ref(inProgressGoal),
    notStartedGoal: `goal:lis1-clinical-2020:${municipal.id}`,
    earlierStart: snap.profile.earlier?.[0]?.start ?? '',
    absenceFrom: snap.profile.absence[0]?.from ?? '',
    activity: ref(activity),
    invitationId,
  };
}

const goal = (app: TestApp, id: string) => app.store.trainees.getGoal(T, id);
const activity = (app: TestApp, id: string) => app.store.trainees.getActivity(T, id);

const DOORS: Door[] = [
  {
    verb: 'activity.sign',
    data: (s) => ({ traineeId: T, ...s.activity }),
    rightful: isaiah,
    wrong: megan,
    expect: async (app, s) => expect((await activity(app, s.activity.id))?.status).toBe('signed'),
  },
  {
    verb: 'activity.return',
    data: (s) => ({ traineeId: T, ...s.activity, comment: 'Mer detaljer, takk.' }),
    rightful: isaiah,
    wrong: adele,
    expect: async (app, s) => expect((await activity(app, s.activity.id))?.status).toBe('returned'),
  },
  {
    verb: 'activity.refresh',
    data: (s) => ({ traineeId: T, ...s.activity }),
    rightful: patti,
    expect: async (_app, _s, texts) => expect(texts).toContain('Suturering av kuttskade på legevakt'),
  },
  {
    verb: 'activity.recall',
    data: (s) => ({ traineeId: T, ...s.activity }),
    rightful: alex,
    wrong: isaiah,
    expect: async (app, s) => expect((await activity(app, s.activity.id))?.status).toBe('registered'),
  },
  {
    verb: 'progress.show',
    data: () => ({ traineeId: T }),
    rightful: isaiah,
    expect: async (_app, _s, texts) => expect(texts).toContain('Status for Alex Wilber'),
  },
  {
    verb: 'activity.askMet',
    data: (s) => ({ traineeId: T, ...s.registeredActivity }),
    rightful: alex,
    wrong: megan,
    expect: async (app, s) =>
      expect((await activity(app, s.registeredActivity.id))?.status).toBe('pending_met'),
  },
  {
    verb: 'activity.markMet',
    data: (s) => ({ traineeId: T, ...s.activity }),
    rightful: megan,
    wrong: isaiah,
    expect: async (app, s) => expect((await activity(app, s.activity.id))?.status).toBe('met_by_leader'),
  },
  {
    verb: 'activity.comment',
    data: (s) => ({ traineeId: T, ...s.activity, comment: 'Godt beskrevet; ta med hva du lærte.' }),
    rightful: adele,
    wrong: megan,
    expect: async (app, s) =>
      expect((await activity(app, s.activity.id))?.advisorComment?.comment).toBe(
        'Godt beskrevet; ta med hva du lærte.',
      ),
  },
  {
    verb: 'activity.reassign',
    data: (s) => ({ traineeId: T, ...s.activity, to: patti.aadObjectId }),
    rightful: alex,
    wrong: megan,
    expect: async (app, s) =>
      expect((await activity(app, s.activity.id))?.supervisor?.aadObjectId).toBe(patti.aadObjectId),
  },
  {
    verb: 'activity.remind',
    data: (s) => ({ traineeId: T, ...s.activity }),
    rightful: alex,
    wrong: isaiah,
    expect: async (app, s) => expect((await activity(app, s.activity.id))?.remindedAt).toBeDefined(),
  },
  {
    verb: 'activity.resend',
    data: (s) => ({ traineeId: T, ...s.returnedActivity, to: isaiah.aadObjectId }),
    rightful: alex,
    wrong: patti,
    expect: async (app, s) =>
      expect(await activity(app, s.returnedActivity.id)).toMatchObject({
        status: 'pending_signature',
        supervisor: { aadObjectId: isaiah.aadObjectId },
      }),
  },
  {
    verb: 'activity.withdraw',
    data: (s) => ({ traineeId: T, ...s.returnedActivity }),
    rightful: alex,
    wrong: megan,
    expect: async (app, s) => expect((await activity(app, s.returnedActivity.id))?.status).toBe('withdrawn'),
  },
  {
    verb: 'activity.confirmRecord',
    data: (s) => ({ traineeId: T, ...s.supervisorRecord }),
    rightful: alex,
    wrong: isaiah,
    expect: async (app, s) => expect((await activity(app, s.supervisorRecord.id))?.byLis).toBe('confirmed'),
  },
  {
    verb: 'activity.confirmAll',
    data: (s) => ({ items: [{ traineeId: T, ...s.supervisorRecord }] }),
    rightful: alex,
    wrong: isaiah,
    // Confirm-all answers with the caller's own inbox, whoever asks; only the LIS's confirmation changes anything.
    strangerText: /Bekreftet 0 av 1/,
    expect: async (app, s) => expect((await activity(app, s.supervisorRecord.id))?.byLis).toBe('confirmed'),
  },
  {
    verb: 'activity.dispute',
    data: (s) => ({ traineeId: T, ...s.supervisorRecord }),
    rightful: alex,
    wrong: megan,
    expect: async (app, s) => expect((await activity(app, s.supervisorRecord.id))?.status).toBe('withdrawn'),
  },
  {
    verb: 'activity.record',
    data: (s) => ({
      traineeId: T,
      activityKind: 'course',
      date: '2026-11-20',
      description: 'Kurs i akuttmedisin',
      goals: s.notStartedGoal.replace(/^goal:([^:]+):/, '$1|'),
      supervisor: isaiah.aadObjectId,
    }),
    rightful: alex,
    wrong: megan,
    expect: async (app) =>
      expect(
        (await app.store.trainees.activities(T)).some((a) => a.description === 'Kurs i akuttmedisin'),
      ).toBe(true),
  },
  {
    verb: 'activity.supervisorRecord',
    data: (s) => ({
      traineeId: T,
      activityKind: 'supervised_procedure',
      date: '2026-11-20',
      description: 'Sutur under supervisjon',
      goals: s.notStartedGoal.replace(/^goal:([^:]+):/, '$1|'),
    }),
    rightful: isaiah,
    wrong: megan,
    expect: async (app) =>
      expect(
        (await app.store.trainees.activities(T)).find((a) => a.description === 'Sutur under supervisjon')
          ?.status,
      ).toBe('signed'),
  },
  {
    verb: 'goal.request',
    data: (s) => ({ traineeId: T, ...s.inProgressGoal }),
    rightful: alex,
    wrong: megan,
    expect: async (app, s) => expect((await goal(app, s.inProgressGoal.id))?.status).toBe('pending_approval'),
  },
  {
    verb: 'goal.requestAll',
    data: (s) => ({ traineeId: T, items: [s.inProgressGoal] }),
    rightful: alex,
    wrong: megan,
    expect: async (app, s) => expect((await goal(app, s.inProgressGoal.id))?.status).toBe('pending_approval'),
  },
  {
    verb: 'goal.approve',
    data: (s) => ({ traineeId: T, ...s.pendingGoal }),
    rightful: megan,
    wrong: isaiah,
    expect: async (app, s) => expect((await goal(app, s.pendingGoal.id))?.status).toBe('approved'),
  },
  {
    verb: 'goal.return',
    data: (s) => ({ traineeId: T, ...s.pendingGoal, comment: 'Trenger mer erfaring.' }),
    rightful: megan,
    wrong: adele,
    expect: async (app, s) => expect((await goal(app, s.pendingGoal.id))?.returned).toBeDefined(),
  },
  {
    verb: 'goal.undo',
    data: (s) => ({ traineeId: T, ...s.approvedGoal, comment: 'Godkjent ved en feil.' }),
    rightful: megan,
    wrong: adele,
    expect: async (app, s) =>
      expect((await goal(app, s.approvedGoal.id))?.returned).toMatchObject({ undid: true }),
  },
  {
    verb: 'activity.undo',
    data: (s) => ({ traineeId: T, ...s.signedActivity, comment: 'Signert ved en feil.' }),
    rightful: isaiah,
    wrong: patti,
    expect: async (app, s) =>
      expect((await activity(app, s.signedActivity.id))?.decision).toMatchObject({ undid: true }),
  },
  {
    verb: 'goal.recommend',
    data: (s) => ({ traineeId: T, ...s.unrecommendedGoal, comment: 'Anbefales.' }),
    rightful: adele,
    wrong: isaiah,
    expect: async (app, s) =>
      expect((await goal(app, s.unrecommendedGoal.id))?.advisorRecommendation).toBeDefined(),
  },
  {
    verb: 'goal.adviseAgainst',
    data: (s) => ({ traineeId: T, ...s.unrecommendedGoal, comment: 'Ikke ennå.' }),
    rightful: adele,
    wrong: isaiah,
    expect: async (app, s) =>
      expect((await goal(app, s.unrecommendedGoal.id))?.advisorRecommendation).toMatchObject({
        against: true,
      }),
  },
  {
    verb: 'goal.refresh',
    data: (s) => ({ traineeId: T, ...s.pendingGoal }),
    rightful: megan,
    expect: async (_app, _s, texts) => expect(texts).toContain('Alex Wilber ber om godkjenning'),
  },
  {
    verb: 'goal.recall',
    data: (s) => ({ traineeId: T, ...s.pendingGoal }),
    rightful: alex,
    wrong: megan,
    expect: async (app, s) => expect((await goal(app, s.pendingGoal.id))?.status).toBe('in_progress'),
  },
  {
    verb: 'goal.remind',
    data: (s) => ({ traineeId: T, ...s.pendingGoal }),
    rightful: alex,
    wrong: adele,
    expect: async (app, s) => expect((await goal(app, s.pendingGoal.id))?.remindedAt).toBeDefined(),
  },
  {
    verb: 'goal.history',
    data: (s) => ({ traineeId: T, ...s.pendingGoal }),
    rightful: megan,
    wrong: isaiah,
    expect: async (_app, _s, texts) => expect(texts.some((x) => x.startsWith('Historikk for'))).toBe(true),
  },
  {
    verb: 'goal.approveAll',
    data: (s) => ({ items: [{ traineeId: T, ...s.pendingGoal }] }),
    rightful: megan,
    wrong: isaiah,
    // Approve-all answers with the caller's own inbox, whoever asks; only a leader's approval changes anything.
    strangerText: /Godkjent 0 av 1/,
    expect: async (app, s) => expect((await goal(app, s.pendingGoal.id))?.status).toBe('approved'),
  },
  {
    verb: 'goal.recordPrior',
    data: (s) => ({
      traineeId: T,
      id: s.notStartedGoal,
      rev: 0,
      arena: 'municipality',
      place: 'Arendal kommune',
      approver: 'Kommuneoverlege',
      date: '2026-01-15',
    }),
    rightful: megan,
    wrong: adele,
    expect: async (app, s) =>
      expect((await goal(app, s.notStartedGoal))?.approval?.recordedFrom).toBeDefined(),
  },
  {
    verb: 'service.addPeriod',
    data: () => ({
      traineeId: T,
      place: 'hospital',
      workplace: 'Sykehuset Østfold',
      start: '2024-01-01',
      end: '2024-03-31',
      percent: '100',
    }),
    rightful: megan,
    wrong: adele,
    expect: async (app) =>
      expect((await app.store.trainees.getProfile(T))?.earlier?.some((p) => p.start === '2024-01-01')).toBe(
        true,
      ),
  },
  {
    verb: 'service.removePeriod',
    data: (s) => ({ traineeId: T, start: s.earlierStart }),
    rightful: megan,
    wrong: isaiah,
    expect: async (app) => expect((await app.store.trainees.getProfile(T))?.earlier).toHaveLength(1),
  },
  {
    verb: 'absence.remove',
    data: (s) => ({ traineeId: T, from: s.absenceFrom }),
    rightful: megan,
    wrong: adele,
    expect: async (app) => expect((await app.store.trainees.getProfile(T))?.absence).toHaveLength(1),
  },
  {
    verb: 'goal.comment',
    data: (s) => ({ traineeId: T, ...s.inProgressGoal, comment: 'Se på dette i neste samtale.' }),
    rightful: adele,
    wrong: isaiah,
    expect: async (app, s) =>
      expect((await goal(app, s.inProgressGoal.id))?.advisorComments?.[0]?.comment).toBe(
        'Se på dette i neste samtale.',
      ),
  },
  {
    verb: 'goal.claimPrior',
    data: (s) => ({
      traineeId: T,
      id: s.notStartedGoal,
      rev: 0,
      arena: 'municipality',
      place: 'Arendal kommune',
      approver: 'Kommuneoverlege',
      date: '2026-01-15',
    }),
    rightful: alex,
    wrong: isaiah,
    expect: async (app, s) =>
      expect((await goal(app, s.notStartedGoal))?.priorClaim?.place).toBe('Arendal kommune'),
  },
  {
    verb: 'role.invite',
    data: () => ({ traineeId: T, advisor: 'aad-new-advisor', replace: 'true' }),
    rightful: alex,
    wrong: megan,
    expect: async (app) =>
      expect(
        (await app.store.trainees.getProfile(T))!.roles.some((r) => r.aadObjectId === 'aad-new-advisor'),
      ).toBe(true),
  },
  {
    verb: 'role.remove',
    data: () => ({ traineeId: T, id: patti.aadObjectId, role: 'supervisor' }),
    rightful: alex,
    wrong: megan,
    expect: async (app) =>
      expect(
        (await app.store.trainees.getProfile(T))!.roles.find((r) => r.aadObjectId === patti.aadObjectId)
          ?.state,
      ).toBe('ended'),
  },
  {
    verb: 'role.accept',
    data: (s) => ({ traineeId: T, id: s.invitationId, rev: 0 }),
    rightful: lynne,
    wrong: alex,
    expect: async (app) =>
      expect(
        (await app.store.trainees.getProfile(T))!.roles.find((r) => r.aadObjectId === lynne.aadObjectId)
          ?.state,
      ).toBe('active'),
  },
  {
    verb: 'role.decline',
    data: (s) => ({ traineeId: T, id: s.invitationId, rev: 0 }),
    rightful: lynne,
    wrong: megan,
    expect: async (app) =>
      expect(
        (await app.store.trainees.getProfile(T))!.roles.find((r) => r.aadObjectId === lynne.aadObjectId)
          ?.state,
      ).toBe('declined'),
  },
  {
    verb: 'delegation.grant',
    data: () => ({ delegate: adele.aadObjectId, trainee: T, from: '2026-11-26', to: '2026-12-10' }),
    rightful: megan,
    wrong: isaiah,
    strangerText: /Du er ikke leder for noen LIS/,
    expect: async (app) =>
      expect((await app.store.trainees.getProfile(T))!.delegations.map((d) => d.delegate)).toContain(
        adele.aadObjectId,
      ),
  },
  {
    verb: 'delegation.end',
    data: (s) => ({ traineeId: T, id: s.delegationId }),
    rightful: megan,
    wrong: adele,
    expect: async (app, s) =>
      expect(
        (await app.store.trainees.getProfile(T))!.delegations.find((d) => d.id === s.delegationId),
      ).toMatchObject({
        revoked: true,
      }),
  },
  {
    verb: 'milestone.done',
    data: () => ({ traineeId: T, kind: 'halfway' }),
    rightful: adele,
    wrong: isaiah,
    expect: async (app) =>
      expect(
        (await app.store.trainees.getProfile(T))!.milestones.find((m) => m.kind === 'halfway')?.done,
      ).toBe(true),
  },
  {
    verb: 'absence.record',
    data: () => ({ traineeId: T, from: '2026-12-01', to: '2026-12-02', kind: 'sick' }),
    rightful: megan,
    wrong: adele,
    expect: async (app) =>
      expect((await app.store.trainees.getProfile(T))!.absence.some((a) => a.from === '2026-12-01')).toBe(
        true,
      ),
  },
  {
    verb: 'session.schedule',
    data: () => ({ traineeId: T, date: '2026-12-10', form: 'individual', hours: 1, topics: 'Plan' }),
    rightful: adele,
    wrong: megan,
    expect: async (app) =>
      expect(
        (await app.store.trainees.documents<{ date: string }>(T, 'session')).some(
          (d) => d.date === '2026-12-10',
        ),
      ).toBe(true),
  },
  {
    verb: 'session.prepare',
    data: () => ({ traineeId: T, id: `session:demo-${T}-2`, rev: 1, comment: 'Forberedelse.' }),
    rightful: alex,
    wrong: adele,
    expect: async (app) =>
      expect((await app.store.trainees.getSession(T, `session:demo-${T}-2`))?.preparation?.text).toBe(
        'Forberedelse.',
      ),
  },
  {
    verb: 'session.move',
    data: () => ({ traineeId: T, id: `session:demo-${T}-2`, rev: 1, date: '2026-12-08' }),
    rightful: alex,
    wrong: megan,
    expect: async (app) =>
      expect((await app.store.trainees.getSession(T, `session:demo-${T}-2`))?.date).toBe('2026-12-08'),
  },
  {
    verb: 'session.cancel',
    data: () => ({ traineeId: T, id: `session:demo-${T}-2`, rev: 1 }),
    rightful: adele,
    wrong: isaiah,
    expect: async (app) =>
      expect((await app.store.trainees.getSession(T, `session:demo-${T}-2`))?.cancelled?.by).toBe(
        adele.aadObjectId,
      ),
  },
  {
    verb: 'session.refresh',
    data: () => ({ traineeId: T }),
    rightful: alex,
    wrong: isaiah,
    expect: async (_app, _s, texts) => expect(texts).toContain('Veiledningssamtaler – Alex Wilber'),
  },
  {
    verb: 'session.minutes',
    data: () => ({ traineeId: T, id: `session:demo-${T}-1`, rev: 3, comment: 'x', finalise: false }),
    rightful: adele,
    wrong: alex,
    // Held and finalised already: the rightful advisor is told it is read-only; nothing changes.
    expect: async (app) =>
      expect((await app.store.trainees.getSession(T, `session:demo-${T}-1`))?.minutes?.text).toMatch(
        /^Gikk gjennom planen/,
      ),
  },
  {
    // An older page of a LIS's activities: the door of a goal's history (not a supervisor).
    verb: 'activities.page',
    data: () => ({ traineeId: T, before: { date: '2026-12-31', skip: [] } }),
    rightful: adele,
    wrong: isaiah,
    expect: async (_app, _s, texts) => expect(texts).toContain('Læringsaktiviteter – Alex Wilber'),
  },
  {
    // A page of the caller's own inbox: whoever asks sees only what waits for them.
    verb: 'inbox.page',
    data: () => ({ page: 0 }),
    rightful: megan,
    strangerText: /Ingenting venter på deg nå/,
    expect: async (_app, _s, texts) => expect(texts).toContain('Alex Wilber (LIS1)'),
  },
];

describe('every door checks who is asking, over real HTTP', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp({ allowedTenants: ['tenant-demo'] });
  });
  afterEach(() => app.stop());

  /** What a refused request must leave exactly as it was: the LIS's document and audit trail. */
  const state = async () => {
    const snap = await app.store.trainees.snapshot(T);
    return { etag: snap?.profile.etag, audit: (await app.store.trainees.auditTrail(T)).length };
  };
  const click = async (verb: Verb, data: Record<string, unknown>, from: Who, tenantId?: string) => {
    const res = await app.post(
      invoke(verb, data, { from, serviceUrl: app.connector.url, ...(tenantId ? { tenantId } : {}) }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as InvokeBody;
    await app.outbox.idle();
    return body;
  };

  it('covers every verb', () => {
    const { VERBS } = require('../../core/verbs') as typeof import('../../core/verbs');
    // profile.register acts on the caller's own registration only; it has a test of its own (roles).
    // help.ask is a typed question by another way in: its test is the question's, below.
    expect([...DOORS.map((d) => d.verb), 'profile.register', 'help.ask'].sort()).toEqual([...VERBS].sort());
  });

  it.each(DOORS.map((d) => [d.verb, d] as const))('%s', async (_verb, door) => {
    const s = await fixture(app);
    const data = door.data(s);
    const before = await state();

    // A person with no role: nothing of the LIS, not even whether it exists, and nothing changes.
    const byStranger = await click(door.verb, data, stranger);
    const strangerText = cardTexts(byStranger.value).join(' ');
    expect(strangerText).toMatch(door.strangerText ?? /Fant ikke det dette kortet viser til/);
    expect(JSON.stringify(byStranger)).not.toMatch(/Alex|Wilber|Suturering|DEL1-/);
    expect(await state()).toEqual(before);

    // The wrong role: told why, and nothing changes.
    if (door.wrong) {
      const byWrong = await click(door.verb, data, door.wrong);
      expect(cardTexts(byWrong.value).join(' ')).toMatch(
        /Ingenting er endret|kan du ikke|Godkjent 0 av 1|Bekreftet 0 av 1/,
      );
      expect(await state()).toEqual(before);
    }

    // The rightful person from another tenant: an error before any operation runs.
    const foreign = await click(door.verb, data, door.rightful, 'tenant-other');
    expect(foreign).toMatchObject({ statusCode: 403, type: 'application/vnd.microsoft.error' });
    expect(await state()).toEqual(before);

    // The rightful person.
    const ok = await click(door.verb, data, door.rightful);
    expect(ok.statusCode).toBe(200);
    await door.expect(app, s, cardTexts(ok.value));
  });

  it('a supervisor asking "hva gjenstår for Alex?" sees no absence; a stranger learns nothing; another tenant gets no answer', async () => {
    const ask = async (from: Who, tenantId?: string) => {
      app.connector.clear();
      await app.post(
        message('hva gjenstår for Alex?', {
          from,
          serviceUrl: app.connector.url,
          ...(tenantId ? { tenantId } : {}),
        }),
      );
      await app.outbox.idle();
      return JSON.stringify(app.connector.sent());
    };
    expect(await ask(megan)).toMatch(/Fravær/);
    expect(await ask(adele)).toMatch(/Fravær/);
    const supervisor = await ask(isaiah);
    expect(supervisor).toMatch(/Status for Alex Wilber/);
    expect(supervisor).not.toMatch(/Fravær|Absence/);
    const byStranger = await ask(stranger);
    expect(byStranger).toMatch(/Jeg finner ingen LIS som heter «Alex»/);
    expect(byStranger).not.toMatch(/Wilber|DEL1-/);
    expect(await ask(megan, 'tenant-other')).toBe('[]');
    // The same question pressed on a help card: the same answers, through the same doors.
    const press = async (from: Who, tenantId?: string) => {
      app.connector.clear();
      const body = await click('help.ask', { text: 'hva gjenstår for Alex?' }, from, tenantId);
      return { body, sent: JSON.stringify(app.connector.sent()) };
    };
    const pressedBySupervisor = await press(isaiah);
    expect(pressedBySupervisor.sent).toMatch(/Status for Alex Wilber/);
    expect(pressedBySupervisor.sent).not.toMatch(/Fravær|Absence/);
    const pressedByStranger = await press(stranger);
    expect(pressedByStranger.sent).toMatch(/Jeg finner ingen LIS som heter «Alex»/);
    expect(pressedByStranger.sent).not.toMatch(/Wilber|DEL1-/);
    expect(JSON.stringify(pressedByStranger.body)).not.toMatch(/Wilber/);
    const foreign = await press(megan, 'tenant-other');
    expect(foreign.body).toMatchObject({ statusCode: 403, type: 'application/vnd.microsoft.error' });
    expect(foreign.sent).toBe('[]');
  });
});
