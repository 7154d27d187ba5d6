import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, megan, patti, isaiah, adele } = DEMO_PEOPLE;
const T = DEMO_TRAINEES.alex;
const nora = { aadObjectId: '00000000-0000-0000-0000-00000000beef', name: 'Nora Nyberg' };

/** A leader looks back at the goals they approved and sent back; over real HTTP. */
describe('what a leader has approved', () => {
  let app: TestApp;
  const { say, click } = chat(() => app);
  const text = async (q: string, who: { aadObjectId: string; name: string }) => {
    const sent = await say(q, who);
    expect(sent).toHaveLength(1);
    return String(sent[0]?.text ?? '');
  };

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, patti, isaiah, adele, nora]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it('lists their own approvals and returns, newest first, the rest counted, and one LIS by name', async () => {
    const all = (await text('hva har jeg godkjent?', megan)).split('\n\n');
    const count = Number(/\((\d+)\)/.exec(all[0] ?? '')?.[1]);
    expect(all[0]).toBe(`Læringsmål du har godkjent eller sendt tilbake (${count}), det nyeste først:`);
    expect(count).toBeGreaterThan(20);
    expect(all).toHaveLength(22);
    expect(all.at(-1)).toBe(
      `… og ${count - 20} eldre. «hva har jeg godkjent for «navn»?» viser det for én LIS.`,
    );
    expect(
      all.slice(1, -1).every((l) => /^\d\d\.\d\d\.2026 – godkjente (?:DEL1|FKM|ALM)-\d{3} for /.test(l)),
    ).toBe(true);
    // Approved, sent back and undone now: the newest, with the comments.
    const g = await app.store.trainees.getGoal(T, 'goal:lis1-clinical-2020:DEL1-064');
    await click('goal.approve', { traineeId: T, id: g?.id, rev: g?.rev }, megan);
    await click(
      'goal.undo',
      { traineeId: T, id: g?.id, rev: (g?.rev ?? 0) + 1, comment: 'Feil mål.' },
      megan,
    );
    const f = await app.store.trainees.getGoal(T, 'goal:fkm-lis1-2025:FKM-015');
    await click(
      'goal.return',
      { traineeId: T, id: f?.id, rev: f?.rev, comment: 'Mangler anbefaling.' },
      megan,
    );
    const lynne = (await text('hva har jeg godkjent for Lynne?', megan)).split('\n\n');
    expect(lynne.slice(1).every((l) => l.endsWith('for Lynne Robbins.'))).toBe(true);
    const alexLines = (await text('hva har jeg godkjent for Alex?', megan)).split('\n\n');
    // (All three at the test clock's one moment: their order among themselves is not the point.)
    expect(alexLines.slice(1, 4).sort()).toEqual([
      '26.11.2026 – angret godkjenningen av DEL1-064 for Alex Wilber. «Feil mål.»',
      '26.11.2026 – godkjente DEL1-064 for Alex Wilber.',
      '26.11.2026 – sendte tilbake FKM-015 for Alex Wilber. «Mangler anbefaling.»',
    ]);
    expect(await text('hva har jeg godkjent for Bob?', megan)).toBe(
      'Du har ikke godkjent eller sendt tilbake noen læringsmål for Bob.',
    );
  });

  it('lists a delegate’s own approvals while the delegation lasts', async () => {
    expect(await text('hva har jeg godkjent?', patti)).toMatch(/^Aktiviteter du har signert/);
    await click(
      'delegation.grant',
      { delegate: patti.aadObjectId, trainee: T, from: '2026-11-20', to: '2026-12-10' },
      megan,
    );
    expect(await text('hva har jeg godkjent?', patti)).toBe(
      'Du har ikke godkjent eller sendt tilbake noen læringsmål ennå.',
    );
    const g = await app.store.trainees.getGoal(T, 'goal:lis1-clinical-2020:DEL1-064');
    await click('goal.approve', { traineeId: T, id: g?.id, rev: g?.rev }, patti);
    expect((await text('hva har jeg godkjent?', patti)).split('\n\n')).toEqual([
      'Læringsmål du har godkjent eller sendt tilbake (1), det nyeste først:',
      '26.11.2026 – godkjente DEL1-064 for Alex Wilber.',
    ]);
  });

  it('answers each by what the words mean to them: a supervisor, a LIS, an advisor, a stranger', async () => {
    expect(await text('hva har jeg sendt tilbake?', isaiah)).toMatch(/^Aktiviteter du har signert/);
    expect(await text('hva har jeg godkjent?', alex)).toMatch(/^Godkjent for deg: \d+ av \d+ læringsmål\./);
    for (const who of [adele, nora])
      expect(await text('hva har jeg godkjent?', who)).toBe(
        'Det er lederen til en LIS (eller en stedfortreder) som godkjenner læringsmål, og du er ikke leder for noen LIS i appen.',
      );
  });
});
