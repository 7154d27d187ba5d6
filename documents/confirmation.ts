import type { ServiceConfirmation } from '../core/confirmation';
import { formatDate } from '../core/format';
import { type Lang, t } from '../core/i18n';
import { newPdf } from './pdf';

/** The lines of the confirmation, in order, shared by the PDF and the printable page. */
export interface ConfirmationText {
  title: string;
  draft: string;
  facts: { label: string; value: string }[];
  goalsHeading: string;
  goals: string[];
  signature: string;
}

export function confirmationText(c: ServiceConfirmation, lang: Lang): ConfirmationText {
  const absence = [
    t(lang, 'absenceLineNoLimit', { days: c.absence.days, percent: c.absence.percent }),
    ...c.absence.byKind.map((k) => `${t(lang, `absenceKind_${k.kind}`)}: ${k.days}`),
    ...(c.absence.owedDays > 0 ? [t(lang, 'confirmOwed', { owed: c.absence.owedDays })] : []),
  ].join('; ');
  return {
    title: t(lang, 'confirmTitle'),
    draft: c.period.interim
      ? `${t(lang, 'confirmDraft')}. ${t(lang, 'confirmInterim', { end: formatDate(lang, c.period.end), asOf: formatDate(lang, c.period.asOf) })}`
      : t(lang, 'confirmDraft'),
    facts: [
      { label: t(lang, 'confirmPerson'), value: `${c.person.name} (${c.person.phase})` },
      { label: t(lang, 'employerLabel'), value: c.employer.name },
      {
        label: t(lang, 'servicePeriod'),
        value: `${formatDate(lang, c.period.start)} – ${formatDate(lang, c.period.end)}${c.period.part ? ` (${t(lang, `arena_${c.period.part as 'municipality'}`)})` : ''}`,
      },
      {
        label: t(lang, 'confirmPosition'),
        value: t(lang, 'confirmPositionValue', { position: c.position, percent: c.percent }),
      },
      { label: t(lang, 'absence'), value: absence },
    ],
    goalsHeading: t(lang, 'confirmGoals', { count: c.goals.length }),
    goals: [
      ...c.goals.map((g) => `${g.goalId} ${g.title} – ${g.catalog}, ${formatDate(lang, g.approvedAt)}`),
      ...(c.earlier > 0 ? [t(lang, 'confirmEarlier', { count: c.earlier })] : []),
    ],
    signature: t(lang, 'confirmSignature'),
  };
}

/** The confirmation as a PDF: a draft for Helsedirektoratet's form, marked so on every page. */
export function confirmationPdf(text: ConfirmationText, opts: { compress?: boolean } = {}): Promise<Buffer> {
  const { doc, done } = newPdf({
    margin: 56,
    compress: opts.compress,
    title: `${text.title} (${text.draft})`,
  });
  doc.font('Sans-Bold').fontSize(16).text(text.title);
  doc.moveDown(0.3).font('Sans-Oblique').fontSize(10).fillColor('#a33').text(text.draft).fillColor('black');
  doc.moveDown();
  for (const f of text.facts) {
    doc.font('Sans-Bold').fontSize(10).text(f.label);
    doc.font('Sans').fontSize(11).text(f.value).moveDown(0.5);
  }
  doc.moveDown().font('Sans-Bold').fontSize(12).text(text.goalsHeading).moveDown(0.3);
  doc.font('Sans').fontSize(10);
  for (const g of text.goals) doc.text(`• ${g}`, { paragraphGap: 2 });
  doc.moveDown(2).font('Sans').fontSize(10).text(text.signature);
  doc.end();
  return done;
}
