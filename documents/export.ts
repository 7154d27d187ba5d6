import ExcelJS from 'exceljs';
import type { ExportRow } from '../core/export';
import { formatDate } from '../core/format';
import { type Lang, t } from '../core/i18n';
import { newPdf } from './pdf';

/** The columns, in the order a coordinator types them into Kompetanseportalen. */
function columns(lang: Lang) {
  return [
    { key: 'lis', header: t(lang, 'exportLis'), width: 22 },
    { key: 'plan', header: t(lang, 'exportPlan'), width: 28 },
    { key: 'goalId', header: t(lang, 'exportGoalId'), width: 10 },
    { key: 'text', header: t(lang, 'exportGoal'), width: 60 },
    { key: 'arena', header: t(lang, 'arena'), width: 12 },
    { key: 'approvedAt', header: t(lang, 'exportApprovedAt'), width: 12 },
    { key: 'approver', header: t(lang, 'exportApprover'), width: 22 },
    { key: 'onBehalfOf', header: t(lang, 'exportOnBehalf'), width: 22 },
    { key: 'recordedFrom', header: t(lang, 'exportRecordedFrom'), width: 24 },
    { key: 'advisor', header: t(lang, 'exportAdvisor'), width: 26 },
    { key: 'activities', header: t(lang, 'exportActivities'), width: 70 },
  ] as const;
}

/** One row's cells as text (the activities on one line each). */
function cells(r: ExportRow, lang: Lang): Record<string, string> {
  return {
    lis: r.lis,
    plan: r.plan,
    goalId: r.goalId,
    text: r.text,
    arena: t(lang, `arena_${r.arena as 'hospital'}`),
    approvedAt: formatDate(lang, r.approvedAt),
    approver: r.approver,
    onBehalfOf: r.onBehalfOf ?? '',
    recordedFrom: r.recordedFrom ?? '',
    advisor: r.advisor ?? '',
    activities: r.activities
      .map(
        (a) =>
          `${a.description} – ${a.met ? t(lang, 'exportMet', { name: a.supervisor }) : a.supervisor}, ${formatDate(lang, a.date)}`,
      )
      .join('\n'),
  };
}

/** The export as a spreadsheet (exceljs): one row per approved goal, a header row, frozen. */
export async function exportXlsx(rows: readonly ExportRow[], lang: Lang): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'LIS i Teams';
  const sheet = book.addWorksheet(t(lang, 'exportSheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns(lang).map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(cells(r, lang)).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same as a printable PDF (pdfkit), one block per goal. */
export function exportPdf(
  rows: readonly ExportRow[],
  lang: Lang,
  opts: { compress?: boolean } = {},
): Promise<Buffer> {
  const { doc, done } = newPdf({ margin: 48, compress: opts.compress, title: t(lang, 'exportTitle') });
  doc.font('Sans-Bold').fontSize(15).text(t(lang, 'exportTitle'));
  doc
    .font('Sans')
    .fontSize(9)
    .fillColor('#555')
    .text(t(lang, 'exportIntro', { count: rows.length }))
    .fillColor('black');
  const labels = columns(lang);
  for (const r of rows) {
    const c = cells(r, lang);
    doc.moveDown(0.8).font('Sans-Bold').fontSize(10).text(`${r.lis} · ${r.goalId} ${r.text}`);
    doc.font('Sans').fontSize(9);
    for (const l of labels)
      if (!['lis', 'goalId', 'text'].includes(l.key) && c[l.key]) doc.text(`${l.header}: ${c[l.key]}`);
  }
  doc.end();
  return done;
}
