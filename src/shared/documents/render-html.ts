import { escapeHtml } from './html-escape';
import { DOCUMENT_FONTS, type DocumentPage, type ImageBox, type OutlineBox, type PrintDocument, type TextBlock } from './print-document';

const mm = (n: number) => `${Math.round(n * 1000) / 1000}mm`;

function blockHtml(b: TextBlock): string {
  const style = [
    `left:${mm(b.x)}`,
    `top:${mm(b.y)}`,
    `width:${mm(b.w)}`,
    `height:${mm(b.h)}`,
    `font-size:${b.fontSizePt}pt`,
    `line-height:${b.lineHeight}`,
    b.align && b.align !== 'left' ? `text-align:${b.align}` : '',
    b.letterSpacingMm ? `letter-spacing:${mm(b.letterSpacingMm)}` : '',
  ]
    .filter(Boolean)
    .join(';');
  const lines = b.lines
    .map((l, i) => `<div class="l${i === 0 && b.boldFirstLine ? ' b' : ''}">${escapeHtml(l) || '&nbsp;'}</div>`)
    .join('');
  const flag = b.flag ? ` data-flag="${b.flag}"` : '';
  // The typeface is a class: a 3,000-label run would otherwise repeat the font list 3,000 times.
  return `<div class="t ${b.font}"${flag} style="${escapeHtml(style)}">${lines}</div>`;
}

const outlineHtml = (o: OutlineBox) =>
  `<div class="o" style="left:${mm(o.x)};top:${mm(o.y)};width:${mm(o.w)};height:${mm(o.h)};border:${mm(o.strokeMm)} solid ${escapeHtml(o.color)};border-radius:${mm(o.radiusMm ?? 0)}"></div>`;

// Only inline pictures: a document must print the same offline and never fetch anything.
const imageHtml = (i: ImageBox) =>
  i.src.startsWith('data:image/')
    ? `<img class="i" alt="" src="${escapeHtml(i.src)}" style="left:${mm(i.x)};top:${mm(i.y)};width:${mm(i.w)};height:${mm(i.h)}">`
    : '';

function pageHtml(page: DocumentPage, marginTop: number, rotate: boolean): string {
  const f = page.flow;
  // The flowing body sits in normal flow below the page's top padding, so it continues onto
  // further sheets with the same margins; its first-sheet start is a top margin.
  const flow = f
    ? `<div class="f" style="${escapeHtml(`margin-top:${mm(Math.max(0, f.y - marginTop))};margin-left:${mm(f.x)};width:${mm(f.w)};font-size:${f.fontSizePt}pt;font-family:${DOCUMENT_FONTS[f.font]}`)}">${f.html}</div>`
    : '';
  const content = `${(page.outlines ?? []).map(outlineHtml).join('')}${(page.images ?? []).map(imageHtml).join('')}${page.blocks.map(blockHtml).join('')}${flow}`;
  return rotate ? `<section class="q"><div class="p">${content}</div></section>` : `<section class="p">${content}</section>`;
}

function pageCss(doc: PrintDocument): string[] {
  const { widthMm: w, heightMm: h } = doc.paper;
  const m = doc.flowMarginsMm;
  if (!m) return [`.p{position:relative;width:${mm(w)};height:${mm(h)};overflow:hidden;break-after:page}`];
  return [
    `.p{position:relative;width:${mm(w)};min-height:${mm(h)};box-sizing:border-box;padding:${mm(m.top)} 0 ${mm(m.bottom)} 0;break-after:page;-webkit-box-decoration-break:clone;box-decoration-break:clone}`,
  ];
}

/**
 * One HTML document for a whole run: CSS `@page` sets the paper, every page is a fixed-size
 * box and every text block sits at absolute millimetre positions, so Chromium prints exactly
 * these positions (Electron's printToPDF in the app, headless Chromium in tests). Text is never
 * clipped by its box: overflow stays visible and is flagged by the layout.
 * @example renderDocumentHtml({ title: 'Labels', lang: 'en', paper: PAPERS.A4, pages })
 */
export function renderDocumentHtml(doc: PrintDocument, options: { preview?: boolean } = {}): string {
  const { widthMm: w, heightMm: h } = doc.paper;
  const shift = doc.shiftMm ?? { x: 0, y: 0 };
  const rotate = doc.rotateQuarter === true && !doc.flowMarginsMm;
  const css = [
    rotate ? `@page{size:${mm(h)} ${mm(w)};margin:0}` : `@page{size:${mm(w)} ${mm(h)};margin:0}`,
    // Turned pages: the sheet is h wide; the face, turned a quarter clockwise about its top-left
    // corner, is moved right by its own height so it lands on the sheet.
    rotate
      ? `.q{position:relative;width:${mm(h)};height:${mm(w)};overflow:hidden;break-after:page}.q:last-child{break-after:auto}.q>.p{position:absolute;left:0;top:0;transform-origin:0 0;transform:translateX(${mm(h)}) rotate(90deg)}`
      : '',
    'html,body{margin:0;padding:0}',
    `body{font-family:${DOCUMENT_FONTS.sans};color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}`,
    ...pageCss(doc),
    '.p:last-child{break-after:auto}',
    '.t,.o,.i{position:absolute;box-sizing:border-box}',
    shift.x || shift.y ? `.t,.o,.i,.f{transform:translate(${mm(shift.x)},${mm(shift.y)})}` : '',
    '.t{overflow:visible;white-space:nowrap}',
    '.i{object-fit:contain;object-position:left top}',
    '.l.b{font-weight:bold}',
    `.sans{font-family:${DOCUMENT_FONTS.sans}}`,
    `.serif{font-family:${DOCUMENT_FONTS.serif}}`,
    '.f{line-height:1.35}',
    '.f p{margin:0 0 0.9em 0}',
    options.preview
      ? 'body{background:#888}.p{background:#fff;margin:0 auto 8mm auto;box-shadow:0 1mm 3mm rgba(0,0,0,.4)}.t[data-flag]{outline:0.4mm dashed #d9480f}.t[data-flag="overflow"]{outline-color:#e03131;outline-style:solid}'
      : '',
  ]
    .filter(Boolean)
    .join('\n');
  const marginTop = doc.flowMarginsMm?.top ?? 0;
  return `<!doctype html><html lang="${escapeHtml(doc.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${css}</style></head><body>${doc.pages.map((p) => pageHtml(p, marginTop, rotate)).join('')}</body></html>`;
}
