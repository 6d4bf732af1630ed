#!/usr/bin/env node
// Draws FundCheck's icon (a ledger page with a green check badge) at the sizes the manifest and the
// ribbon ask for and writes assets/icon-<size>.png. Plain zlib + CRC-32 so the icons can be rebuilt
// anywhere without an image library; tests/addin/icons.test.ts checks the committed files match.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
/** 4 × 4 samples per pixel give smooth edges even at 16 px. */
const SAMPLES = 4;

const INK = [0x1f, 0x4e, 0x45];
const PAPER = [0xff, 0xff, 0xff];
const RULE = [0x8f, 0xb8, 0xad];
const GREEN = [0x10, 0x7c, 0x41];

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}

function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function stroke(points, width) {
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1];
      const [bx, by] = points[i];
      const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
      if ((x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (width / 2) ** 2) return true;
    }
    return false;
  };
}

/** Painted bottom to top, in unit coordinates (0..1 across the icon). */
const LAYERS = [
  [roundedRect(0.1, 0.04, 0.76, 0.9, 0.09), INK],
  [roundedRect(0.16, 0.1, 0.7, 0.84, 0.05), PAPER],
  [roundedRect(0.25, 0.22, 0.61, 0.29, 0.02), RULE],
  [roundedRect(0.25, 0.37, 0.61, 0.44, 0.02), RULE],
  [roundedRect(0.25, 0.52, 0.46, 0.59, 0.02), RULE],
  [circle(0.7, 0.72, 0.29), PAPER],
  [circle(0.7, 0.72, 0.24), GREEN],
  [
    stroke(
      [
        [0.585, 0.725],
        [0.67, 0.81],
        [0.815, 0.635],
      ],
      0.075
    ),
    PAPER,
  ],
];

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let color = null;
          for (const [inside, c] of LAYERS) if (inside(x, y)) color = c;
          if (color) {
            sum[0] += color[0];
            sum[1] += color[1];
            sum[2] += color[2];
            sum[3] += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (sum[3] > 0) {
        rgba[o] = Math.round(sum[0] / sum[3]);
        rgba[o + 1] = Math.round(sum[1] / sum[3]);
        rgba[o + 2] = Math.round(sum[2] / sum[3]);
      }
      rgba[o + 3] = Math.round((255 * sum[3]) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rgba = render(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

module.exports = { SIZES, png };

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', 'assets');
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, png(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
