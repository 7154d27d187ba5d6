import ExcelJS from 'exceljs';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { updateProfile } from '../../ops/profiles';
import { invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { pdfLines } from '../helpers/pdf';
import { TEST_CLIENT_ID, TEST_TENANT, TestIssuer } from '../helpers/tokens';

const { alex, megan, patti, adele, isaiah } = DEMO_PEOPLE;

describe('the tab API behind Teams SSO', () => {
  let app: TestApp;
  let issuer: TestIssuer;
  const get = async (path: string, token?: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${app.baseUrl}${path}`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const post = async (path: string, token: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${app.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    issuer = await new TestIssuer().start();
    app = await startTestApp({ tab: issuer.tabOptions() });
  });
  afterAll(async () => {
    await app.stop();
    await issuer.stop();
  });

  it('answers a valid token with the first view in one call', async () => {
    const { status, body } = await get('/api/tab/overview', await issuer.token(alex.aadObjectId));
    expect(status).toBe(200);
    expect(body.me).toMatchObject({ aadObjectId: alex.aadObjectId, isLis: true, leads: false });
    expect((body.detail as { traineeId: string }).traineeId).toBe(DEMO_TRAINEES.alex);
    // Whom a reminder of a request reaches: the leader (and any delegate of hers today).
    expect((body.detail as { approvers: string[] }).approvers).toEqual(['Megan Bowen']);
    const leader = await get('/api/tab/overview', await issuer.token(megan.aadObjectId));
    expect((leader.body.trainees as unknown[]).length).toBe(2);
    expect(leader.body.detail).toBeNull();
    expect(leader.body.me).toMatchObject({ isLis: false, leads: true });
    // What waits for the one looking: Megan's approvals for each LIS; Isaiah's signature for Alex.
    const forYou = (b: Record<string, unknown>) =>
      Object.fromEntries(
        (b.trainees as { traineeId: string; forYou?: number }[]).map((x) => [x.traineeId, x.forYou]),
      );
    expect(forYou(leader.body)).toEqual({ [DEMO_TRAINEES.alex]: 2, [DEMO_TRAINEES.lynne]: 1 });
    const supervisor = await get('/api/tab/overview', await issuer.token(isaiah.aadObjectId));
    expect(forYou(supervisor.body)).toEqual({ [DEMO_TRAINEES.alex]: 1, [DEMO_TRAINEES.lynne]: 0 });
    // The advisor's advice waits for her as the chat's «hva venter på meg?» lists it: one goal per LIS
    // (Alex's other request she has already recommended).
    const advisor = await get('/api/tab/overview', await issuer.token(adele.aadObjectId));
    expect(forYou(advisor.body)).toEqual({ [DEMO_TRAINEES.alex]: 1, [DEMO_TRAINEES.lynne]: 1 });
  });

  it('offers the export and the plan check only to whom the server grants them: a leader, not an advisor', async () => {
    const advisor = await get('/api/tab/overview', await issuer.token(adele.aadObjectId));
    expect(advisor.body.me).toMatchObject({ isLis: false, leads: false });
    // What the page would have offered her is refused by the server: the page no longer offers it.
    const refused = await get('/api/tab/export.xlsx?since=2026-01-01', await issuer.token(adele.aadObjectId));
    expect(refused.status).toBeGreaterThanOrEqual(400);
    const leader = await fetch(`${app.baseUrl}/api/tab/export.xlsx?since=2026-01-01`, {
      headers: { authorization: `Bearer ${await issuer.token(megan.aadObjectId)}` },
    });
    expect(leader.status).toBe(200);
  });

  it('accepts the v1 issuer and the App ID URI as audience', async () => {
    const t = await issuer.token(alex.aadObjectId, {
      iss: `https://sts.windows.net/${TEST_TENANT}/`,
      aud: `api://localhost/${TEST_CLIENT_ID}`,
    });
    expect((await get('/api/tab/overview', t)).status).toBe(200);
  });

  it.each([
    ['no token', async () => undefined],
    ['an expired token', async () => issuer.token(alex.aadObjectId, { expiresIn: '-10 minutes' })],
    ['the wrong audience', async () => issuer.token(alex.aadObjectId, { aud: 'someone-else' })],
    [
      'the wrong tenant',
      async () => issuer.token(alex.aadObjectId, { tid: '99999999-2222-3333-4444-555555555555' }),
    ],
    [
      'an issuer of another tenant',
      async () =>
        issuer.token(alex.aadObjectId, {
          iss: 'https://login.microsoftonline.com/99999999-2222-3333-4444-555555555555/v2.0',
        }),
    ],
    ['the wrong signature', async () => issuer.token(alex.aadObjectId, {}, { wrongKey: true })],
    ['no access_as_user scope', async () => issuer.token(alex.aadObjectId, { scp: 'User.Read' })],
    ['garbage', async () => 'not.a.token'],
  ])('refuses %s with 401 and no data', async (_name, make) => {
    const { status, body } = await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, await make());
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'unauthenticated' });
  });

  it('refuses the development identity when it is not switched on', async () => {
    const { status } = await get('/api/tab/overview', undefined, { 'x-dev-user': alex.aadObjectId });
    expect(status).toBe(401);
    expect((await get('/api/tab/dev/people')).status).toBe(404);
  });

  it('answers a LIS the caller has no role for exactly as one that does not exist', async () => {
    const t = await issuer.token(patti.aadObjectId);
    const paths = (id: string) => [
      `/api/tab/trainees/${id}`,
      `/api/tab/overview?trainee=${id}`,
      `/api/tab/trainees/${id}/history?goal=goal:lis3-allmennmedisin-2019:ALLM-001`,
    ];
    const theirs = await Promise.all(paths(DEMO_TRAINEES.lynne).map((p) => get(p, t)));
    const nobody = await Promise.all(paths('lis-does-not-exist').map((p) => get(p, t)));
    expect(theirs.map((r) => r.status)).toEqual([404, 404, 404]);
    expect(theirs).toEqual(nobody);
    expect(JSON.stringify(theirs)).not.toMatch(/Lynne/);
    expect((await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, t)).status).toBe(200);
  });

  it('checks an official goal list over HTTP for a leader (the spreadsheet as published): what would change, nothing written', async () => {
    const fkm = app.deps.catalogs.get('fkm-lis1-2025')!;
    const sheet = async (rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Læringsmål');
      ws.addRow([
        'Læringsmål-ID',
        'Læringsmål',
        'Kompetanseområde',
        'Læringsarena',
        'Tverrnivå (ja/nei)',
        'Merknad',
      ]);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    };
    const arena = (a: string) => (a === 'hospital' ? 'Sykehus' : 'Kommune');
    // The loaded plan with its first goal reworded at length, its last removed, and one new.
    const rows = fkm.goals
      .slice(0, -1)
      .map((g, i) => [
        g.id,
        i === 0
          ? `${g.title}, også i samtale med pårørende og i tverrfaglige møter der pasientens verdier står på spill.`
          : g.title,
        g.theme,
        arena(g.arena),
        g.crossLevel ? 'Ja' : 'Nei',
        '',
      ]);
    rows.push(['FKM-030', 'Et nytt mål', 'Etikk', 'Kommune', 'Nei', 'ny']);
    const body = {
      fileName: 'fkm-lis1.xlsx',
      content: await sheet(rows),
      id: 'fkm-lis1-2025',
      part: 'LIS1',
      kind: 'fkm',
      version: '2026',
      from: '2026-09-01',
    };
    const r = await post('/api/tab/catalogs/check', await issuer.token(megan.aadObjectId), body);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      goals: fkm.goals.length,
      ignoredColumns: ['Merknad'],
      against: { id: 'fkm-lis1-2025', version: fkm.version },
      diff: {
        added: ['FKM-030'],
        removed: [fkm.goals.at(-1)?.id],
        moved: [],
        unchanged: fkm.goals.length - 2,
      },
    });
    expect((r.body.diff as { reworded: { id: string }[] }).reworded.map((x) => x.id)).toEqual([
      fkm.goals[0]?.id,
    ]);
    // Nothing changed in the app's catalogs.
    expect(app.deps.catalogs.get('fkm-lis1-2025')).toBe(fkm);

    // The same list as a CSV, saved as people save them: Excel in Norway writes Windows-1252 for plain
    // "CSV (semikolonseparert)", "CSV UTF-8" has a BOM; each reads as the spreadsheet did.
    const csvText = [
      ['Læringsmål-ID', 'Læringsmål', 'Kompetanseområde', 'Læringsarena', 'Tverrnivå (ja/nei)', 'Merknad'],
      ...rows,
    ]
      .map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(';'))
      .join('\r\n');
    const asCsv = async (bytes: Buffer) =>
      post('/api/tab/catalogs/check', await issuer.token(megan.aadObjectId), {
        ...body,
        fileName: 'fkm-lis1.csv',
        content: bytes.toString('base64'),
      });
    for (const bytes of [
      Buffer.from(csvText, 'latin1'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText, 'utf8')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText, 'utf16le')]),
    ]) {
      const fromCsv = await asCsv(bytes);
      expect(fromCsv.status).toBe(200);
      expect(fromCsv.body).toEqual(r.body);
    }

    // A bad row: every problem by row and field, no result.
    const bad = await post('/api/tab/catalogs/check', await issuer.token(megan.aadObjectId), {
      ...body,
      content: await sheet([['FKM-001', 'Ok', 'Etikk', 'Månen', 'Nei', '']]),
    });
    expect(bad.status).toBe(422);
    expect(bad.body.problems).toEqual([expect.objectContaining({ row: 2, field: 'arena' })]);
    // Not a leader: nothing at all. No token: 401. Not a goal list: 400.
    expect((await post('/api/tab/catalogs/check', await issuer.token(alex.aadObjectId), body)).status).toBe(
      404,
    );
    expect((await post('/api/tab/catalogs/check', '', body)).status).toBe(401);
    expect(
      (
        await post('/api/tab/catalogs/check', await issuer.token(megan.aadObjectId), {
          ...body,
          fileName: 'x.exe',
        })
      ).status,
    ).toBe(400);
  });

  it('shows absence to the LIS, leader and advisor, not to a supervisor', async () => {
    const detail = async (who: string) =>
      (
        (await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, await issuer.token(who))).body.progress as {
          absence?: unknown;
        }
      ).absence;
    expect(await detail(alex.aadObjectId)).toBeDefined();
    expect(await detail(megan.aadObjectId)).toBeDefined();
    expect(await detail(adele.aadObjectId)).toBeDefined();
    expect(await detail(isaiah.aadObjectId)).toBeUndefined();
  });

  it("says why a LIS is at risk, in the status card's words: to the LIS, of the LIS to others, in their language", async () => {
    const progress = async (who: string, trainee: string, lang = 'nb') =>
      (await get(`/api/tab/trainees/${trainee}?lang=${lang}`, await issuer.token(who))).body.progress as {
        forecast?: { status: string };
        forecastReasons: string[];
        elsewhereLines: string[];
      };
    const own = await progress(alex.aadObjectId, DEMO_TRAINEES.alex);
    expect(own.forecast?.status).toBe('at_risk');
    expect(own.forecastReasons[0]).toBe('2 læringsmål kan ikke godkjennes av arbeidsgiveren du har nå');
    expect(own.forecastReasons[1]).toMatch(
      /^Hittil \d+,\d godkjent per uke\. I dette tempoet blir omtrent \d+ godkjent/,
    );
    expect(own.elsewhereLines).toEqual([
      '2 læringsmål skal godkjennes i sykehuset (spesialisthelsetjenesten): ta kontakt med Sørlandet sykehus Kristiansand (demo), der du hadde den delen av tjenesten.',
    ]);
    const leaders = await progress(megan.aadObjectId, DEMO_TRAINEES.alex, 'en');
    expect(leaders.forecastReasons[0]).toBe(
      '2 learning goals cannot be approved by the employer Alex Wilber has now',
    );
    expect(leaders.elsewhereLines[0]).toMatch(/, where Alex Wilber served that part\.$/);
    // A LIS3 at risk by her pace alone: the pace is the reason, and nothing is approved elsewhere.
    const lynne = await progress(megan.aadObjectId, DEMO_TRAINEES.lynne);
    expect(lynne.forecastReasons).toEqual([expect.stringMatching(/^Hittil 0,1 godkjent per uke/)]);
    expect(lynne.elsewhereLines).toEqual([]);
    // Part time lengthens the part: a municipal half at 80 % over six months falls short, and the page says so.
    const original = (await app.store.trainees.getProfile(DEMO_TRAINEES.alex))!.service!;
    await updateProfile(app.deps, DEMO_TRAINEES.alex, (p) => ({
      ...p,
      service: { ...original, percent: 80 },
    }));
    try {
      const short = (
        await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, await issuer.token(megan.aadObjectId))
      ).body.progress as { serviceShortLine?: string };
      expect(short.serviceShortLine).toMatch(
        /^Perioden er \d+ dager kortere enn delen krever med 80 % stilling\.$/,
      );
      expect(own).not.toHaveProperty('serviceShortLine');
    } finally {
      await updateProfile(app.deps, DEMO_TRAINEES.alex, (p) => ({ ...p, service: original }));
    }
  });

  it('shows who holds which role around the LIS to the LIS, leader and advisor, not to a supervisor', async () => {
    const roles = async (who: string) =>
      (await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, await issuer.token(who))).body.roles as {
        name: string;
        role: string;
      }[];
    for (const who of [alex, megan, adele])
      expect(await roles(who.aadObjectId)).toEqual(
        expect.arrayContaining([
          { aadObjectId: megan.aadObjectId, name: 'Megan Bowen', role: 'leader', state: 'active' },
          { aadObjectId: adele.aadObjectId, name: 'Adele Vance', role: 'advisor', state: 'active' },
          { aadObjectId: patti.aadObjectId, name: 'Patti Fernandez', role: 'supervisor', state: 'active' },
        ]),
      );
    expect(await roles(isaiah.aadObjectId)).toEqual([]);
  });

  it('lists the newest activities, where each stands, to the LIS, leader and advisor, not to a supervisor', async () => {
    const detail = async (who: string) =>
      (await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, await issuer.token(who))).body as {
        activities: { date: string; status: string; who?: string; at?: string; goals: string[] }[];
        activitiesNext?: unknown;
      };
    const mine = await detail(alex.aadObjectId);
    const stored = await app.store.trainees.documents<{ date: string }>(DEMO_TRAINEES.alex, 'activity');
    expect(mine.activities.map((a) => a.date)).toEqual(
      stored
        .map((a) => a.date)
        .sort()
        .reverse(),
    );
    expect(mine.activities).toContainEqual(
      expect.objectContaining({ status: 'pending_signature', who: 'Isaiah Langer', goals: ['DEL1-067'] }),
    );
    expect(mine.activities.find((a) => a.status === 'signed')?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(mine.activitiesNext).toBeUndefined();
    expect((await detail(megan.aadObjectId)).activities).toHaveLength(mine.activities.length);
    expect((await detail(adele.aadObjectId)).activities).toHaveLength(mine.activities.length);
    expect((await detail(isaiah.aadObjectId)).activities).toEqual([]);
  });

  it('shows every service period with its place and LIS1’s two parts; absence per period not to a supervisor', async () => {
    type Periods = { periods: { place: string; current: boolean; absenceDays?: number }[]; parts: unknown[] };
    const detail = async (who: string) =>
      (await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, await issuer.token(who)))
        .body as unknown as Periods;
    const byLeader = await detail(megan.aadObjectId);
    expect(byLeader.periods.map((p) => [p.place, p.current])).toEqual([
      ['hospital', false],
      ['psychiatry', false],
      ['municipality', true],
    ]);
    expect(byLeader.periods.at(-1)?.absenceDays).toBe(7);
    expect(byLeader.parts).toEqual([
      // The municipal period runs on (27.08.2026–26.02.2027): 92 days up to 26.11.2026, 184 at its end,
      // six calendar months from 27 August.
      { part: 'hospital', days: 365, planned: 365, needed: 365, psychiatry: true },
      { part: 'municipality', days: 92, planned: 184, needed: 184 },
    ]);
    const bySupervisor = await detail(isaiah.aadObjectId);
    expect(bySupervisor.periods).toHaveLength(3);
    expect(JSON.stringify(bySupervisor.periods)).not.toMatch(/absence/);
    // The hospital year not entered here: served before the municipal half, not missing.
    const earlier = (await app.store.trainees.getProfile(DEMO_TRAINEES.alex))?.earlier;
    await updateProfile(app.deps, DEMO_TRAINEES.alex, (p) => ({ ...p, earlier: [] }));
    expect((await detail(megan.aadObjectId)).parts[0]).toEqual({
      part: 'hospital',
      days: 0,
      planned: 0,
      needed: 365,
      notEntered: true,
    });
    // (The app is shared by the tests below.)
    await updateProfile(app.deps, DEMO_TRAINEES.alex, (p) => ({ ...p, ...(earlier ? { earlier } : {}) }));
    expect((await detail(megan.aadObjectId)).parts).toHaveLength(2);
    expect((await detail(megan.aadObjectId)).parts[0]).toMatchObject({ days: 365 });
  });

  it('shows the LIS what was sent back to them, with the comment; others see only that a goal was returned', async () => {
    const snap = (await app.store.trainees.snapshot(DEMO_TRAINEES.alex))!;
    const goal = snap.goals.find((g) => g.status === 'pending_approval')!;
    const a = (await app.store.trainees.getActivity(DEMO_TRAINEES.alex, 'activity:demo-5'))!;
    await app.post(
      invoke(
        'goal.return',
        {
          traineeId: DEMO_TRAINEES.alex,
          id: goal.id,
          rev: goal.rev,
          comment: 'Mangler veileders vurdering.',
        },
        { from: megan, serviceUrl: app.connector.url },
      ),
    );
    await app.post(
      invoke(
        'activity.return',
        { traineeId: DEMO_TRAINEES.alex, id: a.id, rev: a.rev, comment: 'Skriv hva du gjorde selv.' },
        { from: patti, serviceUrl: app.connector.url },
      ),
    );
    await app.outbox.idle();
    const detail = async (who: string) =>
      (await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, await issuer.token(who))).body as {
        returned: { kind: string; what: string; comment?: string }[];
        goals: { docId: string; returned?: boolean }[];
      };
    const mine = await detail(alex.aadObjectId);
    expect(mine.returned.map((r) => [r.kind, r.what, r.comment])).toEqual(
      expect.arrayContaining([
        ['goal', goal.goalId, 'Mangler veileders vurdering.'],
        ['activity', a.description, 'Skriv hva du gjorde selv.'],
      ]),
    );
    const leader = await detail(megan.aadObjectId);
    expect(leader.returned).toEqual([]);
    expect(leader.goals.find((g) => g.docId === goal.id)?.returned).toBe(true);
    expect(JSON.stringify(leader)).not.toMatch(/Skriv hva du gjorde selv/);
  });

  it('gives the leader the confirmation of service for a finishing period, as a page and as a PDF; nobody else', async () => {
    const path = `/api/tab/trainees/${DEMO_TRAINEES.alex}/confirmation`;
    const megansToken = await issuer.token(megan.aadObjectId);
    // More than four weeks left: drawn as interim.
    const interim = await get(path, megansToken);
    expect(interim.status).toBe(200);
    expect(String(interim.body.draft)).toMatch(/Foreløpig: tjenesten varer til 26\.02\.2027/);
    const original = (await app.store.trainees.getProfile(DEMO_TRAINEES.alex))!.service!;
    await updateProfile(app.deps, DEMO_TRAINEES.alex, (p) => ({
      ...p,
      service: { ...original, end: '2026-12-10' },
    }));
    try {
      const page = await get(path, megansToken);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ title: 'Bekreftelse på gjennomført tjeneste' });
      expect(String(page.body.draft)).toMatch(/^Utkast/);
      expect(String(page.body.draft)).not.toMatch(/Foreløpig/);
      const pdf = await fetch(`${app.baseUrl}${path}.pdf`, {
        headers: { authorization: `Bearer ${megansToken}` },
      });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      // The LIS, the advisor and a supervisor are told it is the employer's; a stranger learns nothing.
      for (const who of [alex, adele, isaiah])
        expect((await get(path, await issuer.token(who.aadObjectId))).status).toBe(403);
      const stranger = await get(`${path}`, await issuer.token('aad-stranger-9'));
      expect(stranger).toEqual({ status: 404, body: { error: 'not_found' } });
      const detail = async (who: string) =>
        (
          (await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, await issuer.token(who))).body as {
            canConfirm: boolean;
          }
        ).canConfirm;
      expect(await detail(megan.aadObjectId)).toBe(true);
      expect(await detail(alex.aadObjectId)).toBe(false);
    } finally {
      await updateProfile(app.deps, DEMO_TRAINEES.alex, (p) => ({ ...p, service: original }));
    }
  });

  it('shows advisory sessions in full to the LIS and the advisor, only their dates to the leader, none to a supervisor', async () => {
    const sessions = async (who: string) =>
      (
        (await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, await issuer.token(who))).body as {
          sessions: { date: string; held: boolean; topics?: string; minutes?: string }[];
        }
      ).sessions;
    for (const who of [alex, adele]) {
      const all = await sessions(who.aadObjectId);
      expect(all.length).toBeGreaterThanOrEqual(2);
      expect(all.some((x) => x.held && x.minutes?.startsWith('Gikk gjennom planen'))).toBe(true);
    }
    const leader = await sessions(megan.aadObjectId);
    expect(leader.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(leader)).not.toMatch(/Gikk gjennom|Oppstart i kommunen|topics|minutes/);
    expect(await sessions(isaiah.aadObjectId)).toEqual([]);
  });

  it('exports the approved goals for Kompetanseportalen as XLSX (read back with the same library) and PDF; each export an audit event', async () => {
    const fetchAs = async (path: string, who: string) =>
      fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${await issuer.token(who)}` } });
    const auditBefore = (await app.store.trainees.auditOf(DEMO_TRAINEES.alex, 'export')).length;
    const res = await fetchAs(`/api/tab/trainees/${DEMO_TRAINEES.alex}/export.xlsx`, alex.aadObjectId);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('Godkjente læringsmål');
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'LIS',
      'Læringsmålplan',
      'ID',
      'Læringsmål',
      'Arena',
      'Godkjent dato',
      'Godkjent av',
      'På vegne av',
      'Godkjent tidligere ved',
      'Veileders anbefaling',
      'Signerte aktiviteter (supervisør, dato)',
    ]);
    // Every approved goal once, in the plans' order, compared with the store.
    const snap = (await app.store.trainees.snapshot(DEMO_TRAINEES.alex))!;
    const approved = snap.goals.filter((g) => g.status === 'approved');
    expect((sheet?.rowCount ?? 0) - 1).toBe(approved.length);
    const ids: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) ids.push(String(row.getCell(3).value));
    });
    const catalogOrder = snap.profile.catalogIds.flatMap((c) =>
      app.deps.catalogs.get(c)!.goals.map((g) => g.id),
    );
    expect(ids).toEqual(catalogOrder.filter((id) => approved.some((g) => g.goalId === id)));
    expect(new Set(ids).size).toBe(ids.length);
    const pdf = await fetchAs(`/api/tab/trainees/${DEMO_TRAINEES.alex}/export.pdf`, megan.aadObjectId);
    expect(pdf.status).toBe(200);
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    // One block per approved goal, headed by the LIS and the goal, as a reader sees the text.
    const blocks = pdfLines(pdfBytes).filter((l) => l.startsWith('Alex Wilber · '));
    expect(blocks.map((l) => l.split(' ')[3])).toEqual(ids);
    const events = await app.store.trainees.auditOf(DEMO_TRAINEES.alex, 'export');
    expect(events.length - auditBefore).toBe(2);
    expect(events.at(-1)).toMatchObject({
      verb: 'approvals.export',
      actor: megan.aadObjectId,
      after: { format: 'pdf', goals: approved.length },
    });
    // The leader's pass over all their LIS since a date; a supervisor is refused; a stranger learns nothing.
    const all = await fetchAs('/api/tab/export.xlsx?since=2026-01-01', megan.aadObjectId);
    expect(all.status).toBe(200);
    expect(
      (await fetchAs(`/api/tab/trainees/${DEMO_TRAINEES.alex}/export.xlsx`, isaiah.aadObjectId)).status,
    ).toBe(403);
    expect(
      (await fetchAs(`/api/tab/trainees/${DEMO_TRAINEES.alex}/export.xlsx`, 'aad-stranger-9')).status,
    ).toBe(404);
    expect((await fetchAs('/api/tab/export.xlsx', isaiah.aadObjectId)).status).toBe(403);
    expect((await fetchAs('/api/tab/export.xlsx?since=yesterday', megan.aadObjectId)).status).toBe(400);
  });

  it('lets the LIS ask for approval through the same domain operation, and nobody else', async () => {
    const t = await issuer.token(alex.aadObjectId);
    const d = (await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, t)).body as {
      goals: { docId: string; status: string; rev: number }[];
    };
    const g = d.goals.find((x) => x.status === 'in_progress');
    if (!g) throw new Error('no goal in progress');
    expect(
      (
        await post(
          `/api/tab/trainees/${DEMO_TRAINEES.alex}/goals/request`,
          await issuer.token(megan.aadObjectId),
          { id: g.docId, rev: g.rev },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await post(`/api/tab/trainees/${DEMO_TRAINEES.alex}/goals/request`, t, {
          id: g.docId,
          rev: g.rev + 5,
        })
      ).status,
    ).toBe(409);
    expect(
      (await post(`/api/tab/trainees/${DEMO_TRAINEES.alex}/goals/request`, t, { id: 'nonsense', rev: 0 }))
        .status,
    ).toBe(400);
    const ok = await post(`/api/tab/trainees/${DEMO_TRAINEES.alex}/goals/request`, t, {
      id: g.docId,
      rev: g.rev,
    });
    expect(ok).toEqual({ status: 200, body: { status: 'pending_approval', rev: g.rev + 1 } });
    // The request's event is the one for the new revision (the test clock gives every event the same time).
    const trail = await app.store.trainees.auditOf(DEMO_TRAINEES.alex, g.docId);
    expect(trail.find((e) => e.id.endsWith(`@${g.rev + 1}`))).toMatchObject({
      verb: 'goal.request',
      actor: alex.aadObjectId,
    });
  });

  it('writes a change sent twice with the same Idempotency-Key once, whether the two cross or follow', async () => {
    const t = await issuer.token(alex.aadObjectId);
    const T = DEMO_TRAINEES.alex;
    const activity = {
      activityKind: 'clinical_practice',
      date: '2026-11-21',
      description: 'Sendt to ganger',
      goals: [{ catalogId: 'lis1-clinical-2020', goalId: 'DEL1-070' }],
      supervisor: isaiah.aadObjectId,
    };
    const trail = async () => (await app.store.trainees.auditTrail(T)).length;
    const before = await trail();
    const key = { 'idempotency-key': 'page-change-0001' };
    const crossing = await Promise.all([
      post(`/api/tab/trainees/${T}/activities`, t, activity, key),
      post(`/api/tab/trainees/${T}/activities`, t, activity, key),
    ]);
    const after = await post(`/api/tab/trainees/${T}/activities`, t, activity, key);
    for (const r of [...crossing, after]) expect(r.status).toBe(201);
    expect(new Set([...crossing, after].map((r) => r.body.id)).size).toBe(1);
    const saved = (await app.store.trainees.documents<{ description: string }>(T, 'activity')).filter(
      (a) => a.description === 'Sendt to ganger',
    );
    expect(saved).toHaveLength(1);
    expect((await trail()) - before).toBe(1);
    // Another key is another change (another day, so that the pages of activities below stay distinct).
    const other = await post(
      `/api/tab/trainees/${T}/activities`,
      t,
      { ...activity, date: '2026-11-22' },
      {
        'idempotency-key': 'page-change-0002',
      },
    );
    expect(other.body.id).not.toBe(after.body.id);
  });

  it('records an activity from the tab and asks a supervisor to sign it', async () => {
    const t = await issuer.token(alex.aadObjectId);
    const activity = {
      activityKind: 'course',
      date: '2026-11-20',
      description: 'Kurs i akuttmedisin',
      goals: [{ catalogId: 'lis1-clinical-2020', goalId: 'DEL1-070' }],
      supervisor: isaiah.aadObjectId,
    };
    const r = await post(`/api/tab/trainees/${DEMO_TRAINEES.alex}/activities`, t, activity);
    expect(r.status).toBe(201);
    const saved = await app.store.trainees.getActivity(DEMO_TRAINEES.alex, String(r.body.id));
    expect(saved).toMatchObject({
      status: 'pending_signature',
      supervisor: { aadObjectId: isaiah.aadObjectId },
    });
    // A course no supervisor signs goes to the leader the page names, to be marked as met.
    expect((await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, t)).body.leader).toBe('Megan Bowen');
    const toLeader = await post(`/api/tab/trainees/${DEMO_TRAINEES.alex}/activities`, t, {
      ...activity,
      description: 'Kurs i palliasjon',
      supervisor: 'leader',
    });
    expect(toLeader).toMatchObject({ status: 201, body: { status: 'pending_met' } });
    const bad = await post(`/api/tab/trainees/${DEMO_TRAINEES.alex}/activities`, t, {
      activityKind: 'course',
      date: '2026-11-20',
      description: 'x',
      goals: [{ catalogId: 'x', goalId: 'y' }],
    });
    expect(bad).toEqual({
      status: 400,
      body: {
        error: 'bad_request',
        field: 'goals',
        message: 'Noe i skjemaet mangler eller er feil: Læringsmål aktiviteten gjelder. Ingenting er endret.',
      },
    });
    // A refusal says why, in the page's language: the person sees it, not "something went wrong".
    const future = { ...activity, date: '2026-12-24' };
    const nb = await post(`/api/tab/trainees/${DEMO_TRAINEES.alex}/activities`, t, future);
    expect(nb).toEqual({
      status: 400,
      body: { error: 'bad_date', message: 'Datoen kan ikke være fram i tid. Ingenting er endret.' },
    });
    const en = await post(`/api/tab/trainees/${DEMO_TRAINEES.alex}/activities`, t, future, {
      'accept-language': 'en',
    });
    expect(en.body.message).toBe('The date cannot be in the future. Nothing has changed.');
    // "2006" for "2026": older than the regulation the activity is recorded under.
    const typo = await post(`/api/tab/trainees/${DEMO_TRAINEES.alex}/activities`, t, {
      ...activity,
      date: '2006-11-20',
    });
    expect(typo).toEqual({
      status: 400,
      body: {
        error: 'date_too_early',
        message:
          'Datoen kan ikke være før 1. mars 2017, da spesialistforskriften trådte i kraft. Ingenting er endret.',
      },
    });
    const long = { ...activity, description: 'x'.repeat(5000) };
    const tooLong = await post(`/api/tab/trainees/${DEMO_TRAINEES.alex}/activities`, t, long);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toBe(
      'Beskrivelsen er for lang: 5000 tegn, høyst 1000. Ingenting er endret.',
    );
  });

  it('shows a team’s channel: details for role holders, name, phase and overall progress for others', async () => {
    const mine = await get('/api/tab/overview?team=team-id', await issuer.token(megan.aadObjectId));
    expect(mine.body.unit).toEqual({ unitId: 'unit-demo-kommune', name: 'Demo kommune, helse og omsorg' });
    expect((mine.body.trainees as { canOpen: boolean }[]).every((x) => x.canOpen)).toBe(true);
    // A member of the team with no role for anyone: the summary only. Someone outside the team: nothing.
    expect((await get('/api/tab/overview?team=team-id', await issuer.token('aad-colleague'))).status).toBe(
      404,
    );
    app.connector.members.set('aad-colleague', {
      id: '29:aad-colleague',
      name: 'C',
      aadObjectId: 'aad-colleague',
    });
    const outsider = await get('/api/tab/overview?team=team-id', await issuer.token('aad-colleague'));
    const rows = outsider.body.trainees as Record<string, unknown>[];
    expect(rows.map((r) => Object.keys(r).sort())).toEqual([
      ['approved', 'canOpen', 'name', 'phase', 'total', 'traineeId'],
      ['approved', 'canOpen', 'name', 'phase', 'specialty', 'total', 'traineeId'],
    ]);
    expect(rows.every((r) => r.canOpen === false)).toBe(true);
  });

  it('links a team only by a leader of the unit who is a member of the team, as Teams says', async () => {
    // The bot is installed in the team: it learns where to ask Teams about the team's members.
    await app.post({
      ...message('hjelp', { serviceUrl: app.connector.url, from: megan, conversationType: 'channel' }),
      channelData: { tenant: { id: 'tenant-demo' }, team: { id: 'team-2' } },
    });
    await app.outbox.idle();
    // The recorder answers for every team alike: here Megan starts outside the team.
    app.connector.members.delete(megan.aadObjectId);
    app.connector.members.delete(alex.aadObjectId);
    const link = async (who: string) =>
      (await post('/api/tab/teams/team-2/link', await issuer.token(who), { unitId: 'unit-demo-kommune' }))
        .status;
    expect(await link('aad-colleague')).toBe(403);
    expect(await link(alex.aadObjectId)).toBe(403); // a LIS of the unit, not its leader
    expect(await link(isaiah.aadObjectId)).toBe(403); // a supervisor
    expect(await link(megan.aadObjectId)).toBe(403); // the leader, but not in the team
    expect(await app.store.units.getTeamLink('team-2')).toBeUndefined();
    expect(await app.store.units.auditOf('team:team-2')).toEqual([]);
    app.connector.members.set(megan.aadObjectId, {
      id: `29:${megan.aadObjectId}`,
      name: megan.name,
      aadObjectId: megan.aadObjectId,
    });
    expect(await link(megan.aadObjectId)).toBe(200);
    expect(await app.store.units.getTeamLink('team-2')).toBe('unit-demo-kommune');
    // Who linked it, and to what, is in the audit trail beside the team's link.
    expect(await app.store.units.auditOf('team:team-2')).toEqual([
      expect.objectContaining({
        verb: 'team.link',
        actor: megan.aadObjectId,
        target: 'team:team-2',
        before: null,
        after: { unitId: 'unit-demo-kommune' },
      }),
    ]);
    // The channel tab's summary is for members of the team only.
    const view = async (who: string) =>
      (await get('/api/tab/overview?team=team-2', await issuer.token(who))).status;
    expect(await view(megan.aadObjectId)).toBe(200);
    expect(await view(alex.aadObjectId)).toBe(404);
  });

  it('pages back through the activities ("Vis eldre"), through the same door as the first page', async () => {
    const t = await issuer.token(alex.aadObjectId);
    for (let i = 0; i < 14; i++) {
      const r = await post(`/api/tab/trainees/${DEMO_TRAINEES.alex}/activities`, t, {
        activityKind: 'course',
        date: `2026-09-0${1 + (i % 3)}`,
        description: `Kurs ${i + 1}`,
        goals: [{ catalogId: 'lis1-clinical-2020', goalId: 'DEL1-082' }],
      });
      expect(r.status).toBe(201);
    }
    type Page = {
      activities: { date: string; description: string }[];
      next?: { date: string; skip: string[] };
    };
    const first = (await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}`, t)).body as {
      activities: Page['activities'];
      activitiesNext?: Page['next'];
    };
    const stored = await app.store.trainees.documents<{ date: string }>(DEMO_TRAINEES.alex, 'activity');
    expect(first.activities).toHaveLength(15);
    const older = (who: string, next: Page['next']) =>
      get(
        `/api/tab/trainees/${DEMO_TRAINEES.alex}/activities?date=${next?.date}&skip=${encodeURIComponent(next?.skip.join(',') ?? '')}`,
        who,
      );
    const rest = await older(t, first.activitiesNext);
    expect(rest.status).toBe(200);
    const page = rest.body as Page;
    const all = [...first.activities, ...page.activities];
    expect(all).toHaveLength(Math.min(30, stored.length));
    expect(new Set(all.map((a) => `${a.date} ${a.description}`)).size).toBe(all.length);
    // The same door as the first page: a supervisor and a stranger are refused; a bad cursor is a 400.
    expect((await older(await issuer.token(isaiah.aadObjectId), first.activitiesNext)).status).toBe(403);
    expect((await older(await issuer.token('aad-stranger'), first.activitiesNext)).status).toBe(404);
    expect(
      (await get(`/api/tab/trainees/${DEMO_TRAINEES.alex}/activities?date=i%20går&skip=`, t)).status,
    ).toBe(400);
  });
});
