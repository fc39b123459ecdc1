import type { EnvelopeSize, LabelSheet } from '../../../shared/documents/catalogue.types';
import { layoutEnvelopes, type EnvelopeRunOptions } from '../../../shared/documents/envelope-run';
import type { FlaggedPiece } from '../../../shared/documents/flags';
import { planRun, type RunOptions, type SkippedRecipient } from '../../../shared/documents/label-run';
import { layoutLabels, type LabelLayoutOptions } from '../../../shared/documents/label-layout';
import { layoutLetters, type LetterRunOptions } from '../../../shared/documents/letter-run';
import type { Recipient } from '../../../shared/documents/recipient';
import { renderDocumentHtml } from '../../../shared/documents/render-html';
import type { PdfRenderer } from './pdf-renderer';

/** A printed run: the PDF, who was left out and why, and what had to shrink or still overflows. */
export interface PrintedRun {
  pdf: Uint8Array;
  /** Contacts reached, for their history: one entry per contact, households expanded. */
  recipientIds: Recipient['id'][];
  skipped: SkippedRecipient[];
  flagged: FlaggedPiece[];
}

const reached = (pieces: { recipientIds: Recipient['id'][] }[]) => [...new Set(pieces.flatMap((p) => p.recipientIds))];

/**
 * Labels for a list of recipients on a sheet, as one PDF.
 * @example await printLabels(renderer, recipients, findSheet('Avery L7160')!, { senderCountry: 'DE' })
 */
export async function printLabels(
  renderer: PdfRenderer,
  recipients: readonly Recipient[],
  sheet: LabelSheet,
  run: RunOptions,
  layout: LabelLayoutOptions = {},
): Promise<PrintedRun> {
  const plan = planRun(recipients, run);
  const doc = layoutLabels(plan.pieces, sheet, layout);
  const pdf = await renderer.renderPdf(renderDocumentHtml(doc.document));
  return { pdf, recipientIds: reached(plan.pieces), skipped: plan.skipped, flagged: doc.flagged };
}

/** One envelope per recipient (or household), as one PDF. */
export async function printEnvelopes(
  renderer: PdfRenderer,
  recipients: readonly Recipient[],
  envelope: EnvelopeSize,
  run: RunOptions,
  layout: EnvelopeRunOptions = {},
): Promise<PrintedRun> {
  const plan = planRun(recipients, run);
  const doc = layoutEnvelopes(plan.pieces, envelope, layout);
  const pdf = await renderer.renderPdf(renderDocumentHtml(doc.document));
  return { pdf, recipientIds: reached(plan.pieces), skipped: plan.skipped, flagged: doc.flagged };
}

/** One merged letter per recipient (or household), each on fresh sheets, as one PDF. */
export async function printLetters(
  renderer: PdfRenderer,
  recipients: readonly Recipient[],
  run: RunOptions,
  letter: LetterRunOptions,
): Promise<PrintedRun> {
  const plan = planRun(recipients, run);
  const doc = layoutLetters(plan.pieces, letter);
  const pdf = await renderer.renderPdf(renderDocumentHtml(doc.document));
  return { pdf, recipientIds: reached(plan.pieces), skipped: plan.skipped, flagged: doc.flagged };
}
