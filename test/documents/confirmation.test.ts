import { CatalogSet, DEMO_CATALOGS } from '../../core/catalog';
import { serviceConfirmation } from '../../core/confirmation';
import { demoMunicipality } from '../../core/demo';
import { summaryOf } from '../../core/model';
import { confirmationPdf, confirmationText } from '../../documents/confirmation';
import { pdfLines } from '../helpers/pdf';

const catalogs = new CatalogSet(DEMO_CATALOGS);
const today = '2026-11-26';
const alex = demoMunicipality(new Date(`${today}T09:00:00Z`), catalogs).trainees[0];
if (!alex) throw new Error('no demo');
// The municipal period ends in ten days: it can be confirmed.
const profile = { ...alex.profile, service: { ...alex.profile.service!, end: '2026-12-06' } };
const goals = alex.goals.map(summaryOf);

/** A PDF string as pdfkit writes document info: UTF-16BE with a byte-order mark. */
const utf16be = (s: string, bom = true) =>
  Buffer.from(`${bom ? '\ufeff' : ''}${s}`, 'utf16le')
    .swap16()
    .toString('latin1');

describe('the confirmation of service (a draft for Helsedirektoratet’s form)', () => {
  it('lists the goals by number, as the plan does: LM-2 before LM-10', () => {
    const approved = (goalId: string) => ({
      id: `goal:fkm-lis1-2019:${goalId}`,
      catalogId: 'fkm-lis1-2019',
      goalId,
      status: 'approved' as const,
      rev: 2,
      approvedAt: profile.service.start,
    });
    const r = serviceConfirmation(profile, ['LM-10', 'LM-2', 'LM-1', 'LM-21'].map(approved), catalogs, today);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.goals.map((g) => g.goalId)).toEqual(['LM-1', 'LM-2', 'LM-10', 'LM-21']);
  });

  it('holds what the form asks: person, employer, period, position and percentage, absence, goals approved in the period', () => {
    const r = serviceConfirmation(profile, goals, catalogs, today);
    if (!r.ok) throw new Error(r.error);
    const c = r.value;
    expect(c.person).toEqual({ name: 'Alex Wilber', phase: 'LIS1' });
    expect(c.period).toMatchObject({
      start: profile.service.start,
      end: '2026-12-06',
      part: 'municipality',
      ended: false,
    });
    expect(c.percent).toBe(100);
    expect(c.absence.days).toBe(7);
    expect(c.absence.byKind).toEqual([
      { kind: 'holiday', days: 5 },
      { kind: 'sick', days: 2 },
    ]);
    const inPeriod = goals.filter(
      (g) => g.status === 'approved' && !g.prior && (g.approvedAt ?? '') >= profile.service.start,
    );
    expect(c.goals).toHaveLength(inPeriod.length);
    expect(c.goals.length).toBeGreaterThan(0);
    expect(c.goals.every((g) => g.approvedAt.slice(0, 10) >= profile.service.start)).toBe(true);
  });

  it('while the period has more than four weeks left it is drawn as interim, with the date it is as of', () => {
    const r = serviceConfirmation(alex.profile, goals, catalogs, today);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.period).toMatchObject({ interim: true, asOf: today, ended: false });
    expect(confirmationText(r.value, 'nb').draft).toMatch(
      /Foreløpig: tjenesten varer til 26\.02\.2027; tallene gjelder per 26\.11\.2026$/,
    );
    const finishing = serviceConfirmation(profile, goals, catalogs, today);
    expect(finishing.ok && finishing.value.period.interim).toBe(false);
  });

  it('as PDF: a real PDF, titled a draft, with the person, the figures in bokmål and the signature line', async () => {
    const r = serviceConfirmation(profile, goals, catalogs, today);
    if (!r.ok) throw new Error(r.error);
    const text = confirmationText(r.value, 'nb');
    expect(text.draft).toMatch(/^Utkast/);
    expect(text.facts.find((f) => f.label === 'Fravær')?.value).toBe(
      '7 dager fravær (6,9 % av tjenestetiden); ferie: 5; sykefravær: 2',
    );
    const pdf = await confirmationPdf(text, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toContain(utf16be('Bekreftelse på gjennomført tjeneste '));
    expect(raw).toContain(utf16be('Utkast', false));
    const lines = pdfLines(pdf);
    expect(lines).toContain('Alex Wilber (LIS1)');
    expect(lines).toContain(text.draft);
    expect(lines.some((l) => l.startsWith('7 dager fravær (6,9 % av tjenestetiden)'))).toBe(true);
    expect(lines.filter((l) => /^• DEL1-\d{3} /.test(l)).length).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith('Sted og dato'))).toBe(true);
    const compressed = await confirmationPdf(text);
    expect(compressed.length).toBeLessThan(pdf.length);
  });

  it('writes every name as it is spelt: Polish, Sami and an emoji come out as written, not as garbage', async () => {
    const name = 'Łukasz Wiśniewski-Čoavddáš';
    const employer = 'Guovdageainnu suohkan – Ŋ Đ Ŧ Ž';
    const r = serviceConfirmation(
      { ...profile, name, employer: { ...profile.employer, name: employer } },
      goals,
      catalogs,
      today,
    );
    if (!r.ok) throw new Error(r.error);
    const text = confirmationText(r.value, 'nb');
    text.goals = [...text.goals, 'DEL1-999 Kurs i akuttmedisin 👍 (Ελληνικά, кириллица)'];
    const lines = pdfLines(await confirmationPdf(text, { compress: false }));
    expect(lines).toContain(`${name} (LIS1)`);
    expect(lines.some((l) => l.includes(employer))).toBe(true);
    // Greek and Cyrillic are in the font; the emoji is not: it is drawn as an empty box, and the rest as written.
    const goal = lines.filter((l) => l.startsWith('• DEL1-999'));
    expect(goal).toHaveLength(1);
    expect(goal[0]).toMatch(/^• DEL1-999 Kurs i akuttmedisin [^ ]{1,2} \(Ελληνικά, кириллица\)$/u);
    const rest = lines.filter((l) => l !== goal[0]).join('');
    expect(rest.includes(String.fromCharCode(0)) || rest.includes('\ufffd')).toBe(false);
  });
});
