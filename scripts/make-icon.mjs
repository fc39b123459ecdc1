#!/usr/bin/env node
/**
 * `node scripts/make-icon.mjs [out.png]`: draws the app icon (a contact card on an indigo tile,
 * 512x512) and writes it as a PNG with nothing but zlib, so the icon is reproducible from source.
 * electron-builder derives the Windows .ico and macOS .icns from build/icon.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'build', 'icon.png'));

// Signed distance functions: negative inside the shape, in pixels, so edges can be anti-aliased.
const roundedBox = (px, py, x0, y0, x1, y1, r) => {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (px, py, cx, cy, r) => Math.hypot(px - cx, py - cy) - r;
const ellipse = (px, py, cx, cy, rx, ry) => (Math.hypot((px - cx) / rx, (py - cy) / ry) - 1) * Math.min(rx, ry);
const coverage = (d, soft = 1) => Math.min(1, Math.max(0, 0.5 - d / soft));

const mix = (a, b, t) => a + (b - a) * t;
const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const TOP = hex('#4c6ef5');
const BOTTOM = hex('#3b5bdb');
const INK = hex('#3b5bdb');
const LINE = hex('#bac8ff');
const WHITE = [255, 255, 255];

/** Colour of one pixel (straight RGBA, 0..255), layer by layer from the back. */
function shade(x, y) {
  let rgb = [0, 0, 0];
  let alpha = 0;
  const over = (color, a) => {
    if (a <= 0) return;
    const outA = a + alpha * (1 - a);
    rgb = rgb.map((c, i) => (color[i] * a + c * alpha * (1 - a)) / outA);
    alpha = outA;
  };
  // The tile, inset like macOS app icons so it sits well beside them.
  const t = y / SIZE;
  over([0, 1, 2].map((i) => mix(TOP[i], BOTTOM[i], t)), coverage(roundedBox(x, y, 50, 50, 462, 462, 92)));
  // The card, with a soft shadow below it.
  over([0, 0, 40], 0.22 * coverage(roundedBox(x, y - 8, 112, 156, 400, 368, 26), 14));
  over(WHITE, coverage(roundedBox(x, y, 110, 146, 402, 358, 24)));
  // A person on the card: head and shoulders.
  over(INK, coverage(circle(x, y, 184, 222, 34)));
  over(INK, coverage(Math.max(ellipse(x, y, 184, 322, 58, 50), y - 318)));
  // Lines of an address.
  over(INK, coverage(roundedBox(x, y, 258, 208, 364, 226, 9)));
  over(LINE, coverage(roundedBox(x, y, 258, 246, 346, 262, 8)));
  over(LINE, coverage(roundedBox(x, y, 258, 280, 326, 296, 8)));
  return [...rgb.map((c) => Math.round(c)), Math.round(alpha * 255)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes straight RGBA pixels as an 8-bit PNG, every row with filter type 0. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) pixels.set(shade(x + 0.5, y + 0.5), (y * SIZE + x) * 4);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, encodePng(SIZE, SIZE, pixels));
console.log(`wrote ${out} (${SIZE}x${SIZE})`);
