import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardTexts, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, isaiah, patti, megan } = DEMO_PEOPLE;
const T = DEMO_TRAINEES.alex;
const nora = { aadObjectId: '00000000-0000-0000-0000-00000000beef', name: 'Nora Nyberg' };

/** A supervisor looks back at what they signed and sent back; over real HTTP. */
describe('what a supervisor has signed', () => {
  let app: TestApp;
  const { say, sayInGroup, click, textsTo } = chat(() => app);
  const lines = async (text: string, who: { aadObjectId: string; name: string }) => {
    const sent = await say(text, who);
    expect(sent).toHaveLength(1);
    return String(sent[0]?.text ?? '').split('\n\n');
  };

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, isaiah, patti, megan, nora]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it('lists their own decisions for every LIS they supervise, newest first, a return with its comment', async () => {
    const before = await lines('hva har jeg signert?', isaiah);
    expect(before[0]).toBe(
      'Aktiviteter du har signert, sendt tilbake eller markert som innfridd (7), det nyeste først:',
    );
    expect(
      before.slice(1).every((l) => /^\d\d\.\d\d\.2026 – signert for (?:Alex Wilber|Lynne Robbins): /.test(l)),
    ).toBe(true);
    expect(before).toContain(
      '08.11.2026 – signert for Alex Wilber: Supervidert prosedyre 06.11.2026, «Vurdering og behandling av akutt syk pasient på legevakt» (DEL1-064). «Trygg og grundig.»',
    );
    // Patti's signature is hers, not in Isaiah's list.
    expect(before.join(' ')).not.toContain('Kurs i legevaktmedisin');

    const waiting = await app.store.trainees.getActivity(T, 'activity:demo-4');
    const r = await click(
      'activity.return',
      { traineeId: T, id: waiting?.id, rev: waiting?.rev, comment: 'Beskriv hvilken sutur du la.' },
      isaiah,
    );
    expect(r.statusCode).toBe(200);
    const after = await lines('hva har jeg signert for Alex?', isaiah);
    expect(after).toEqual([
      'Aktiviteter du har signert, sendt tilbake eller markert som innfridd (3), det nyeste først:',
      '26.11.2026 – sendt tilbake for Alex Wilber: Supervidert prosedyre 23.11.2026, «Suturering av kuttskade på legevakt» (DEL1-067). «Beskriv hvilken sutur du la.»',
      '16.11.2026 – signert for Alex Wilber: Klinisk praksis 14.11.2026, «Hjemmebesøk hos skrøpelig eldre pasient» (DEL1-072).',
      '08.11.2026 – signert for Alex Wilber: Supervidert prosedyre 06.11.2026, «Vurdering og behandling av akutt syk pasient på legevakt» (DEL1-064). «Trygg og grundig.»',
    ]);
    expect(await lines('hva har jeg signert?', patti)).toEqual([
      'Aktiviteter du har signert, sendt tilbake eller markert som innfridd (1), det nyeste først:',
      '30.10.2026 – signert for Alex Wilber: Kurs 27.10.2026, «Kurs i legevaktmedisin (Statsforvalteren)» (FKM-015, DEL1-068).',
    ]);
  });

  it('answers in English, and the same for a LIS they do not follow as for one that does not exist', async () => {
    app.connector.clear();
    await app.post(
      message('what have I signed for Alex?', {
        from: isaiah,
        serviceUrl: app.connector.url,
        locale: 'en-US',
      }),
    );
    expect(String(app.connector.sent()[0]?.text)).toMatch(
      /^Activities you signed, returned or marked as met \(2\), newest first:\n\n16 Nov 2026 – signed for Alex Wilber: Clinical practice on 14 Nov 2026, “Hjemmebesøk/,
    );
    // Megan leads Alex but supervises nobody; a name nobody has; a LIS Isaiah has no role for.
    expect(await lines('hva har jeg signert for Bob?', isaiah)).toEqual([
      'Du har ikke signert, sendt tilbake eller markert noen aktiviteter for Bob.',
    ]);
    expect(await lines('hva har jeg signert?', megan)).toEqual([
      'Du har ikke signert, sendt tilbake eller markert noen aktiviteter ennå.',
    ]);
    const unknown = (await lines('hva har jeg signert for Bob?', patti)).map((l) =>
      l.replace('Bob', 'Lynne'),
    );
    expect(await lines('hva har jeg signert for Lynne?', patti)).toEqual(unknown);
  });

  it('stops listing a LIS once the role has ended, and tells someone with no role so', async () => {
    const roles = await say('roller', alex);
    const remove = cardButtons(roles[0]?.attachments).find(
      (b) => b.verb === 'role.remove' && b.data.id === isaiah.aadObjectId,
    );
    expect((await click('role.remove', remove?.data ?? {}, alex)).statusCode).toBe(200);
    const left = await lines('hva har jeg signert?', isaiah);
    expect(left[0]).toMatch(/\(5\)/);
    expect(left.join(' ')).not.toContain('Alex Wilber');
    expect(await lines('hva har jeg signert?', nora)).toEqual([
      'Du har ingen rolle for noen LIS i appen, så du har ikke signert noe her. Er du supervisør, inviterer LIS-en deg fra appen.',
    ]);
    // A LIS signs nothing: their own activities answer it.
    expect(cardTexts((await say('hva har jeg signert?', alex))[0]?.attachments)).toContain(
      'Læringsaktiviteter – Alex Wilber',
    );
  });

  it('answers a group chat in the asker’s own chat only', async () => {
    const sent = await sayInGroup('hva har jeg signert?', isaiah, '19:group-signed@thread.v2');
    const inGroup = sent.filter((s) => (s.conversation as { id: string }).id === '19:group-signed@thread.v2');
    expect(inGroup.map((s) => String(s.text))).toEqual([expect.not.stringContaining('Alex')]);
    expect(textsTo(isaiah)[0]).toMatch(/^Aktiviteter du har signert/);
  });
});
