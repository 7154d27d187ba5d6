import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEXTS } from '../../core/i18n';
import { TEXTS as TAB } from '../../tab/src/texts';

/** Words a reader from the field corrected (../shared/DOMAIN.md, "Words"): none may come back in bokmål. */
const CORRECTED = [
  /\bPåminn\b/i,
  /\bpåminnet\b/i,
  /\bReturner/i,
  /\bGodta\b/,
  /\bAvslå\b/,
  /\bKatalog\b/,
  /Godkjent som oppfylt/,
  /snakk med arbeidsgiver/,
  /\bSluttmøte\b/,
  /så ser de/,
  /\bId\b/,
];

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

describe('bokmål words as the field uses them', () => {
  const bot = Object.values(TEXTS).map((x) => x.nb);
  const tab = strings(TAB.nb);
  const manifest = strings(JSON.parse(readFileSync(join(__dirname, '../../appPackage/nb-no.json'), 'utf8')));

  it.each(CORRECTED.map((r) => [r.source, r] as const))('no bokmål text says %s', (_name, pattern) => {
    expect([...bot, ...tab, ...manifest].filter((s) => pattern.test(s))).toEqual([]);
  });

  it('reads what it checks (the lists are not empty)', () => {
    expect(bot.length).toBeGreaterThan(100);
    expect(tab.length).toBeGreaterThan(30);
    expect(manifest.length).toBeGreaterThan(5);
  });
});
