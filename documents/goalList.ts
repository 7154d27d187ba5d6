import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A goal list as read from a file: the header row and the rows of text under it. */
export interface GoalListTable {
  header: string[];
  rows: string[][];
}

/**
 * The text of a CSV file as the people who publish goal lists save them: UTF-8 (with or without the
 * BOM Excel writes for "CSV UTF-8"), UTF-16 with its BOM, or else Windows-1252, which is what Excel
 * in Norway writes for plain "CSV (semikolonseparert)": read as UTF-8, its æ, ø and å turned into
 * replacement characters and the list's header was not recognised.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads a CSV (comma or semicolon separated, optional BOM) into header + rows. */
export function readCsv(text: string): GoalListTable {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = parseCsv(text, {
    bom: true,
    delimiter,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
  });
  const [header = [], ...rows] = records;
  return { header, rows };
}

/** Reads the first worksheet of an XLSX file into header + rows of text. */
export async function readXlsx(data: Buffer | ArrayBuffer): Promise<GoalListTable> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const all: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    all.push(cells);
  });
  const [header = [], ...rows] = all;
  return { header, rows };
}
