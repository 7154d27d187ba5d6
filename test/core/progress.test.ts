import { fiveYearLis3 } from '../../bench/population';
import { progressModel, progressSentence } from '../../cards/progress';
import { boardOf } from '../../core/activities';
import { CatalogSet, DEMO_CATALOGS } from '../../core/catalog';
import { addDays } from '../../core/dates';
import { demoMunicipality } from '../../core/demo';
import { requestApproval } from '../../core/goals';
import { t } from '../../core/i18n';
import { type GoalState, summaryOf, type TraineeProfile } from '../../core/model';
import { progressOf } from '../../core/progress';

const catalogs = new CatalogSet(DEMO_CATALOGS);
const TODAY = '2026-11-26';
const demo = demoMunicipality(new Date(`${TODAY}T09:00:00Z`), catalogs);
const alex = demo.trainees[0];
if (!alex) throw new Error('no demo');

const profile = (over: Partial<TraineeProfile>): TraineeProfile => ({ ...alex.profile, ...over });
const approved = (goalId: string, at: string, recorded = false): GoalState => ({
  kind: 'goal',
  id: `goal:lis3-allmennmedisin-2019:${goalId}`,
  traineeId: 'x',
  catalogId: 'lis3-allmennmedisin-2019',
  goalId,
  status: 'approved',
  rev: 2,
  approval: {
    by: 'l',
    byName: 'L',
    at,
    arena: 'municipality',
    ...(recorded ? { recordedFrom: { place: 'p', approverName: 'a' } } : {}),
  },
  updatedAt: at,
});

describe('progressOf on the demo LIS1', () => {
  const board = boardOf(alex);
  const p = progressOf(alex.profile, board.goals, board.open, board.signed, catalogs, TODAY);

  it('counts goals over both catalogs and splits them by arena', () => {
    // 101 clinical + the 19 goals of the 2025 FKM plan for LIS1 in the demo.
    expect(p.total).toBe(120);
    const approvedDocs = alex.goals.filter((g) => g.status === 'approved').length;
    expect(p.approved).toBe(approvedDocs);
    expect(p.remaining).toBe(120 - approvedDocs);
    const clinical = p.catalogs.find((c) => c.catalogId === 'lis1-clinical-2020');
    expect(clinical?.arenas.map((a) => [a.arena, a.total])).toEqual([
      ['hospital', 38],
      ['municipality', 47],
      ['psychiatry', 16],
    ]);
    expect(clinical?.arenas.find((a) => a.arena === 'hospital')?.remaining).toBe(0);
  });

  it('lists what waits for whom', () => {
    expect(p.pendingApproval).toBe(2);
    expect(p.pendingSignature).toBe(2);
    expect(p.pending.filter((q) => q.kind === 'approval').every((q) => q.waitingFor === 'Megan Bowen')).toBe(
      true,
    );
    expect(
      p.pending
        .filter((q) => q.kind === 'signature')
        .map((q) => q.waitingFor)
        .sort(),
    ).toEqual(['Isaiah Langer', 'Patti Fernandez']);
  });

  it('gives the next milestone, the absence against 10 %, and a forecast with its numbers', () => {
    expect(p.nextMilestone?.kind).toBe('halfway');
    expect(p.absence).toMatchObject({ days: 7, limit: 10, level: 'ok' });
    expect(p.absence?.percent).toBeCloseTo((7 / 183) * 100, 1);
    expect(p.service?.weeksLeft).toBe(13);
    // The pace would do, but two hospital FKM goals are left that the municipality cannot approve.
    expect(p.forecast?.projected).toBeGreaterThanOrEqual(p.remaining);
    // Whom to ask: the hospital of the period Alex served there.
    expect(p.elsewhere).toEqual([
      { arena: 'hospital', count: 2, served: true, contact: 'Sørlandet sykehus Kristiansand (demo)' },
    ]);
    expect(p.forecast).toMatchObject({ status: 'at_risk', elsewhere: 2, remaining: p.remaining });
  });

  it('a LIS1 in the municipal part has served the hospital year, entered or not: its goals need the hospital now', () => {
    const municipal = profile({ earlier: [] });
    const q = progressOf(municipal, [], [], {}, catalogs, TODAY);
    expect(q.elsewhere.map((e) => [e.arena, e.served, e.contact])).toEqual([
      ['hospital', true, undefined],
      ['psychiatry', true, undefined],
    ]);
    expect(q.forecast).toMatchObject({
      status: 'at_risk',
      elsewhere: q.elsewhere[0]!.count + q.elsewhere[1]!.count,
    });
    const facts = progressModel(q, municipal, 'nb', { viewerIsLis: true })
      .facts.filter((f) => f.title === 'Godkjennes et annet sted')
      .map((f) => f.value);
    expect(facts[0]).toMatch(/skal godkjennes i sykehuset \(spesialisthelsetjenesten\)/);
    expect(facts.join(' ')).not.toMatch(/i den delen av tjenesten\./);
    // Approved there already, most likely: the card says where to record them, all at once.
    const values = progressModel(q, municipal, 'nb', { viewerIsLis: true }).facts.map((f) => f.value);
    expect(values).toContain(t('nb', 'elsewhereRecordPrior'));
    // Not on a card about someone else, nor for a part still to come (below).
    expect(progressModel(q, municipal, 'nb', { viewerIsLis: false }).facts.map((f) => f.value)).not.toContain(
      t('nb', 'elsewhereRecordPrior'),
    );
  });

  it('a period registered ahead of its start says when it starts, not the time left of it', () => {
    const ahead = profile({
      service: { start: '2027-03-01', end: '2027-08-31', position: 'LIS1', percent: 100 },
      milestones: [],
    });
    const q = progressOf(ahead, [], [], {}, catalogs, TODAY);
    expect(q.service).toMatchObject({ upcoming: true, ended: false });
    expect(progressSentence('nb', q, null)).toMatch(/ Tjenesteperioden starter 01\.03\.2027\.$/);
    const now = progressOf(profile({}), [], [], {}, catalogs, TODAY);
    expect(now.service?.upcoming).toBeUndefined();
    expect(progressSentence('nb', now, null)).not.toMatch(/starter/);
  });

  it('with every goal reached, congratulates, says where they go next, and how much service is left', () => {
    const all = alex.profile.catalogIds.flatMap((catalogId) =>
      (catalogs.get(catalogId)?.goals ?? []).map((g) =>
        summaryOf({
          ...approved(g.id, '2026-11-20T10:00:00.000Z'),
          id: `goal:${catalogId}:${g.id}`,
          catalogId,
        }),
      ),
    );
    const done = progressOf(alex.profile, all, [], {}, catalogs, TODAY);
    expect(done.remaining).toBe(0);
    expect(progressSentence('nb', done, null)).toBe(
      `Du har nådd alle ${done.total} læringsmålene. Gratulerer! Før dem inn i Kompetanseportalen: skriv «eksporter til kompetanseportalen». 13 uker igjen av tjenesten.`,
    );
    expect(progressSentence('en', done, 'Alex Wilber')).toBe(
      `Alex Wilber has reached all ${done.total} learning goals. 13 weeks of service left.`,
    );
    // Served to the end: nothing more to say of the service.
    const ended = progressOf(alex.profile, all, [], {}, catalogs, '2027-03-10');
    expect(progressSentence('nb', ended, null)).toMatch(/«eksporter til kompetanseportalen»\.$/);
  });

  it('says of a part still to come that it is to come, not whom to contact where it was served', () => {
    // A LIS1 two months into the hospital year: the municipal half lies ahead.
    const hospitalYear = profile({
      employer: { unitId: 'u-h', name: 'Sykehuset', kind: 'hospital' },
      service: { start: '2026-09-28', end: '2027-09-27', position: 'LIS1', percent: 100 },
      earlier: [],
    });
    const q = progressOf(hospitalYear, [], [], {}, catalogs, TODAY);
    const municipal = q.elsewhere.find((e) => e.arena === 'municipality');
    expect(municipal).toMatchObject({ served: false });
    expect(municipal?.contact).toBeUndefined();
    const card = progressModel(q, hospitalYear, 'nb', { viewerIsLis: true });
    const facts = card.facts.filter((f) => f.title === 'Godkjennes et annet sted').map((f) => f.value);
    expect(facts).toContain(
      `${municipal?.count} læringsmål skal godkjennes i kommunen, i den delen av tjenesten.`,
    );
    expect(facts.join(' ')).not.toMatch(/der du hadde den delen/);
    expect(card.facts.map((f) => f.value)).not.toContain(t('nb', 'elsewhereRecordPrior'));
    // Nothing approved in this period yet: too early to say, without a pace of 0 a week to go by.
    expect(card.facts.find((f) => f.title === 'Prognose')?.value).toBe('**For tidlig å si**');
    // Nor are they a risk to this period: its pace is measured against the hospital year's own goals.
    expect(q.forecast?.elsewhere).toBeUndefined();
    expect(q.forecast?.remaining).toBe(q.remaining - (municipal?.count ?? 0));
    expect(q.forecast?.status).not.toBe('at_risk');
    // Rows in one order in every plan (the FKM plan lists a municipal goal first).
    for (const c of q.catalogs)
      expect(c.arenas.map((a) => a.arena)).toEqual(
        ['hospital', 'municipality', 'psychiatry'].filter((x) => c.arenas.some((a) => a.arena === x)),
      );
    expect(q.catalogs[1]?.arenas.map((a) => a.arena)).toEqual(['hospital', 'municipality']);
  });

  it('offers only goals this employer can approve as ready; a hospital goal is refused when asked for in the municipality', () => {
    const hospital = new Set(
      p.catalogs.flatMap((c) =>
        catalogs
          .get(c.catalogId)!
          .goals.filter((g) => g.arena === 'hospital')
          .map((g) => g.id),
      ),
    );
    expect(p.ready.some((r) => hospital.has(r.goalId))).toBe(false);
    const g = alex.goals.find((x) => x.status === 'in_progress')!;
    expect(requestApproval(g, '2026-11-26T10:00:00Z', { arena: 'hospital', profile: alex.profile })).toEqual({
      ok: false,
      error: 'wrong_arena',
    });
    expect(
      requestApproval(g, '2026-11-26T10:00:00Z', { arena: 'municipality', profile: alex.profile }).ok,
    ).toBe(true);
    // A LIS2/3's employer approves the whole plan of the specialty: no arena stands in the way.
    const lis3 = { ...alex.profile, phase: 'LIS3' as const };
    expect(requestApproval(g, '2026-11-26T10:00:00Z', { arena: 'hospital', profile: lis3 }).ok).toBe(true);
  });

  it('puts every goal of a LIS2/3 where the employer approves it, whatever arena the plan gives a common goal', () => {
    // The demo's FKM plan for LIS2/3 gives 12 of its 25 goals the hospital as arena.
    const fkm = catalogs.get('fkm-lis23-2019')!;
    expect(fkm.goals.filter((g) => g.arena === 'hospital').length).toBeGreaterThan(0);
    const lis3 = profile({ phase: 'LIS3', catalogIds: ['lis3-allmennmedisin-2019', 'fkm-lis23-2019'] });
    const municipal = progressOf(lis3, [], [], {}, catalogs, TODAY);
    expect(municipal.catalogs.map((c) => c.arenas.map((a) => [a.arena, a.total]))).toEqual([
      [['municipality', 12]],
      [['municipality', 25]],
    ]);
    expect(municipal.elsewhere).toEqual([]);
    const lis2 = profile({
      phase: 'LIS2',
      catalogIds: ['fkm-lis23-2019'],
      employer: { unitId: 'u-h', name: 'Sykehuset', kind: 'hospital' },
    });
    expect(progressOf(lis2, [], [], {}, catalogs, TODAY).catalogs[0]?.arenas.map((a) => a.arena)).toEqual([
      'hospital',
    ]);
  });

  it('counts psychiatry goals only for a LIS1 who serves in psychiatry, keeping one approved anyway', () => {
    const psychiatry = (pp: typeof p) =>
      pp.catalogs.flatMap((c) => c.arenas).find((a) => a.arena === 'psychiatry');
    const serves = progressOf(alex.profile, board.goals, [], {}, catalogs, '2026-11-26');
    const unapproved = board.goals.filter((g) => g.id.includes(':DEL1-09') && g.status === 'approved');
    const goalsWithout = board.goals.map((g) =>
      unapproved.some((u) => u.id === g.id) ? { ...g, status: 'in_progress' as const } : g,
    );
    const not = progressOf(
      // Registered as not serving in psychiatry, and no period there.
      { ...alex.profile, psychiatry: false, earlier: [] },
      goalsWithout,
      [],
      {},
      catalogs,
      '2026-11-26',
    );
    expect(psychiatry(serves)?.total).toBe(16);
    // DEL1-090 … DEL1-099 were made not approved: they no longer count; the other six stay, approved.
    expect(unapproved).toHaveLength(10);
    expect(psychiatry(not)?.total).toBe(6);
    expect(psychiatry(not)?.approved).toBe(6);
    expect(not.total).toBe(serves.total - 10);
    // A psychiatry period the employer entered says more than the registration's answer: they count again.
    const withPeriod = progressOf(
      { ...alex.profile, psychiatry: false },
      goalsWithout,
      [],
      {},
      catalogs,
      '2026-11-26',
    );
    expect(alex.profile.earlier?.some((x) => x.place === 'psychiatry')).toBe(true);
    expect(psychiatry(withPeriod)?.total).toBe(16);
  });

  it('offers goals with a signed activity as ready to ask for approval', () => {
    expect(p.ready.length).toBeGreaterThan(0);
    for (const r of p.ready)
      expect(alex.goals.find((g) => g.id === r.docId)?.status).not.toBe('pending_approval');
  });
});

describe('progressOf, table', () => {
  const gp = profile({
    phase: 'LIS3',
    catalogIds: ['lis3-allmennmedisin-2019'],
    service: { start: '2026-01-01', end: '2026-12-31', position: 'x', percent: 100 },
    absence: [],
    milestones: [],
  });
  // Eight of twelve approved in March: a fast pace.
  const fast = Array.from({ length: 8 }, (_, i) => approved(`ALM-00${i + 1}`, '2026-03-01T10:00:00Z'));
  const cases: {
    name: string;
    p: TraineeProfile;
    goals: GoalState[];
    today: string;
    expect: Record<string, unknown>;
  }[] = [
    {
      name: 'nothing approved yet',
      p: gp,
      goals: [],
      today: '2026-06-01',
      expect: { remaining: 12, forecast: 'unknown' },
    },
    {
      name: 'nothing approved when half the period is gone is at risk',
      p: gp,
      goals: [],
      today: '2026-07-02',
      expect: { remaining: 12, forecast: 'at_risk' },
    },
    {
      name: 'nothing approved the day before half the period is gone: still too early',
      p: gp,
      goals: [],
      today: '2026-07-01',
      expect: { remaining: 12, forecast: 'unknown' },
    },
    {
      name: 'a fast pace is on track',
      p: gp,
      goals: fast,
      today: '2026-06-01',
      expect: { remaining: 4, forecast: 'on_track' },
    },
    {
      name: 'a LIS3 with no advisor is at risk, however fast',
      p: { ...gp, roles: gp.roles.filter((r) => r.role !== 'advisor') },
      goals: fast,
      today: '2026-06-01',
      expect: { remaining: 4, forecast: 'at_risk' },
    },
    {
      name: 'a slow pace is at risk',
      p: gp,
      goals: [approved('ALM-001', '2026-03-01T10:00:00Z')],
      today: '2026-11-01',
      expect: { remaining: 11, forecast: 'at_risk' },
    },
    {
      name: 'recorded approvals do not count for the pace',
      p: gp,
      goals: Array.from({ length: 3 }, (_, i) => approved(`ALM-00${i + 1}`, '2025-03-01T10:00:00Z', true)),
      today: '2026-06-01',
      expect: { remaining: 9, forecast: 'unknown' },
    },
    {
      name: 'all done',
      p: gp,
      goals: Array.from({ length: 12 }, (_, i) =>
        approved(`ALM-${String(i + 1).padStart(3, '0')}`, '2026-03-01T10:00:00Z'),
      ),
      today: '2026-06-01',
      expect: { remaining: 0, forecast: 'done' },
    },
    {
      name: 'the period over with goals left: no pace, however fast it was',
      p: gp,
      goals: fast,
      today: '2027-01-01',
      expect: { remaining: 4, forecast: 'ended' },
    },
    {
      name: 'the last day of the period is still in it',
      p: gp,
      goals: fast,
      today: '2026-12-31',
      expect: { remaining: 4, forecast: 'at_risk' },
    },
  ];
  it.each(cases)('$name', (c) => {
    const p = progressOf(c.p, c.goals.map(summaryOf), [], {}, catalogs, c.today);
    expect({ remaining: p.remaining, forecast: p.forecast?.status }).toEqual(c.expect);
  });

  it('says why a LIS with nothing approved past half the period is at risk, not a pace of 0 a week', () => {
    const p = progressOf(gp, [], [], {}, catalogs, '2026-09-01');
    const card = progressModel(p, gp, 'nb', { viewerIsLis: true });
    expect(card.facts.find((f) => f.title === 'Prognose')?.value).toBe(
      '**I faresonen**. Ingen læringsmål er godkjent i denne tjenesten ennå, og over halve tjenestetiden er gått; 12 gjenstår.',
    );
    expect(progressSentence('nb', p, null)).toMatch(
      /– og ingen læringsmål er godkjent i denne tjenesten ennå\.$/,
    );
  });

  it('says why a LIS2/3 is at risk: no advisor, not the pace; and that only FKM counts where the specialty has no plan', () => {
    const lis2 = profile({
      phase: 'LIS2',
      specialty: 'hjertesykdommer',
      catalogIds: ['fkm-lis23-2026'],
      roles: gp.roles.filter((r) => r.role !== 'advisor'),
      service: { start: '2026-01-01', end: '2026-12-31', position: 'x', percent: 100 },
      absence: [],
      milestones: [],
    });
    const p = progressOf(lis2, [], [], {}, catalogs, '2026-06-01');
    expect(p.missingPlan).toBe('hjertesykdommer');
    const sentence = progressSentence('nb', p, null);
    expect(sentence).toContain(
      'Læringsmålplanen for hjertesykdommer er ikke i appen ennå, så bare de felles kompetansemålene (FKM) er telt med.',
    );
    expect(sentence).toMatch(/– og ingen veileder er oppnevnt, det kreves gjennom hele spesialiseringen\.$/);
    expect(sentence).not.toMatch(/i dette tempoet/);
    // With its own plan (general practice), nothing is said about plans.
    expect(progressOf(gp, [], [], {}, catalogs, '2026-06-01').missingPlan).toBeUndefined();
  });

  it('the card of a period that is over says what is left, not a pace of 0 to come', () => {
    const p = progressOf(gp, fast.map(summaryOf), [], {}, catalogs, '2027-01-01');
    const forecast = progressModel(p, gp, 'nb', { viewerIsLis: true }).facts.find(
      (f) => f.title === 'Prognose',
    );
    expect(forecast?.value).toBe('**Perioden er over**. 4 læringsmål er ikke godkjent.');
  });

  it('warns about absence from 8 % and says when it is over 10 % (LIS1 only)', () => {
    const svc = { start: '2026-01-01', end: '2026-06-30', position: 'x', percent: 100 };
    const lis1 = (days: number) =>
      progressOf(
        profile({
          service: svc,
          absence: [{ from: '2026-02-01', to: addDays('2026-02-01', days - 1), reason: 'sick' }],
        }),
        [],
        [],
        {},
        catalogs,
        '2026-03-01',
      ).absence;
    expect(lis1(5)?.level).toBe('ok');
    expect(lis1(15)?.level).toBe('warn');
    expect(lis1(19)?.level).toBe('over');
    const lis3 = progressOf(
      { ...gp, service: svc, absence: [{ from: '2026-02-01', to: '2026-03-15', reason: 'leave' }] },
      [],
      [],
      {},
      catalogs,
      '2026-03-01',
    ).absence;
    expect(lis3).toMatchObject({ level: 'ok' });
    expect(lis3?.limit).toBeUndefined();
  });
});

describe('service time left, on the card of what is left', () => {
  const board = boardOf(alex);
  const left = (p: TraineeProfile) =>
    progressOf(p, board.goals, board.open, board.signed, catalogs, TODAY).service?.parts.map((x) => x.part);

  it('names only the parts not served yet: the municipal part, not the hospital year served', () => {
    expect(left(alex.profile)).toEqual(['municipality']);
  });

  it('does not count a hospital year the employer has not entered as left (a LIS1 in the municipal part served it)', () => {
    expect(left(profile({ earlier: [] }))).toEqual(['municipality']);
    // In the hospital part, it is what is being served.
    expect(left(profile({ earlier: [], part: 'hospital' }))).toEqual(['hospital', 'municipality']);
  });
});

describe('the themes left, on the card', () => {
  it('names the eight with most left, in the order a reader expects («Tema 2» before «Tema 10»), and counts the rest', () => {
    const big = fiveYearLis3('http://connector.invalid', TODAY).catalog;
    const set = new CatalogSet([...DEMO_CATALOGS, big]);
    const lis3 = profile({ phase: 'LIS3', specialty: 'allmennmedisin', catalogIds: [big.id] });
    const card = progressModel(progressOf(lis3, [], [], {}, set, TODAY), lis3, 'nb', { viewerIsLis: true });
    expect(card.catalogs[0]?.themes).toBe(
      'Igjen per tema: Tema 0 25 · Tema 1 25 · Tema 2 25 · Tema 3 25 · Tema 4 25 · Tema 5 25 · Tema 6 25 · Tema 7 25 · og 4 temaer til',
    );
  });
});
