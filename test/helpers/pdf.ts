import { inflateSync } from 'node:zlib';

/**
 * The runs of text in a PDF from pdfkit with embedded fonts, read as a PDF reader reads them: each
 * `[<glyphs> kern <glyphs>] TJ` decoded through the ToUnicode map of the font selected before it
 * (`/F1 11 Tf`). Compressed streams are inflated first. A glyph the map does not know reads as U+FFFD.
 */
export function pdfLines(pdf: Buffer): string[] {
  const objects = new Map<number, string>();
  for (const m of pdf.toString('latin1').matchAll(/(\d+) 0 obj\s([\s\S]*?)endobj/g)) {
    let body = m[2] ?? '';
    const stream = /^([\s\S]*?)stream\r?\n([\s\S]*)\r?\nendstream/.exec(body);
    if (stream && /\/Filter \/FlateDecode/.test(stream[1] ?? ''))
      body = `${stream[1]}stream\n${inflateSync(Buffer.from(stream[2] ?? '', 'latin1')).toString('latin1')}\nendstream`;
    objects.set(Number(m[1]), body);
  }
  const raw = [...objects.values()].join('\n');
  const fontObject = new Map<string, number>();
  for (const m of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontObject.set(m[1] ?? '', Number(m[2]));
  const maps = new Map<string, Map<number, string>>();
  const toUnicode = (font: string): Map<number, string> => {
    const known = maps.get(font);
    if (known) return known;
    const map = new Map<number, string>();
    const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontObject.get(font) ?? -1) ?? '');
    const cmap = objects.get(Number(ref?.[1] ?? -1)) ?? '';
    for (const r of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
      let code = Number.parseInt(r[1] ?? '', 16);
      for (const u of (r[2] ?? '').matchAll(/<([0-9a-f ]+)>/g))
        map.set(code++, String.fromCharCode(...(u[1] ?? '').split(' ').map((h) => Number.parseInt(h, 16))));
    }
    maps.set(font, map);
    return map;
  };
  const lines: string[] = [];
  let glyphs = new Map<number, string>();
  for (const m of raw.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
    if (m[1]) {
      glyphs = toUnicode(m[1]);
      continue;
    }
    const hex = [...(m[2] ?? '').matchAll(/<([0-9a-f]*)>/g)].map((h) => h[1]).join('');
    let line = '';
    for (let i = 0; i < hex.length; i += 4)
      line += glyphs.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? '\ufffd';
    lines.push(line);
  }
  return lines;
}
