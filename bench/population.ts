import { createHash } from 'node:crypto';
import { type Catalog, CatalogSet, DEMO_CATALOGS } from '../core/catalog';
import { addDays } from '../core/dates';
import {
  type GoalState,
  goalDocId,
  type LearningActivity,
  type Person,
  type RoleHolder,
  type StoredConversation,
  type TraineeProfile,
} from '../core/model';

/** One LIS of the benchmark population, and the work it offers: pending goals and pending activities. */
export interface BenchTrainee {
  profile: TraineeProfile;
  goals: GoalState[];
  activities: LearningActivity[];
  pendingGoals: { id: string; rev: number }[];
  pendingActivities: { id: string; rev: number }[];
}

export interface Population {
  trainees: BenchTrainee[];
  /** Items that have a card posted about them (a reference the app keeps to redraw it). */
  cards: { traineeId: string; target: string }[];
  people: Person[];
  /** aadObjectIds */
  lis: string[];
  leaders: string[];
  leaderOf: Map<string, string>;
  supervisorOf: Map<string, string>;
  /** Display names by aadObjectId, as Teams sends them. */
  names: Map<string, string>;
}

const PER_LEADER = 5;

/*
 * Ids as Entra and Teams make them, so documents are as large as the app's real ones: a GUID for
 * a person (and `lis-<GUID>` for a LIS, as registration makes it), a user's id in Teams of about 90
 * characters, a 1:1 chat's of about 140. Derived from a readable name, so every run is the same.
 */
const digest = (s: string) => createHash('sha256').update(s).digest();
/** An Entra object id (a GUID) for a name. */
export function guidOf(name: string): string {
  const h = digest(name).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
const opaque = (name: string, n: number) => {
  let out = '';
  for (let k = 0; out.length < n; k++) out += digest(`${name}#${k}`).toString('base64url');
  return out.slice(0, n);
};
export const BENCH_TENANT = guidOf('bench tenant');
export const BENCH_BOT = `28:${guidOf('bench bot')}`;
/** A person's id in Teams (`29:1…`) and their 1:1 chat with the bot (`a:1…`). */
export const teamsUserId = (aadObjectId: string): string => `29:1${opaque(`user ${aadObjectId}`, 86)}`;
export const personalChatId = (aadObjectId: string): string => `a:1${opaque(`chat ${aadObjectId}`, 137)}`;
/** An activity's id as the app makes them (a 22-character hash). */
const activityId = (name: string) => `activity:${digest(name).toString('base64url').slice(0, 22)}`;

/** Where a person of the benchmark is reached: their 1:1 chat at the Bot Connector stand-in. */
function benchConversation(id: string, serviceUrl: string): StoredConversation {
  return {
    channelId: 'msteams',
    serviceUrl,
    conversationId: personalChatId(id),
    userId: teamsUserId(id),
    botId: BENCH_BOT,
    tenantId: BENCH_TENANT,
    locale: 'nb-NO',
  };
}

/**
 * A realistic mix: LIS1s following the two demo catalogs, about two thirds approved, some in
 * progress, signed activities, and `pendingPerLis` goals waiting for approval (with a complete
 * basis) and activities waiting for a signature. One leader, advisor and supervisor per five LIS.
 */
export function population(
  size: number,
  pendingPerLis: number,
  serviceUrl: string,
  today: string,
  /** Ids start with `prefix` (a second population beside the first); `perLeader` LIS share a leader. */
  opts: { prefix?: string; perLeader?: number } = {},
): Population {
  const px = opts.prefix ?? 'bench';
  const perLeader = opts.perLeader ?? PER_LEADER;
  const catalogs = new CatalogSet(DEMO_CATALOGS);
  const clinical = catalogs.get('lis1-clinical-2020');
  const fkm = catalogs.get('fkm-lis1-2025');
  if (!clinical || !fkm) throw new Error('demo catalogs missing');
  const goalsAll = [
    ...clinical.goals.map((g) => ({ catalogId: clinical.id, goal: g })),
    ...fkm.goals.map((g) => ({ catalogId: fkm.id, goal: g })),
  ];
  const at = `${today}T08:00:00.000Z`;
  const conv = (id: string) => benchConversation(id, serviceUrl);
  const trainees: BenchTrainee[] = [];
  const people = new Map<string, Person>();
  const person = (id: string, name: string): Person => {
    const p = people.get(id) ?? {
      id,
      aadObjectId: id,
      name,
      locale: 'nb-NO',
      conversation: conv(id),
      roles: [],
      updatedAt: at,
    };
    people.set(id, p);
    return p;
  };
  const leaderOf = new Map<string, string>();
  const supervisorOf = new Map<string, string>();
  for (let i = 0; i < size; i++) {
    const team = Math.floor(i / perLeader);
    const lisId = guidOf(`${px}-lis-${i}`);
    const traineeId = `lis-${guidOf(`${px}-trainee-${i}`)}`;
    const leader = guidOf(`${px}-leader-${team}`);
    const advisor = guidOf(`${px}-advisor-${team}`);
    const supervisor = guidOf(`${px}-supervisor-${team}`);
    const holder = (id: string, name: string, role: RoleHolder['role']): RoleHolder => ({
      aadObjectId: id,
      name,
      role,
      state: 'active',
      since: at,
      conversation: conv(id),
    });
    const start = addDays(today, -91);
    const profile: TraineeProfile = {
      kind: 'profile',
      id: 'profile',
      traineeId,
      aadObjectId: lisId,
      name: `LIS ${i}`,
      phase: 'LIS1',
      part: 'municipality',
      employer: {
        unitId: `unit-${px}-${Math.floor(i / 50)}`,
        name: `Kommune ${Math.floor(i / 50)}`,
        kind: 'municipality',
      },
      service: { start, end: addDays(start, 182), position: 'LIS1', percent: 100 },
      catalogIds: [clinical.id, fkm.id],
      conversation: conv(lisId),
      roles: [
        holder(leader, `Leder ${team}`, 'leader'),
        holder(advisor, `Veileder ${team}`, 'advisor'),
        holder(supervisor, `Supervisør ${team}`, 'supervisor'),
      ],
      delegations: [],
      absence: [{ from: addDays(start, 30), to: addDays(start, 33), reason: 'holiday' }],
      milestones: [{ kind: 'halfway', date: addDays(today, 3), done: false }],
      createdAt: at,
    };
    const goals: GoalState[] = [];
    const activities: LearningActivity[] = [];
    const pendingGoals: BenchTrainee['pendingGoals'] = [];
    const pendingActivities: BenchTrainee['pendingActivities'] = [];
    goalsAll.forEach(({ catalogId, goal }, k) => {
      const id = goalDocId(catalogId, goal.id);
      const base = { kind: 'goal' as const, id, traineeId, catalogId, goalId: goal.id, updatedAt: at };
      if (goal.arena !== 'municipality' || k % 3 === 0) {
        // As the app writes it: a signed activity behind each approval, 160 characters described,
        // a third of the signatures and approvals with a comment.
        const seed = i * 1000 + k;
        goals.push({
          ...base,
          status: 'approved',
          rev: 3,
          approval: {
            by: leader,
            byName: `Leder ${team}`,
            at,
            arena: goal.arena,
            ...(k % 3 === 0 ? { comment: text(seed + 7, 100) } : {}),
          },
        });
        activities.push({
          kind: 'activity',
          id: activityId(`${px}-${i}-done-${k}`),
          traineeId,
          activityKind: 'supervised_procedure',
          date: today,
          description: text(seed, 160),
          goals: [{ catalogId, goalId: goal.id }],
          status: 'signed',
          rev: 3,
          supervisor: { aadObjectId: supervisor, name: `Supervisør ${team}` },
          decision: {
            by: supervisor,
            byName: `Supervisør ${team}`,
            at,
            outcome: 'signed',
            ...(k % 3 === 1 ? { comment: text(seed + 3, 80) } : {}),
          },
          createdAt: at,
        });
      } else if (pendingGoals.length < pendingPerLis) {
        goals.push({
          ...base,
          status: 'pending_approval',
          rev: 2,
          requestedAt: at,
          advisorRecommendation: { by: advisor, byName: `Veileder ${team}`, at },
        });
        pendingGoals.push({ id, rev: 2 });
        activities.push({
          kind: 'activity',
          id: activityId(`${px}-${i}-signed-${k}`),
          traineeId,
          activityKind: 'supervised_procedure',
          date: today,
          description: text(i * 1000 + k + 500, 160),
          goals: [{ catalogId, goalId: goal.id }],
          status: 'signed',
          rev: 3,
          supervisor: { aadObjectId: supervisor, name: `Supervisør ${team}` },
          decision: { by: supervisor, byName: `Supervisør ${team}`, at, outcome: 'signed' },
          createdAt: at,
        });
      } else if (k % 3 === 1) {
        goals.push({ ...base, status: 'in_progress', rev: 1 });
      }
    });
    for (let n = 0; n < pendingPerLis; n++) {
      const id = activityId(`${px}-${i}-pending-${n}`);
      const g = goals.find((x) => x.status === 'in_progress') ?? goals[0];
      activities.push({
        kind: 'activity',
        id,
        traineeId,
        activityKind: 'clinical_practice',
        date: today,
        description: text(i * 1000 + n + 900, 160),
        goals: g ? [{ catalogId: g.catalogId, goalId: g.goalId }] : [],
        status: 'pending_signature',
        rev: 2,
        supervisor: { aadObjectId: supervisor, name: `Supervisør ${team}`, userId: teamsUserId(supervisor) },
        requestedAt: at,
        createdAt: at,
      });
      pendingActivities.push({ id, rev: 2 });
    }
    trainees.push({ profile, goals, activities, pendingGoals, pendingActivities });
    const lis = person(lisId, profile.name);
    lis.traineeId = traineeId;
    for (const [id, name, role] of [
      [leader, `Leder ${team}`, 'leader'],
      [advisor, `Veileder ${team}`, 'advisor'],
      [supervisor, `Supervisør ${team}`, 'supervisor'],
    ] as const) {
      person(id, name).roles.push({ traineeId, traineeName: profile.name, role, state: 'active' });
    }
    leaderOf.set(traineeId, leader);
    supervisorOf.set(traineeId, supervisor);
  }
  const all = [...people.values()];
  return {
    trainees,
    cards: trainees.flatMap((t) =>
      [...t.pendingGoals, ...t.pendingActivities].map((x) => ({
        traineeId: t.profile.traineeId,
        target: x.id,
      })),
    ),
    people: all,
    lis: trainees.map((t) => t.profile.aadObjectId),
    leaders: [...new Set(leaderOf.values())],
    leaderOf,
    supervisorOf,
    names: new Map(all.map((p) => [p.aadObjectId, p.name])),
  };
}

const WORDS =
  'pasient vurdering akutt poliklinikk legevakt oppfølging journal veiledning prosedyre sutur ' +
  'undersøkelse behandling kommunikasjon pårørende samarbeid sykehjem hjemmebesøk resept henvisning ' +
  'epikrise blodprøve infeksjon smerte diabetes hjertesvikt KOLS astma depresjon demens rus';
const words = WORDS.split(' ');
/** Deterministic text of about `n` characters, as people write it (no two the same). */
function text(seed: number, n: number): string {
  const out: string[] = [];
  let len = 0;
  for (let k = 0; len < n; k++) {
    const w = words[(seed * 7 + k * 13 + (seed >> 3)) % words.length] as string;
    out.push(w);
    len += w.length + 1;
  }
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1, n)} (${seed})`;
}

/**
 * A LIS3 in general practice after five years: 300 goals (290 approved, a third with a comment),
 * 1,500 activities with 160-character descriptions (signed, a third with a comment), 10 goals and
 * 20 activities waiting, and a card reference per item: the record as the app writes it over time.
 */
export function fiveYearLis3(
  serviceUrl: string,
  today: string,
): { catalog: Catalog; population: Population; cards: { traineeId: string; target: string }[] } {
  const catalog: Catalog = {
    id: 'bench-lis3-300',
    name: 'LIS3 allmennmedisin (benchmark, 300 mål)',
    kind: 'clinical',
    part: 'LIS2/3',
    specialty: 'allmennmedisin',
    version: '2019',
    effectiveFrom: '2019-03-01',
    effectiveTo: null,
    demo: true,
    source: 'Generated for the benchmark',
    goals: Array.from({ length: 300 }, (_, k) => ({
      id: `ALM-${String(k + 1).padStart(3, '0')}`,
      title: text(k, 110),
      arena: 'municipality' as const,
      theme: `Tema ${k % 12}`,
      phase: 'LIS3' as const,
      crossLevel: false,
    })),
  };
  const at = (daysAgo: number) => `${addDays(today, -daysAgo)}T10:00:00.000Z`;
  const traineeId = `lis-${guidOf('bench-trainee-5y')}`;
  const lisId = guidOf('bench-lis3-5y');
  const leader = guidOf('bench-leader-5y');
  const advisor = guidOf('bench-advisor-5y');
  const supervisors = Array.from({ length: 5 }, (_, k) => guidOf(`bench-supervisor-5y-${k}`));
  const conv = (id: string) => benchConversation(id, serviceUrl);
  const names = new Map<string, string>([
    [lisId, 'Lege i spesialisering 5 år'],
    [leader, 'Kommuneoverlege'],
    [advisor, 'Veileder allmennmedisin'],
    ...supervisors.map((s, k) => [s, `Supervisør ${k}`] as [string, string]),
  ]);
  const holder = (id: string, role: RoleHolder['role']): RoleHolder => ({
    aadObjectId: id,
    name: names.get(id) ?? id,
    role,
    state: 'active',
    since: at(1800),
    conversation: conv(id),
  });
  const start = addDays(today, -1800);
  const profile: TraineeProfile = {
    kind: 'profile',
    id: 'profile',
    traineeId,
    aadObjectId: lisId,
    name: names.get(lisId) ?? '',
    phase: 'LIS3',
    specialty: 'allmennmedisin',
    employer: { unitId: 'unit-bench-5y', name: 'Kommune 5 år', kind: 'municipality' },
    service: { start, end: addDays(start, 5 * 365 + 60), position: 'LIS3 allmennmedisin', percent: 100 },
    catalogIds: [catalog.id],
    conversation: conv(lisId),
    roles: [
      holder(leader, 'leader'),
      holder(advisor, 'advisor'),
      ...supervisors.map((s) => holder(s, 'supervisor')),
    ],
    delegations: [],
    absence: [{ from: addDays(start, 400), to: addDays(start, 420), reason: 'holiday' }],
    milestones: [],
    createdAt: at(1800),
  };
  const goals: GoalState[] = [];
  const activities: LearningActivity[] = [];
  const pendingGoals: BenchTrainee['pendingGoals'] = [];
  const pendingActivities: BenchTrainee['pendingActivities'] = [];
  catalog.goals.forEach((g, k) => {
    const id = goalDocId(catalog.id, g.id);
    const recommendation = {
      by: advisor,
      byName: names.get(advisor) ?? '',
      at: at(1700 - k * 5),
      ...(k % 3 === 0 ? { comment: text(k + 5000, 120) } : {}),
    };
    const base = { kind: 'goal' as const, id, traineeId, catalogId: catalog.id, goalId: g.id };
    if (k < 290)
      goals.push({
        ...base,
        status: 'approved',
        rev: 3,
        advisorRecommendation: recommendation,
        approval: {
          by: leader,
          byName: names.get(leader) ?? '',
          at: at(1690 - k * 5),
          arena: 'municipality',
          ...(k % 3 === 1 ? { comment: text(k + 7000, 120) } : {}),
        },
        updatedAt: at(1690 - k * 5),
      });
    else {
      goals.push({
        ...base,
        status: 'pending_approval',
        rev: 2,
        requestedAt: at(3),
        advisorRecommendation: recommendation,
        updatedAt: at(3),
      });
      pendingGoals.push({ id, rev: 2 });
    }
  });
  for (let n = 0; n < 1500; n++) {
    const supervisor = supervisors[Math.floor(n / 300)] as string;
    const pending = n >= 1480;
    const goalRefs = [0, 1, 2].slice(0, 1 + (n % 3)).map((d) => ({
      catalogId: catalog.id,
      goalId: (catalog.goals[(n + d * 97) % 300] as { id: string }).id,
    }));
    const id = activityId(`bench-5y-${n}`);
    activities.push({
      kind: 'activity',
      id,
      traineeId,
      activityKind: n % 5 === 0 ? 'course' : 'supervised_procedure',
      date: addDays(start, Math.floor(n * 1.2)),
      description: text(n, 160),
      goals: goalRefs,
      status: pending ? 'pending_signature' : 'signed',
      rev: pending ? 2 : 3,
      supervisor: {
        aadObjectId: supervisor,
        name: names.get(supervisor) ?? '',
        userId: teamsUserId(supervisor),
      },
      requestedAt: at(Math.max(1, 1800 - Math.floor(n * 1.2))),
      ...(pending
        ? {}
        : {
            decision: {
              by: supervisor,
              byName: names.get(supervisor) ?? '',
              at: at(Math.max(1, 1799 - Math.floor(n * 1.2))),
              outcome: 'signed' as const,
              ...(n % 3 === 0 ? { comment: text(n + 9000, 100) } : {}),
            },
          }),
      createdAt: at(Math.max(1, 1800 - Math.floor(n * 1.2))),
    });
    if (pending) pendingActivities.push({ id, rev: 2 });
  }
  const person = (id: string, role?: RoleHolder['role']): Person => ({
    id,
    aadObjectId: id,
    name: names.get(id) ?? id,
    locale: 'nb-NO',
    conversation: conv(id),
    ...(id === lisId ? { traineeId } : {}),
    roles: role ? [{ traineeId, traineeName: profile.name, role, state: 'active' }] : [],
    updatedAt: at(1),
  });
  const people = [
    person(lisId),
    person(leader, 'leader'),
    person(advisor, 'advisor'),
    ...supervisors.map((s) => person(s, 'supervisor')),
  ];
  const cards = [...goals.map((g) => g.id), ...activities.map((a) => a.id)].map((target) => ({
    traineeId,
    target,
  }));
  return {
    catalog,
    population: {
      trainees: [{ profile, goals, activities, pendingGoals, pendingActivities }],
      cards,
      people,
      lis: [lisId],
      leaders: [leader],
      leaderOf: new Map([[traineeId, leader]]),
      // The supervisor of the waiting activities (the last of the five).
      supervisorOf: new Map([[traineeId, supervisors[4] as string]]),
      names,
    },
    cards,
  };
}
