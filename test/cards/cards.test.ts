import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cardSamples } from '../../cards';
import { ABSENCE_FIGURES_MAX, absenceFormModel } from '../../cards/absence';
import absenceTemplate from '../../cards/absence.json';
import { inboxAsker, inboxModel } from '../../cards/inbox';
import { CARD_MAX_BYTES, utf16Bytes } from '../../cards/limits';
import { renderNoticeCard } from '../../cards/notice';
import { OVERVIEW_LISTED_MAX, traineesOverviewModel } from '../../cards/progress';
import { render } from '../../cards/render';
import { CatalogSet } from '../../core/catalog';
import type { PersonRole, TraineeProfile } from '../../core/model';
import type { Progress } from '../../core/progress';
import { checkCard } from '../helpers/cardCheck';

const files = readdirSync(join(__dirname, '..', '..', 'cards')).filter((f) => f.endsWith('.json'));

describe('card templates', () => {
  it('every template in cards/ has sample data to check it with', () => {
    expect(
      cardSamples()
        .map((c) => c.file)
        .sort(),
    ).toEqual(files.sort());
  });

  describe.each(cardSamples().map((c) => [c.file, c] as const))('%s', (_file, entry) => {
    it.each(entry.samples.map((s, i) => [i, s] as const))(
      'passes the Teams card checks with sample %i',
      (_i, sample) => {
        expect(checkCard(render(entry.template, sample))).toEqual([]);
      },
    );
  });
});

describe('a list of one’s LIS on a card', () => {
  const lis = (i: number, atRisk: boolean) => ({
    profile: {
      name: `Kristoffer Andreassen-Haugland ${i}`,
      phase: 'LIS1',
      traineeId: `lis-${i}`,
    } as TraineeProfile,
    progress: {
      approved: 55,
      total: 120,
      pending: [{}, {}, {}],
      forecast: { status: atRisk ? 'at_risk' : 'on_track' },
    } as unknown as Progress,
    forYou: 1,
  });

  it('lists at most 100, those who need someone first, and says how many more the tab lists: under 40 KB however many', () => {
    const all = Array.from({ length: 300 }, (_, i) => lis(i, i % 50 === 7));
    const model = traineesOverviewModel('nb', all);
    expect(model.facts).toHaveLength(OVERVIEW_LISTED_MAX);
    expect(model.facts.slice(0, 6).map((f) => f.value.includes('I faresonen'))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(model.lines.map((l) => l.text)).toEqual([
      'Her står de 100 første, de som trenger noen nå først. Alle 300 står i fanen «Fremdrift».',
    ]);
    expect(utf16Bytes(JSON.stringify(renderNoticeCard(model)))).toBeLessThanOrEqual(CARD_MAX_BYTES);
    // A list that fits is listed whole, with no such line.
    const few = traineesOverviewModel('nb', all.slice(0, 30));
    expect([few.facts.length, few.lines]).toEqual([30, []]);
  });
});

describe('the absence form of a leader of many', () => {
  it('shows the figures of the 30 with the most absence, says so, and stays under 40 KB with 100 LIS', () => {
    const trainees = Array.from({ length: 100 }, (_, i) => ({
      traineeId: `lis-0a1b2c3d-4e5f-4a7b-8c9d-${String(i).padStart(12, '0')}`,
      name: `Kristoffer Andreassen-Haugland ${i}`,
      figures: {
        days: i,
        serviceDays: 365,
        percent: (i * 100) / 365,
        limit: 10,
        limitDays: 36,
        level: 'ok' as const,
        owedDays: 0,
      },
    }));
    const model = absenceFormModel(trainees, 'nb');
    expect(model.figures).toHaveLength(ABSENCE_FIGURES_MAX);
    expect(model.figures[0]?.title).toBe('Kristoffer Andreassen-Haugland 99');
    expect(model.figuresHeading).toBe(
      'Fravær så langt: de 30 med mest av dine 100 LIS (alle står i fanen «Fremdrift»)',
    );
    // Every LIS may still be chosen.
    expect(model.trainees).toHaveLength(100);
    expect(utf16Bytes(JSON.stringify(render(absenceTemplate, model)))).toBeLessThanOrEqual(CARD_MAX_BYTES);
    expect(absenceFormModel(trainees.slice(0, 10), 'nb').figuresHeading).toBe('Fravær så langt');
  });
});

describe('the card checker itself', () => {
  const good = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'hei', wrap: true }],
  };

  it('accepts a plain good card', () => {
    expect(checkCard(good)).toEqual([]);
  });

  it('finds a newer version, an unsupported element, an unknown property, a leftover ${ and a huge card', () => {
    expect(checkCard({ ...good, version: '1.6' })).toContain('version must be 1.5 or lower, is "1.6"');
    expect(checkCard({ ...good, body: [{ type: 'Carousel', pages: [] }] }).join()).toMatch(
      /"Carousel" is not supported/,
    );
    expect(checkCard({ ...good, body: [{ type: 'TextBlock', text: 'x', colour: 'red' }] })).toContain(
      '$.body[0]: unknown property "colour" on TextBlock',
    );
    expect(checkCard({ ...good, body: [{ type: 'TextBlock', text: '$' + '{name}' }] })).toContain(
      `an unfilled $\{…} is left after templating`,
    );
    const big = { ...good, body: [{ type: 'TextBlock', text: 'x'.repeat(41_000) }] };
    expect(checkCard(big).join()).toMatch(/over 40 KB/);
    expect(
      checkCard({ ...good, actions: [{ type: 'Action.Execute', title: 'Ok', verb: 'x', bogus: 1 }] }),
    ).toContain('$.actions[0]: unknown property "bogus" on Action.Execute');
  });
});

describe('an empty inbox says what would come there, by who asks', () => {
  const role = (role: PersonRole['role'], state: PersonRole['state'] = 'active'): PersonRole => ({
    traineeId: 't',
    traineeName: 'T',
    role,
    state,
  });
  it('a LIS first; then leader (or delegate), supervisor, advisor; only roles held count', () => {
    expect(inboxAsker({ traineeId: 'lis-1', roles: [role('supervisor')] })).toBe('lis');
    expect(inboxAsker({ roles: [role('supervisor'), role('leader')] })).toBe('leader');
    expect(inboxAsker({ roles: [role('delegate')] })).toBe('leader');
    expect(inboxAsker({ roles: [role('advisor'), role('supervisor')] })).toBe('supervisor');
    expect(inboxAsker({ roles: [role('advisor')] })).toBe('advisor');
    expect(inboxAsker({ roles: [role('leader', 'invited'), role('supervisor', 'ended')] })).toBe('none');
    expect(inboxAsker(undefined)).toBe('none');
  });
  it('each hint is its own sentence after «Ingenting venter på deg nå.», in both languages', () => {
    const texts = (['lis', 'supervisor', 'leader', 'advisor', 'none'] as const).flatMap((who) =>
      (['nb', 'en'] as const).map(
        (lang) => inboxModel([], new CatalogSet([]), lang, undefined, 0, who).summary,
      ),
    );
    expect(new Set(texts).size).toBe(10);
    for (const s of texts)
      expect(s).toMatch(/^(Ingenting venter på deg nå|Nothing is waiting for you now)\. \S.+\.$/);
  });
});
