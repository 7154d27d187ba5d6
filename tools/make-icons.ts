/**
 * Draws the app's two icons (`npm run icons`): a 192×192 colour icon and a 32×32 outline icon
 * (white on transparent), as Teams asks. Plain pixels and a tiny PNG encoder: no image library.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

class Canvas {
  readonly px: Float64Array;
  constructor(
    readonly w: number,
    readonly h: number,
  ) {
    this.px = new Float64Array(w * h * 4);
  }
  /** Paints with coverage `a` (0–1) of colour `c`, blending over what is there. */
  blend(x: number, y: number, c: RGBA, a: number): void {
    if (a <= 0 || x < 0 || y < 0 || x >= this.w || y >= this.h) return;
    const i = (y * this.w + x) * 4;
    const alpha = (c[3] / 255) * Math.min(1, a);
    const outA = alpha + (this.px[i + 3] as number) * (1 - alpha);
    for (let k = 0; k < 3; k++) {
      const dst = (this.px[i + k] as number) * (this.px[i + 3] as number) * (1 - alpha);
      this.px[i + k] = outA === 0 ? 0 : ((c[k] as number) * alpha + dst) / outA;
    }
    this.px[i + 3] = outA;
  }
  /** Fills every pixel whose signed distance `d(x, y)` is below zero, anti-aliased over one pixel. */
  shape(d: (x: number, y: number) => number, c: RGBA): void {
    for (let y = 0; y < this.h; y++)
      for (let x = 0; x < this.w; x++) this.blend(x, y, c, 0.5 - d(x + 0.5, y + 0.5));
  }
  png(): Buffer {
    const raw = Buffer.alloc((this.w * 4 + 1) * this.h);
    for (let y = 0; y < this.h; y++) {
      raw[y * (this.w * 4 + 1)] = 0;
      for (let x = 0; x < this.w; x++) {
        const i = (y * this.w + x) * 4;
        const o = y * (this.w * 4 + 1) + 1 + x * 4;
        for (let k = 0; k < 3; k++) raw[o + k] = Math.round(this.px[i + k] as number);
        raw[o + 3] = Math.round((this.px[i + 3] as number) * 255);
      }
    }
    const chunk = (type: string, data: Buffer) => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([len, body, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.w, 0);
    ihdr.writeUInt32BE(this.h, 4);
    ihdr[8] = 8;
    ihdr[9] = 6;
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const roundedRect = (x0: number, y0: number, x1: number, y1: number, r: number) => (x: number, y: number) => {
  const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
/** A stroke along a polyline, `width` wide, with round joins. */
const stroke = (points: [number, number][], width: number) => (x: number, y: number) => {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length - 1; i++) {
    const [ax, ay] = points[i] as [number, number];
    const [bx, by] = points[i + 1] as [number, number];
    const t = Math.max(
      0,
      Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
  }
  return best - width / 2;
};

const accent: RGBA = [0x1f, 0x6f, 0x8b, 255];
const white: RGBA = [255, 255, 255, 255];
const light: RGBA = [0xbf, 0xe3, 0xee, 255];

/** Colour icon: a document with a check mark, on the accent colour. */
export function colorIcon(): Buffer {
  const c = new Canvas(192, 192);
  c.shape(roundedRect(0, 0, 192, 192, 36), accent);
  c.shape(roundedRect(50, 34, 142, 158, 10), white);
  for (const y of [62, 82, 102])
    c.shape(
      stroke(
        [
          [68, y],
          [124, y],
        ],
        8,
      ),
      light,
    );
  c.shape(
    stroke(
      [
        [70, 126],
        [92, 146],
        [150, 88],
      ],
      18,
    ),
    accent,
  );
  c.shape(
    stroke(
      [
        [70, 126],
        [92, 146],
        [150, 88],
      ],
      10,
    ),
    white,
  );
  return c.png();
}

/** Outline icon: the same shape drawn in white lines on transparent. */
export function outlineIcon(): Buffer {
  const c = new Canvas(32, 32);
  const frame = roundedRect(7, 4, 25, 28, 2.5);
  c.shape((x, y) => Math.abs(frame(x, y)) - 1, white);
  c.shape(
    stroke(
      [
        [11, 10],
        [21, 10],
      ],
      1.6,
    ),
    white,
  );
  c.shape(
    stroke(
      [
        [11, 14],
        [18, 14],
      ],
      1.6,
    ),
    white,
  );
  c.shape(
    stroke(
      [
        [11, 21],
        [14.5, 24],
        [22, 16.5],
      ],
      2,
    ),
    white,
  );
  return c.png();
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'appPackage');
  writeFileSync(join(dir, 'color.png'), colorIcon());
  writeFileSync(join(dir, 'outline.png'), outlineIcon());
  console.log(`wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}`);
}
