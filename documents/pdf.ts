import PDFDocument from 'pdfkit';

/**
 * The typefaces of our PDFs: DejaVu Sans, embedded (only the glyphs used). pdfkit's built-in
 * Helvetica knows only Windows-1252: a name like Łukasz Wiśniewski or Áile Čoavddáš (Polish and
 * Sami names are common among Norway's doctors), or an emoji in a description, came out as
 * garbage on the confirmation of service. DejaVu covers Latin (with Sami and every European
 * alphabet), Greek and Cyrillic; what it lacks is drawn as an empty box, and the text stays
 * searchable and copyable as written. pdfkit reads the files from the installed package.
 */
export type FontName = 'Sans' | 'Sans-Bold' | 'Sans-Oblique';
const FILES: Record<FontName, string> = {
  Sans: 'DejaVuSans.ttf',
  'Sans-Bold': 'DejaVuSans-Bold.ttf',
  'Sans-Oblique': 'DejaVuSans-Oblique.ttf',
};
const fontPath = (file: string): string => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);

/** A new A4 document with our fonts, and its bytes once `doc.end()` is called. */
export function newPdf(opts: { margin: number; compress?: boolean; title: string }): {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: 'A4',
    margin: opts.margin,
    compress: opts.compress ?? true,
    info: { Title: opts.title, Author: 'LIS i Teams' },
  });
  for (const [name, file] of Object.entries(FILES)) doc.registerFont(name, fontPath(file));
  doc.font('Sans');
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
