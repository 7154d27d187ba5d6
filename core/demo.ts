import type { CatalogSet } from './catalog';
import { addDays, addMonths, norwayDate } from './dates';
import {
  type AdvisorySession,
  type AuditEvent,
  type GoalState,
  goalDocId,
  type LearningActivity,
  type Person,
  type PersonRole,
  type RoleHolder,
  type TraineeProfile,
  type Unit,
} from './model';

/**
 * The demo municipality: the Microsoft 365 Agents Playground's default people, so the
 * playground can act as each of them. Their object ids are not UUIDs, on purpose.
 * Deterministic for a given day: dates are placed relative to `today`, so the story
 * ("half-way through the municipality part") stays true whenever the demo is started.
 */
export const DEMO_PEOPLE = {
  alex: { aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' },
  megan: { aadObjectId: '00000000-0000-0000-0000-0000000000021', name: 'Megan Bowen' },
  adele: { aadObjectId: '00000000-0000-0000-0000-0000000000022', name: 'Adele Vance' },
  isaiah: { aadObjectId: '00000000-0000-0000-0000-0000000000023', name: 'Isaiah Langer' },
  patti: { aadObjectId: '00000000-0000-0000-0000-0000000000024', name: 'Patti Fernandez' },
  lynne: { aadObjectId: '00000000-0000-0000-0000-0000000000025', name: 'Lynne Robbins' },
} as const;

export const DEMO_UNIT_ID = 'unit-demo-kommune';
export const DEMO_TEAM_ID = 'team-id';
export const DEMO_TRAINEES = { alex: 'lis-demo-alex', lynne: 'lis-demo-lynne' } as const;

export interface TraineeSeed {
  profile: TraineeProfile;
  goals: GoalState[];
  activities: LearningActivity[];
  audit: AuditEvent[];
  /** Advisory sessions (documents of their own). */
  sessions?: AdvisorySession[];
}

export interface DemoData {
  unit: Unit;
  people: Person[];
  trainees: TraineeSeed[];
}

const HOSPITAL_PLACE = 'Sørlandet sykehus Kristiansand (demo)';
const HOSPITAL_LEADER = 'Avdelingsleder medisinsk klinikk (demo)';

export function demoMunicipality(today: Date, catalogs: CatalogSet): DemoData {
  const day = norwayDate(today);
  const at = (offset: number, hour = 10) =>
    `${addDays(day, offset)}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const employer = {
    unitId: DEMO_UNIT_ID,
    name: 'Demo kommune, helse og omsorg',
    kind: 'municipality' as const,
  };
  const { alex, megan, adele, isaiah, patti, lynne } = DEMO_PEOPLE;
  const holder = (p: { aadObjectId: string; name: string }, role: RoleHolder['role']): RoleHolder => ({
    ...p,
    role,
    state: 'active',
    since: at(-95),
  });

  // Alex: LIS1, half-way through the six months in the municipality.
  const alexStart = addDays(day, -91);
  const alexProfile: TraineeProfile = {
    kind: 'profile',
    id: 'profile',
    traineeId: DEMO_TRAINEES.alex,
    aadObjectId: alex.aadObjectId,
    name: alex.name,
    phase: 'LIS1',
    part: 'municipality',
    employer,
    service: {
      start: alexStart,
      // Six calendar months, as the regulation counts the municipal part.
      end: addDays(addMonths(alexStart, 6), -1),
      position: 'LIS1, fastlegekontor og legevakt',
      percent: 100,
    },
    // The hospital year before: nine months in medicine and surgery, three in psychiatry.
    earlier: [
      {
        start: addDays(alexStart, -365),
        end: addDays(alexStart, -93),
        position: 'LIS1',
        percent: 100,
        place: 'hospital',
        workplace: HOSPITAL_PLACE,
      },
      {
        start: addDays(alexStart, -92),
        end: addDays(alexStart, -1),
        position: 'LIS1',
        percent: 100,
        place: 'psychiatry',
        workplace: 'Sørlandet sykehus, klinikk for psykisk helse (demo)',
      },
    ],
    // Alex started LIS1 a year before the municipal part; pinned by that date she would keep the FKM
    // plan from before 2025, but her employer moved her over to the 2025 plan (DOMAIN: "unless moved over").
    partStart: addDays(alexStart, -365),
    psychiatry: true,
    catalogIds: ['lis1-clinical-2020', 'fkm-lis1-2025'],
    roles: [
      holder(megan, 'leader'),
      holder(adele, 'advisor'),
      holder(isaiah, 'supervisor'),
      holder(patti, 'supervisor'),
    ],
    delegations: [],
    absence: [
      { from: addDays(alexStart, 40), to: addDays(alexStart, 44), reason: 'holiday' },
      { from: addDays(alexStart, 70), to: addDays(alexStart, 71), reason: 'sick' },
    ],
    milestones: [
      {
        kind: 'intro',
        date: addDays(alexStart, 3),
        done: true,
        doneAt: `${addDays(alexStart, 3)}T13:00:00.000Z`,
        doneBy: megan.aadObjectId,
        doneByName: megan.name,
        note: 'Plan for perioden avtalt; veileder er Adele Vance.',
      },
      { kind: 'halfway', date: addDays(day, 4), done: false },
      { kind: 'final', date: addDays(alexStart, 182 - 17), done: false },
    ],
    createdAt: at(-380),
  };

  const alexGoals: GoalState[] = [];
  const alexAudit: AuditEvent[] = [];
  const clinical = catalogs.get('lis1-clinical-2020');
  const fkm = catalogs.get('fkm-lis1-2025');
  if (!clinical || !fkm) throw new Error('the demo needs the LIS1 demo catalogs');

  const goal = (
    catalogId: string,
    goalId: string,
    status: GoalState['status'],
    extra: Partial<GoalState> = {},
  ) => {
    const g: GoalState = {
      kind: 'goal',
      id: goalDocId(catalogId, goalId),
      traineeId: DEMO_TRAINEES.alex,
      catalogId,
      goalId,
      status,
      rev: status === 'approved' ? 3 : status === 'pending_approval' ? 2 : 1,
      updatedAt: at(-10),
      ...extra,
    };
    alexGoals.push(g);
    return g;
  };

  // Approved in the hospital year (hospital and psychiatry goals), recorded as such afterwards.
  const recorded = (catalogId: string, goalId: string, arena: 'hospital' | 'psychiatry', daysAgo: number) =>
    goal(catalogId, goalId, 'approved', {
      approval: {
        by: 'external:hospital',
        byName: HOSPITAL_LEADER,
        at: at(-daysAgo),
        arena,
        recordedFrom: { place: HOSPITAL_PLACE, approverName: HOSPITAL_LEADER },
      },
      updatedAt: at(-daysAgo),
    });

  // Municipal goals: the ones Alex's demo activities are about are under way (one waits for Megan),
  // 30 others approved, the rest not started. Chosen by id so that each activity names goals it fits.
  const WAITING = 'DEL1-064'; // Prioritere henvendelser på legevakt
  const UNDER_WAY = ['DEL1-065', 'DEL1-067', 'DEL1-068', 'DEL1-070', 'DEL1-072', 'DEL1-081'];
  let municipalApproved = 0;
  for (const g of clinical.goals) {
    if (g.arena === 'hospital' || g.arena === 'psychiatry') {
      recorded(clinical.id, g.id, g.arena, g.arena === 'hospital' ? 150 : 120);
    } else if (g.id === WAITING) {
      goal(clinical.id, g.id, 'pending_approval', {
        requestedAt: at(-2),
        advisorRecommendation: {
          by: adele.aadObjectId,
          byName: adele.name,
          at: at(-1),
          comment: 'Alex håndterer dette selvstendig. Anbefaler godkjenning.',
        },
      });
    } else if (UNDER_WAY.includes(g.id)) {
      goal(clinical.id, g.id, 'in_progress');
    } else if (municipalApproved < 30) {
      municipalApproved++;
      const decidedAt = at(-88 + municipalApproved * 2);
      const approved = goal(clinical.id, g.id, 'approved', {
        approval: { by: megan.aadObjectId, byName: megan.name, at: decidedAt, arena: 'municipality' },
        updatedAt: decidedAt,
      });
      alexAudit.push(auditFor(approved, megan.aadObjectId, 'goal.approve', decidedAt));
    }
  }
  let fkmApproved = 0;
  let fkmPending = false;
  for (const g of fkm.goals) {
    if (fkmApproved < 14) {
      fkmApproved++;
      const decidedAt = at(-70 + fkmApproved * 4);
      if (g.arena === 'hospital') {
        recorded(fkm.id, g.id, 'hospital', 150);
        continue;
      }
      const approved = goal(fkm.id, g.id, 'approved', {
        approval: { by: megan.aadObjectId, byName: megan.name, at: decidedAt, arena: 'municipality' },
        updatedAt: decidedAt,
      });
      alexAudit.push(auditFor(approved, megan.aadObjectId, 'goal.approve', decidedAt));
    } else if (!fkmPending && g.arena === 'municipality') {
      fkmPending = true;
      goal(fkm.id, g.id, 'pending_approval', { requestedAt: at(-1) });
    }
  }

  const pendingClinical = alexGoals.find(
    (g) => g.catalogId === clinical.id && g.status === 'pending_approval',
  );
  const pendingFkm = alexGoals.find((g) => g.catalogId === fkm.id && g.status === 'pending_approval');
  if (!pendingClinical || !pendingFkm) throw new Error('demo goals are not as planned');
  const ref = (g: GoalState) => ({ catalogId: g.catalogId, goalId: g.goalId });
  const clinicalRef = (goalId: string) => ({ catalogId: clinical.id, goalId });

  const activity = (
    n: number,
    a: Omit<LearningActivity, 'kind' | 'id' | 'traineeId' | 'rev' | 'createdAt'>,
    createdOffset: number,
  ): LearningActivity => ({
    kind: 'activity',
    id: `activity:demo-${n}`,
    traineeId: DEMO_TRAINEES.alex,
    rev: a.status === 'pending_signature' ? 2 : a.status === 'registered' ? 1 : 3,
    createdAt: at(createdOffset),
    ...a,
  });
  const alexActivities: LearningActivity[] = [
    activity(
      1,
      {
        activityKind: 'supervised_procedure',
        date: addDays(day, -20),
        description: 'Vurdering og behandling av akutt syk pasient på legevakt',
        goals: [ref(pendingClinical)],
        status: 'signed',
        supervisor: { aadObjectId: isaiah.aadObjectId, name: isaiah.name },
        requestedAt: at(-19),
        decision: {
          by: isaiah.aadObjectId,
          byName: isaiah.name,
          at: at(-18),
          outcome: 'signed',
          comment: 'Trygg og grundig.',
        },
      },
      -20,
    ),
    activity(
      2,
      {
        activityKind: 'clinical_practice',
        date: addDays(day, -12),
        description: 'Hjemmebesøk hos skrøpelig eldre pasient',
        goals: [clinicalRef('DEL1-072')], // Vurdere akutt funksjonsfall hos eldre
        status: 'signed',
        supervisor: { aadObjectId: isaiah.aadObjectId, name: isaiah.name },
        requestedAt: at(-11),
        decision: { by: isaiah.aadObjectId, byName: isaiah.name, at: at(-10), outcome: 'signed' },
      },
      -12,
    ),
    activity(
      3,
      {
        activityKind: 'course',
        date: addDays(day, -30),
        description: 'Kurs i legevaktmedisin (Statsforvalteren)',
        goals: [ref(pendingFkm), clinicalRef('DEL1-068')], // … samarbeide med ambulanse og AMK
        status: 'signed',
        supervisor: { aadObjectId: patti.aadObjectId, name: patti.name },
        requestedAt: at(-29),
        decision: { by: patti.aadObjectId, byName: patti.name, at: at(-27), outcome: 'signed' },
      },
      -30,
    ),
    activity(
      4,
      {
        activityKind: 'supervised_procedure',
        date: addDays(day, -3),
        description: 'Suturering av kuttskade på legevakt',
        goals: [clinicalRef('DEL1-067')], // Behandle skader og sår på legevakt
        status: 'pending_signature',
        supervisor: { aadObjectId: isaiah.aadObjectId, name: isaiah.name },
        requestedAt: at(-2),
      },
      -3,
    ),
    activity(
      5,
      {
        activityKind: 'clinical_practice',
        date: addDays(day, -5),
        description: 'Oppfølging av pasient med hjertesvikt etter utskrivning',
        goals: [clinicalRef('DEL1-081')], // Følge opp hjertesvikt i kommunen
        status: 'pending_signature',
        supervisor: { aadObjectId: patti.aadObjectId, name: patti.name },
        requestedAt: at(-4),
      },
      -5,
    ),
  ];
  for (const a of alexActivities) {
    if (a.decision) alexAudit.push(auditFor(a, a.decision.by, 'activity.sign', a.decision.at));
  }

  // Lynne: LIS3 in general practice, a year into her specialty.
  const lynneStart = addDays(day, -365);
  const gp = catalogs.get('lis3-allmennmedisin-2019');
  if (!gp) throw new Error('the demo needs the LIS3 general practice demo catalog');
  const lynneGoals: GoalState[] = [];
  const lynneAudit: AuditEvent[] = [];
  gp.goals.forEach((g, i) => {
    const base = {
      kind: 'goal' as const,
      id: goalDocId(gp.id, g.id),
      traineeId: DEMO_TRAINEES.lynne,
      catalogId: gp.id,
      goalId: g.id,
      updatedAt: at(-30),
    };
    if (i < 5) {
      const decidedAt = at(-200 + i * 30);
      const s: GoalState = {
        ...base,
        status: 'approved',
        rev: 3,
        approval: { by: megan.aadObjectId, byName: megan.name, at: decidedAt, arena: 'municipality' },
        updatedAt: decidedAt,
      };
      lynneGoals.push(s);
      lynneAudit.push(auditFor(s, megan.aadObjectId, 'goal.approve', decidedAt));
    } else if (i === 5) lynneGoals.push({ ...base, status: 'pending_approval', rev: 2, requestedAt: at(-3) });
    else if (i < 9) lynneGoals.push({ ...base, status: 'in_progress', rev: 1 });
  });
  // What her goals under way rest on (a signed activity puts a goal in progress; DOMAIN, "Flows"):
  // supervised by Isaiah at the practice, one for each goal under way or waiting, and two behind approvals.
  const lynneActivity = (
    n: number,
    daysAgo: number,
    activityKind: LearningActivity['activityKind'],
    description: string,
    goalIds: string[],
  ): LearningActivity => ({
    kind: 'activity',
    id: `activity:demo-lynne-${n}`,
    traineeId: DEMO_TRAINEES.lynne,
    rev: 3,
    createdAt: at(-daysAgo),
    activityKind,
    date: addDays(day, -daysAgo),
    description,
    goals: goalIds.map((goalId) => ({ catalogId: gp.id, goalId })),
    status: 'signed',
    supervisor: { aadObjectId: isaiah.aadObjectId, name: isaiah.name },
    requestedAt: at(-daysAgo + 1),
    decision: { by: isaiah.aadObjectId, byName: isaiah.name, at: at(-daysAgo + 2), outcome: 'signed' },
  });
  const lynneActivities: LearningActivity[] = [
    lynneActivity(1, 260, 'clinical_practice', 'Hjemmebesøk hos pasient med KOLS og hjemmesykepleie', [
      'ALM-003',
      'ALM-005',
    ]),
    lynneActivity(2, 140, 'clinical_practice', 'Helgevakt på legevakt med bakvakt tilgjengelig på telefon', [
      'ALM-007',
    ]),
    lynneActivity(3, 60, 'simulation', 'Simulering av hjertestans med ambulanse og hjemmesykepleie', [
      'ALM-008',
    ]),
    lynneActivity(4, 35, 'clinical_practice', 'Avviksgjennomgang og forbedringstiltak på legekontoret', [
      'ALM-009',
    ]),
    lynneActivity(5, 9, 'supervised_procedure', 'Fjerning av hudforandring med biopsi på legekontoret', [
      'ALM-006',
    ]),
  ];
  for (const a of lynneActivities)
    if (a.decision) lynneAudit.push(auditFor(a, a.decision.by, 'activity.sign', a.decision.at));
  const lynneProfile: TraineeProfile = {
    kind: 'profile',
    id: 'profile',
    traineeId: DEMO_TRAINEES.lynne,
    aadObjectId: lynne.aadObjectId,
    name: lynne.name,
    phase: 'LIS3',
    specialty: 'allmennmedisin',
    employer,
    service: {
      start: lynneStart,
      end: addDays(lynneStart, 365 * 5),
      position: 'Fastlege i spesialisering',
      percent: 100,
    },
    partStart: lynneStart,
    // The plans in force when she started her specialty: ALM and the FKM plan of that day.
    catalogIds: catalogs.defaultsFor('LIS3', lynneStart, 'allmennmedisin').map((c) => c.id),
    roles: [holder(megan, 'leader'), holder(adele, 'advisor'), holder(isaiah, 'supervisor')],
    delegations: [],
    absence: [{ from: addDays(lynneStart, 180), to: addDays(lynneStart, 200), reason: 'holiday' }],
    milestones: [],
    createdAt: at(-366),
  };

  // Alex: a session held, its minutes finalised by Adele, and one in a week with the preparation to write.
  const session = (
    n: number,
    date: string,
    extra: Partial<AdvisorySession> = {},
    traineeId: string = DEMO_TRAINEES.alex,
  ): AdvisorySession => ({
    kind: 'session',
    id: `session:demo-${traineeId}-${n}`,
    traineeId,
    rev: extra.finalisedAt ? 3 : 1,
    date,
    form: 'individual',
    hours: 1,
    topics: '',
    goals: [],
    createdBy: adele.aadObjectId,
    createdAt: `${addDays(date, -7)}T09:00:00.000Z`,
    ...extra,
  });
  const alexSessions = [
    session(1, addDays(day, -21), {
      topics: 'Oppstart i kommunen: legevakt, sykehjem og plan for læringsmålene',
      preparation: { text: 'Jeg vil prioritere legevakt de første ukene.', at: at(-22) },
      minutes: {
        text: 'Gikk gjennom planen. Alex tar to legevakter i uka med supervisjon; sykehjem fra uke 6.',
        by: adele.aadObjectId,
        byName: adele.name,
        at: at(-21, 15),
      },
      finalisedAt: at(-21, 15),
    }),
    session(2, addDays(day, 7), { topics: 'Halvveis: hva gjenstår av kommunemålene?' }),
  ];
  // Lynne (LIS3 in general practice): individual sessions with Adele and group veiledning hours.
  const lynneSessions = [
    ...[-300, -210, -120, -30].map((d, i) =>
      session(
        i + 1,
        addDays(day, d),
        {
          topics: 'Individuell veiledning',
          minutes: { text: 'Referat ført.', by: adele.aadObjectId, byName: adele.name, at: at(d, 15) },
          finalisedAt: at(d, 15),
        },
        DEMO_TRAINEES.lynne,
      ),
    ),
    ...Array.from({ length: 8 }, (_, i) =>
      session(
        10 + i,
        addDays(day, -320 + i * 35),
        {
          form: 'group',
          hours: 3,
          topics: 'Veiledningsgruppe',
          minutes: {
            text: 'Gruppemøte.',
            by: adele.aadObjectId,
            byName: adele.name,
            at: at(-320 + i * 35, 15),
          },
          finalisedAt: at(-320 + i * 35, 15),
        },
        DEMO_TRAINEES.lynne,
      ),
    ),
  ];

  const trainees: TraineeSeed[] = [
    {
      profile: alexProfile,
      goals: alexGoals,
      activities: alexActivities,
      audit: alexAudit,
      sessions: alexSessions,
    },
    {
      profile: lynneProfile,
      goals: lynneGoals,
      activities: lynneActivities,
      audit: lynneAudit,
      sessions: lynneSessions,
    },
  ];

  const person = (p: { aadObjectId: string; name: string }, extra: Partial<Person> = {}): Person => ({
    id: p.aadObjectId,
    aadObjectId: p.aadObjectId,
    name: p.name,
    roles: rolesOf(p.aadObjectId, trainees),
    updatedAt: at(-95),
    ...extra,
  });
  return {
    unit: {
      id: DEMO_UNIT_ID,
      unitId: DEMO_UNIT_ID,
      name: employer.name,
      kind: 'municipality',
      teamIds: [DEMO_TEAM_ID],
      traineeIds: trainees.map((s) => s.profile.traineeId),
      owners: [megan.aadObjectId],
    },
    people: [
      person(alex, { traineeId: DEMO_TRAINEES.alex }),
      person(megan),
      person(adele),
      person(isaiah),
      person(patti),
      person(lynne, { traineeId: DEMO_TRAINEES.lynne }),
    ],
    trainees,
  };
}

function rolesOf(aadObjectId: string, trainees: TraineeSeed[]): PersonRole[] {
  return trainees.flatMap(({ profile }) =>
    profile.roles
      .filter((r) => r.aadObjectId === aadObjectId)
      .map((r) => ({
        traineeId: profile.traineeId,
        traineeName: profile.name,
        role: r.role,
        state: r.state,
      })),
  );
}

function auditFor(doc: GoalState | LearningActivity, actor: string, verb: string, at: string): AuditEvent {
  return {
    kind: 'audit',
    id: `audit:demo:${doc.id}:${verb}`,
    traineeId: doc.traineeId,
    actor,
    verb,
    target: doc.id,
    before: { status: verb === 'activity.sign' ? 'pending_signature' : 'pending_approval' },
    after: { status: doc.status },
    at,
  };
}
