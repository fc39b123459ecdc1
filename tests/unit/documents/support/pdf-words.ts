import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { RectMm } from '../../../../src/shared/documents/catalogue.types';

const PT = 25.4 / 72;

/** A word as poppler sees it in the PDF, in millimetres from the page's top-left. */
export interface PdfWord {
  page: number;
  text: string;
  x: number;
  y: number;
  x2: number;
  y2: number;
}

export interface PdfText {
  pages: { widthMm: number; heightMm: number }[];
  words: PdfWord[];
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

let fontsChecked = false;

/** The geometry checked here is that of the Liberation fonts (Arial's and Times's metrics, which
 * Windows and macOS have); without them Chromium sets the text in a CJK fallback whose taller line
 * box moves every line down, so say what is missing instead of failing on millimetres. */
function assertPrintFonts() {
  if (fontsChecked) return;
  const families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  for (const family of ['Liberation Sans', 'Liberation Serif']) {
    if (!families.includes(family)) {
      throw new Error(`${family} is not installed: install fonts-liberation (bash .ci/run does) to check printed pages`);
    }
  }
  fontsChecked = true;
}

/** Reads every word's box from a PDF with `pdftotext -bbox` (poppler-utils). */
export function readPdfWords(pdf: Uint8Array, file: string): PdfText {
  assertPrintFonts();
  writeFileSync(file, pdf);
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages: PdfText['pages'] = [];
  const words: PdfWord[] = [];
  for (const line of xml.split('\n')) {
    const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (page) {
      pages.push({ widthMm: Number(page[1]) * PT, heightMm: Number(page[2]) * PT });
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (w) {
      words.push({
        page: pages.length,
        text: unescape(w[5]!),
        x: Number(w[1]) * PT,
        y: Number(w[2]) * PT,
        x2: Number(w[3]) * PT,
        y2: Number(w[4]) * PT,
      });
    }
  }
  return { pages, words };
}

// Poppler sizes CJK glyphs (Type 3 fonts from Skia) by their font box, taller than Latin ones on
// the same line; their vertical centres still agree to within about a millimetre.
const centre = (w: PdfWord) => (w.y + w.y2) / 2;

/** Words that start inside a rectangle of a page (left edge and vertical centre inside). */
export const wordsIn = (text: PdfText, page: number, r: RectMm) =>
  text.words.filter((w) => w.page === page && w.x >= r.x - 0.01 && w.x < r.x + r.w && centre(w) >= r.y && centre(w) < r.y + r.h);

/** The words of a rectangle grouped into lines, top to bottom, by their vertical centres. */
export function linesIn(text: PdfText, page: number, r: RectMm): PdfWord[][] {
  const words = wordsIn(text, page, r).sort((a, b) => centre(a) - centre(b) || a.x - b.x);
  const lines: PdfWord[][] = [];
  for (const w of words) {
    const last = lines.at(-1);
    if (last && Math.abs(centre(last[0]!) - centre(w)) < 1.2) last.push(w);
    else lines.push([w]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** A line's text: words that touch (a change of font inside "中关村大街1号") join without a space. */
export const lineText = (line: PdfWord[]) =>
  line.map((w, i) => (i > 0 && w.x - line[i - 1]!.x2 > 0.3 ? ' ' : '') + w.text).join('');
