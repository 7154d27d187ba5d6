import { DEMO_PEOPLE } from '../../core/demo';
import { t } from '../../core/i18n';
import { message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

const { alex } = DEMO_PEOPLE;

/** "snakk norsk" in an English Teams, "knappen virker ikke": answered where asked, instead of the help card. */
describe('asking for another language, or about a card that does not work', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  const ask = async (text: string, locale: string) => {
    app.connector.clear();
    await app.post(message(text, { serviceUrl: app.connector.url, from: alex, locale }));
    await app.outbox.idle();
    return app.connector.sent().map((m) => String(m.text));
  };

  it('a card that does not work: says how to get new cards, in the chat it was said in', async () => {
    expect(await ask('knappen virker ikke', 'nb-NO')).toEqual([t('nb', 'troubleAnswer')]);
    expect(t('nb', 'troubleAnswer')).toContain('«hva venter på meg?»');
    expect(await ask("the button doesn't work", 'en-US')).toEqual([t('en', 'troubleAnswer')]);
  });

  it('answers in the language Teams sends, with where to change it, instead of the help card', async () => {
    expect(await ask('snakk norsk', 'en-US')).toEqual([t('en', 'languageAnswer')]);
    expect(t('en', 'languageAnswer')).toContain('Settings → General → Language');
    expect(await ask('can you answer in English?', 'nb-NO')).toEqual([t('nb', 'languageAnswer')]);
    expect(t('nb', 'languageAnswer')).toContain('Innstillinger → Generelt → Språk');
  });
});
