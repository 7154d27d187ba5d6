import { CatalogSet, DEMO_CATALOGS } from '../core/catalog';
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
): Population {
  const catalogs = new CatalogSet(DEMO_CATALOGS);
  const clinical = catalogs.get('lis1-clinical-2020');
  const fkm = catalogs.get('fkm-lis1-2025');
  if (!clinical || !fkm) throw new Error('demo catalogs missing');
  const goalsAll = [
    ...clinical.goals.map((g) => ({ catalogId: clinical.id, goal: g })),
    ...fkm.goals.map((g) => ({ catalogId: fkm.id, goal: g })),
  ];
  const at = `${today}T08:00:00.000Z`;
  const conv = (id: string): StoredConversation => ({
    channelId: 'msteams',
    serviceUrl,
    conversationId: `a:bench-${id}`,
    userId: `29:${id}`,
    botId: '28:bench-bot',
    tenantId: 'bench',
    locale: 'nb-NO',
  });
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
    const team = Math.floor(i / PER_LEADER);
    const lisId = `bench-lis-${i}`;
    const traineeId = `lis-bench-${i}`;
    const leader = `bench-leader-${team}`;
    const advisor = `bench-advisor-${team}`;
    const supervisor = `bench-supervisor-${team}`;
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
        unitId: `unit-bench-${Math.floor(i / 50)}`,
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
        goals.push({
          ...base,
          status: 'approved',
          rev: 3,
          approval: { by: leader, byName: `Leder ${team}`, at, arena: goal.arena },
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
          id: `activity:bench-${i}-signed-${k}`,
          traineeId,
          activityKind: 'supervised_procedure',
          date: today,
          description: `Prosedyre ${k}`,
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
      const id = `activity:bench-${i}-pending-${n}`;
      const g = goals.find((x) => x.status === 'in_progress') ?? goals[0];
      activities.push({
        kind: 'activity',
        id,
        traineeId,
        activityKind: 'clinical_practice',
        date: today,
        description: `Praksis ${n}`,
        goals: g ? [{ catalogId: g.catalogId, goalId: g.goalId }] : [],
        status: 'pending_signature',
        rev: 2,
        supervisor: { aadObjectId: supervisor, name: `Supervisør ${team}`, userId: `29:${supervisor}` },
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
    people: all,
    lis: trainees.map((t) => t.profile.aadObjectId),
    leaders: [...new Set(leaderOf.values())],
    leaderOf,
    supervisorOf,
    names: new Map(all.map((p) => [p.aadObjectId, p.name])),
  };
}
