import { DEMO_PEOPLE } from '../../core/demo';
import { message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, isaiah } = DEMO_PEOPLE;

/** A new person asks what the field's words mean; the bot says it, in a group chat too (it is no one's data). */
describe('«hva betyr tverrnivå?»: the words of the field, explained, over real HTTP', () => {
  let app: TestApp;
  const { say, sayInGroup } = chat(() => app);

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('answers in the 1:1 chat in a sentence or two, not with «Det forsto jeg ikke helt»', async () => {
    const [tverrniva] = await say('hva betyr tverrnivå?', alex);
    expect(tverrniva?.text).toMatch(
      /^Tverrnivå: læringsmålet starter i sykehusåret og fullføres i kommunen\./,
    );
    const [fkm] = await say('Hva er FKM?', isaiah);
    expect(fkm?.text).toMatch(/^FKM er felles kompetansemål/);
    // In English for an English Teams client.
    app.connector.clear();
    await app.post(
      message('what does cross-level mean?', { from: alex, serviceUrl: app.connector.url, locale: 'en-US' }),
    );
    await app.outbox.idle();
    expect(app.connector.sent()[0]?.text).toMatch(
      /^Cross-level: the learning goal starts in the hospital year/,
    );
  });

  it("in a group chat it answers there, as it is nobody's personal data", async () => {
    const sent = await sayInGroup('hva er resttjeneste?', alex, '19:g-2');
    expect(sent).toHaveLength(1);
    expect((sent[0]?.conversation as { id?: string } | undefined)?.id).toBe('19:g-2');
    expect(sent[0]?.text).toMatch(/^Resttjeneste er tjenestetid du må ta igjen/);
  });
});
