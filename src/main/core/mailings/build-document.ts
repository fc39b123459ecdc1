import type { RunRequest, SkippedContact } from '../../../shared/contract/mailings.contract';
import { layoutEnvelopes } from '../../../shared/documents/envelope-run';
import type { FlaggedPiece } from '../../../shared/documents/flags';
import { addressPiece, lazyPieces, selectRun, type PlannedPiece, type RunOptions } from '../../../shared/documents/label-run';
import { layoutLabels, returnAddressLabels } from '../../../shared/documents/label-layout';
import { letterGeometry, type LetterGeometry } from '../../../shared/documents/letter-geometry';
import { layoutLetters } from '../../../shared/documents/letter-run';
import { escapeHtml } from '../../../shared/documents/html-escape';
import type { DocumentPage, PrintDocument, TextBlock } from '../../../shared/documents/print-document';
import { documentsEn } from '../../../shared/i18n/documents.en';
import { mailingsEn } from '../../../shared/i18n/mailings.en';
import { mailingsZhCN } from '../../../shared/i18n/mailings.zh-CN';
import { paginateBody } from './letter-pages';
import type { MailRecipient } from './mail-recipient';
import type { RunContext } from './run-context';
import { engineLetterhead, returnAddressLines, senderAddress } from './sender-lines';

/** A laid-out run: the document (all pages, or the ones asked for) and what the run as a whole does. */
export interface BuiltDocument {
  document: PrintDocument;
  /** Pages the whole run prints (letters: sheets of their first pages; long letters add more). */
  pageCount: number;
  pieces: number;
  /** Contacts the run reaches: what its history logs. */
  reachedIds: number[];
  skipped: SkippedContact[];
  flagged: FlaggedPiece[];
}

export interface BuildView {
  /** Draw label edges, envelope edges and windows, and mark shrunk text: the on-screen preview. */
  outlines?: boolean;
  /** Lay out only these pages (0-based). */
  pages?: { from: number; count: number };
}

const reached = (pieces: readonly PlannedPiece[]) => [...new Set(pieces.flatMap((p) => p.members.map((m) => Number(m.id))))];
function skippedOf(list: ReturnType<typeof selectRun>['skipped'], recipients: readonly MailRecipient[]): SkippedContact[] {
  const names = new Map(recipients.map((r) => [r.id, r.displayName]));
  return list.map((s) => ({ id: Number(s.id), name: names.get(Number(s.id)) || s.name, reason: s.reason }));
}

function runOptions(request: RunRequest, ctx: RunContext): RunOptions {
  return {
    senderCountry: ctx.senderCountry,
    households: request.choices.households,
    householdTemplates: ctx.householdTemplates,
    sortByPostcode: request.choices.sortByPostcode,
    copies: request.choices.copies,
    overrideNoLetters: request.choices.overrideNoLetters,
  };
}

const textStyle = (request: RunRequest) => ({
  font: request.content.font,
  fontSizePt: request.content.fontSizePt,
  minFontSizePt: Math.min(request.content.minFontSizePt, request.content.fontSizePt),
  boldFirstLine: request.content.boldFirstLine,
});

const required = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`run context lacks its ${what}`);
  return value;
};

/** Pieces in [from, from+count) of a planned list, formatted. */
function slice(pieces: readonly PlannedPiece[], options: RunOptions, view: BuildView) {
  const from = view.pages?.from ?? 0;
  const count = view.pages?.count ?? pieces.length;
  return { from, pieces: pieces.slice(from, from + count).map((p) => addressPiece(p, options)) };
}

const renumber = (flagged: FlaggedPiece[], offset: number) => flagged.map((f) => ({ ...f, page: f.page + offset }));

/**
 * A letter's sheets: its first page as laid out, its body split over further sheets by
 * estimated height, and "Page n of m" at the foot of each when it runs over one sheet.
 */
function letterSheets(first: DocumentPage, g: LetterGeometry, pageWord: string): DocumentPage[] {
  const flow = first.flow;
  if (!flow) return [first];
  const bottom = g.paper.heightMm - g.marginBottomMm;
  const parts = paginateBody(flow.html, { widthMm: flow.w, firstMm: bottom - flow.y, nextMm: bottom - g.marginTopMm, fontSizePt: flow.fontSizePt });
  if (parts.length === 1) return [first];
  const number = (n: number): TextBlock => ({
    x: flow.x,
    y: bottom + 1.5,
    w: flow.w,
    h: 4,
    lines: [pageWord.replace('{{page}}', String(n)).replace('{{count}}', String(parts.length))],
    fontSizePt: 8,
    lineHeight: 1.2,
    font: flow.font,
    align: 'right',
  });
  const sheets: DocumentPage[] = [{ ...first, blocks: [...first.blocks, number(1)], flow: { ...flow, html: parts[0]! } }];
  parts.slice(1).forEach((html, i) => sheets.push({ blocks: [number(i + 2)], flow: { ...flow, y: g.marginTopMm, html } }));
  return sheets;
}

function letterHtml(recipient: MailRecipient, template: NonNullable<RunContext['template']>): string {
  const subject = template.subject.trim() ? `<p><strong>${escapeHtml(template.subject.trim())}</strong></p>` : '';
  const html = subject + template.html;
  // The contact's own greeting ("Dear Dr. Weber,") beats the one worded from the name.
  return recipient.greeting.trim() ? html.replace(/\{\{\s*salutation\s*\}\}/g, escapeHtml(recipient.greeting.trim())) : html;
}

/**
 * Lays out one run as a printable document: labels, a sheet of return labels, envelopes or
 * letters, from the request, the recipients and the frozen context. Pure: the same inputs
 * always give the same document, which is what makes a reprint exact.
 * @example buildDocument(request, recipients, context, { outlines: true, pages: { from: 0, count: 1 } })
 */
export function buildDocument(request: RunRequest, recipients: readonly MailRecipient[], ctx: RunContext, view: BuildView = {}): BuiltDocument {
  const doc = request.document;
  const options = runOptions(request, ctx);
  const lang = ctx.locale;
  if (doc.kind === 'returnLabels') {
    const sheet = required(ctx.sheet, 'sheet');
    const contents = returnAddressLabels(returnAddressLines(ctx.letterhead, ctx.senderCountry), sheet, { startAt: doc.startAt, count: doc.count });
    const out = layoutLabels(contents, sheet, { startAt: doc.startAt, style: textStyle(request), shiftMm: ctx.shiftMm, outlines: view.outlines, pages: view.pages, lang });
    return { document: out.document, pageCount: out.pageCount, pieces: contents.length, reachedIds: [], skipped: [], flagged: out.flagged };
  }
  const selection = selectRun(recipients, options);
  const base = { pieces: selection.pieces.length, reachedIds: reached(selection.pieces), skipped: skippedOf(selection.skipped, recipients) };
  if (doc.kind === 'labels') {
    const sheet = required(ctx.sheet, 'sheet');
    const out = layoutLabels(lazyPieces(selection.pieces, options), sheet, {
      startAt: doc.startAt,
      style: textStyle(request),
      shiftMm: ctx.shiftMm,
      outlines: view.outlines,
      pages: view.pages,
      title: request.name || undefined,
      lang,
    });
    return { ...base, document: out.document, pageCount: out.pageCount, flagged: out.flagged };
  }
  if (doc.kind === 'envelopes') {
    const envelope = required(ctx.envelope, 'envelope');
    const { from, pieces } = slice(selection.pieces, options, view);
    const cn = envelope.regions[0] === 'CN';
    const sender = doc.returnAddress ? returnAddressLines(ctx.letterhead, ctx.senderCountry) : [];
    const postcode = cn ? (senderAddress(ctx.letterhead, ctx.senderCountry)?.postcode ?? '') : '';
    const out = layoutEnvelopes(pieces, envelope, {
      window: doc.window ? ctx.window : undefined,
      postcodeBoxes: cn ? (doc.postcodeBoxes ?? ctx.postcodeBoxes) : undefined,
      // On Chinese envelopes the sender's postcode follows "邮政编码" on a line of its own.
      senderLines: postcode ? sender.filter((l) => l.trim() !== postcode) : sender,
      senderPostcode: postcode || undefined,
      senderPostcodeLabel: documentsEn.chinesePostcodeLabel,
      style: textStyle(request),
      shiftMm: ctx.shiftMm,
      feed: doc.feed,
      outlines: view.outlines,
      title: request.name || envelope.name,
      lang,
    });
    return { ...base, document: out.document, pageCount: selection.pieces.length, flagged: renumber(out.flagged, from) };
  }
  const template = required(ctx.template, 'template');
  const form = doc.form ?? template.form;
  const geometry =
    form === 'us-10' ? letterGeometry(form, { envelope: required(ctx.envelope, 'envelope'), window: required(ctx.window, 'window') }) : letterGeometry(form);
  const { from, pieces } = slice(selection.pieces, options, view);
  const letterhead = engineLetterhead(ctx.letterhead, ctx.senderCountry);
  const signatureHtml = ctx.letterhead.signatureDataUrl ? `<img alt="" src="${escapeHtml(ctx.letterhead.signatureDataUrl)}" style="height:15mm">` : undefined;
  const pages: DocumentPage[] = [];
  const flagged: FlaggedPiece[] = [];
  let document: PrintDocument | undefined;
  const pageWord = template.language === 'zh-CN' ? mailingsZhCN.letterPage : mailingsEn.letterPage;
  pieces.forEach((piece, i) => {
    const recipient = piece.recipient as MailRecipient;
    // One layout per letter: greeting and owner differ per contact.
    const out = layoutLetters([piece], {
      geometry,
      templateHtml: letterHtml(recipient, template),
      language: template.language,
      date: new Date(ctx.date),
      country: ctx.senderCountry,
      letterhead,
      ownerName: recipient.ownerName,
      signatureHtml,
      style: textStyle(request),
      shiftMm: ctx.shiftMm,
      foldMarks: doc.foldMarks,
      title: request.name || template.name,
    });
    const first = out.document.pages[0]!;
    if (view.outlines) first.outlines = [...(first.outlines ?? []), { ...geometry.addressField, strokeMm: 0.2, color: '#1c7ed6', radiusMm: 2 }];
    // Flags name the sheet in a print, the letter in the preview (which pages through letters).
    flagged.push(...renumber(out.flagged, view.pages ? from + i : pages.length));
    pages.push(...letterSheets(first, geometry, pageWord));
    document ??= out.document;
  });
  const empty = layoutLetters([], { geometry, templateHtml: '', language: template.language, date: new Date(ctx.date), title: request.name || template.name });
  // The preview pages through letters; a print counts sheets.
  return { ...base, document: { ...(document ?? empty.document), pages }, pageCount: view.pages ? selection.pieces.length : pages.length, flagged };
}
