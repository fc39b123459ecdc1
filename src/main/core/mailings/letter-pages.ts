import { PT_TO_MM, textWidthMm } from '../../../shared/documents/text-measure';

/** The body column and the room it has on the first sheet and on each further sheet, in mm. */
export interface BodyFrame {
  widthMm: number;
  firstMm: number;
  nextMm: number;
  fontSizePt: number;
}

// Set as the letter renders it: 1.35 line height, paragraphs 0.9 em apart; browser defaults for
// headings, lists and quotes. Estimates err long by this much, so a sheet is rarely overfilled.
const LINE = 1.35;
const SAFETY = 1.06;
const HEADINGS: Record<string, { em: number; margin: number }> = {
  h1: { em: 2, margin: 0.67 },
  h2: { em: 1.5, margin: 0.83 },
  h3: { em: 1.17, margin: 1 },
  h4: { em: 1, margin: 1.33 },
};
const INDENT_MM = 40 * (25.4 / 96);
const CJK = /[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/;

const decode = (s: string) =>
  s.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Lines a text takes at a width: words wrap whole, CJK characters one by one. */
function lineCount(text: string, widthMm: number, sizePt: number, bold: boolean): number {
  let lines = 0;
  for (const para of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const token of para.match(new RegExp(`${CJK.source}|[^\\s\\u2e80-\\u9fff]+\\s*|\\s+`, 'g')) ?? []) {
      const w = textWidthMm(token, sizePt, bold) * SAFETY;
      if (used > 0 && used + w > widthMm && token.trim()) {
        lines += 1;
        used = textWidthMm(token.trimStart(), sizePt, bold) * SAFETY;
      } else used += w;
    }
  }
  return lines;
}

const textOf = (html: string) => decode(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|li|h\d)>/gi, '\n').replace(/<[^>]+>/g, '')).replace(/\n+$/, '');

/** Height of one top-level block of the body, in mm. */
function blockHeight(tag: string, html: string, frame: BodyFrame): number {
  const pt = frame.fontSizePt;
  const mm = (p: number) => p * PT_TO_MM;
  const heading = HEADINGS[tag];
  if (heading) {
    const size = pt * heading.em;
    return lineCount(textOf(html), frame.widthMm, size, true) * mm(size) * LINE + 2 * heading.margin * mm(size);
  }
  if (tag === 'ul' || tag === 'ol') {
    const items = html.match(/<li\b[\s\S]*?<\/li>/gi) ?? [];
    const inner = items.reduce((h, li) => h + lineCount(textOf(li), frame.widthMm - INDENT_MM, pt, false) * mm(pt) * LINE + 0.9 * mm(pt), 0);
    return inner + 2 * mm(pt);
  }
  if (tag === 'blockquote') return lineCount(textOf(html), frame.widthMm - 2 * INDENT_MM, pt, false) * mm(pt) * LINE + 2 * mm(pt);
  if (tag === 'hr') return 2 * mm(pt);
  return lineCount(textOf(html), frame.widthMm, pt, /^<(strong|b)>/i.test(html.replace(/^<p[^>]*>/i, ''))) * mm(pt) * LINE + 0.9 * mm(pt);
}

/** The body's top-level elements (paragraphs, headings, lists), each with its tag. */
function topLevelBlocks(html: string): { tag: string; html: string }[] {
  const blocks: { tag: string; html: string }[] = [];
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let start = 0;
  let open = '';
  let last = 0;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    const [whole, closing, rawName, selfClosing] = m;
    const name = rawName!.toLowerCase();
    const isVoid = selfClosing === '/' || name === 'br' || name === 'hr' || name === 'img';
    if (depth === 0) {
      const loose = html.slice(last, m.index);
      if (loose.trim()) blocks.push({ tag: 'p', html: loose });
      if (isVoid && !closing) {
        blocks.push({ tag: name, html: whole });
        last = m.index + whole.length;
        continue;
      }
      if (!closing) {
        depth = 1;
        start = m.index;
        open = name;
      }
      continue;
    }
    if (isVoid) continue;
    if (!closing) depth += 1;
    else if (--depth === 0) {
      blocks.push({ tag: open, html: html.slice(start, m.index + whole.length) });
      last = m.index + whole.length;
    }
  }
  const rest = depth === 0 ? html.slice(last) : html.slice(start);
  if (rest.trim()) blocks.push({ tag: depth === 0 ? 'p' : open, html: rest });
  return blocks;
}

/**
 * Splits a merged letter body into the part each sheet holds, by the estimated height of its
 * paragraphs, so each letter knows how many pages it has and can number them ("Page 2 of 3").
 * A paragraph is never split; one taller than a sheet gets a sheet of its own and runs on.
 * @example paginateBody(html, { widthMm: 165, firstMm: 170, nextMm: 257, fontSizePt: 11 }).length // 2
 */
export function paginateBody(html: string, frame: BodyFrame): string[] {
  const pages: string[] = [];
  let current = '';
  let used = 0;
  let room = frame.firstMm;
  for (const block of topLevelBlocks(html)) {
    const h = blockHeight(block.tag, block.html, frame);
    if (current && used + h > room) {
      pages.push(current);
      current = '';
      used = 0;
      room = frame.nextMm;
    }
    current += block.html;
    used += h;
  }
  pages.push(current);
  return pages;
}
