import type { z } from 'zod';
import {
  RunRequest,
  type PreviewQuery,
  type RunCommand,
  type RunResult,
  type RunSummary,
  type SkippedContact,
} from '../../../shared/contract/mailings.contract';
import type { Preview } from '../../../shared/contract/mailings.contract';
import { renderDocumentHtml } from '../../../shared/documents/render-html';
import { isoNow, type ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { refreshLastContact } from '../history/history.service';
import { buildDocument, type BuiltDocument } from './build-document';
import type { MailRecipient } from './mail-recipient';
import { storePdf } from './pdf-files';
import type { RunContext } from './run-context';
import { setUpRun } from './run-setup';
import { pdfPageCount, renderPdf } from './shared-renderer';

type PreviewInput = z.output<typeof PreviewQuery>;

const nameOf = (r: MailRecipient) => r.displayName || (r.kind === 'company' ? (r.company ?? '') : [r.givenName, r.familyName].filter(Boolean).join(' '));

/** Flagged pieces with the names of whom they are for, so a person knows which address to shorten. */
function namedFlags(flagged: BuiltDocument['flagged'], recipients: readonly MailRecipient[]) {
  const names = new Map(recipients.map((r) => [r.id, nameOf(r)]));
  return flagged.map((f) => {
    const ids = f.recipientIds.map(Number);
    return { ...f, recipientIds: ids, name: ids.map((id) => names.get(id) ?? '').filter(Boolean).join(', ') };
  });
}

/** History kind each document writes in a contact's timeline; return labels reach no contact. */
const HISTORY_KIND = { labels: 'label', envelopes: 'envelope', letters: 'letter' } as const;

/**
 * Pages of a run as they will print: label edges, envelope windows and shrunk text marked.
 * Only the pages asked for are laid out, so the first page of a 3,000-label run shows at once.
 */
export async function previewRun(ctx: ServiceContext, q: PreviewInput): Promise<Preview> {
  const { fromPage, pageCount, ...request } = q;
  const setup = await setUpRun(ctx, request);
  const built = buildDocument(request, setup.recipients, setup.context, { outlines: true, pages: { from: fromPage, count: pageCount } });
  return {
    html: renderDocumentHtml(built.document, { preview: true }),
    paper: built.document.paper,
    pageCount: built.pageCount,
    fromPage,
    pieces: built.pieces,
    contacts: built.reachedIds.length,
    skipped: built.skipped,
    flagged: namedFlags(built.flagged, setup.recipients),
  };
}

function fileName(kind: string, name: string, at: string): string {
  return `${name.trim() || kind}-${at.slice(0, 10)}.pdf`;
}

async function output(ctx: ServiceContext, built: BuiltDocument, how: 'pdf' | 'html', name: string) {
  const html = renderDocumentHtml(built.document);
  if (how === 'html') return { html, fileId: null, pages: built.pageCount };
  const pdf = await renderPdf(html);
  return { html: null, fileId: storePdf(ctx, pdf, name), pages: pdfPageCount(pdf) || built.pageCount };
}

/** The sheet the printer takes: envelopes fed short edge first print on the turned size. */
function sheetSize(built: BuiltDocument) {
  const { widthMm, heightMm } = built.document.paper;
  return built.document.rotateQuarter && !built.document.flowMarginsMm ? { widthMm: heightMm, heightMm: widthMm } : { widthMm, heightMm };
}

interface RunRow {
  request: RunRequest;
  recipients: MailRecipient[];
  context: RunContext;
  target: string;
  built: BuiltDocument;
  pages: number;
  staffId: number | null;
  reprintOf: number | null;
}

function insertRun(ctx: ServiceContext, r: RunRow, logHistory: boolean): number {
  const now = isoNow(ctx);
  const kind = r.request.document.kind;
  return ctx.sqlite.transaction(() => {
    const res = ctx.sqlite
      .prepare(
        `insert into mailing_runs (kind, name, target, request, recipients, context, skipped, contact_count, piece_count,
         page_count, staff_id, reprint_of, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        kind,
        r.request.name,
        r.target,
        JSON.stringify(r.request),
        JSON.stringify(r.recipients),
        JSON.stringify(r.context),
        JSON.stringify(r.built.skipped),
        r.built.reachedIds.length,
        r.built.pieces,
        r.pages,
        r.staffId,
        r.reprintOf,
        now,
      );
    const runId = Number(res.lastInsertRowid);
    if (logHistory && kind !== 'returnLabels') {
      const historyKind = HISTORY_KIND[kind];
      const summary = [r.request.name, r.target].filter(Boolean).join(' · ');
      const payload = JSON.stringify({ runId, document: kind, target: r.target, name: r.request.name });
      const insert = ctx.sqlite.prepare(
        `insert into history (contact_id, kind, occurred_at, summary, body, payload, staff_id, created_at, updated_at)
         values (?, ?, ?, ?, '', ?, ?, ?, ?)`,
      );
      for (const id of r.built.reachedIds) {
        insert.run(id, historyKind, now, summary, payload, r.staffId, now, now);
        if (historyKind === 'letter') refreshLastContact(ctx.sqlite, id);
      }
    }
    return runId;
  })();
}

async function checkStaff(ctx: ServiceContext, staffId: number | null): Promise<void> {
  if (staffId == null) return;
  const row = await ctx.db.selectFrom('staff').select('id').where('id', '=', staffId).executeTakeFirst();
  if (!row) throw notFound('staff', staffId);
}

async function result(
  ctx: ServiceContext,
  runId: number,
  out: { html: string | null; fileId: string | null },
  built: BuiltDocument,
  recipients: readonly MailRecipient[],
): Promise<RunResult> {
  return {
    run: await getRunSummary(ctx, runId),
    fileId: out.fileId,
    html: out.html,
    paper: sheetSize(built),
    skipped: built.skipped,
    flagged: namedFlags(built.flagged, recipients),
  };
}

/**
 * Prints a run: lays out every page, renders the PDF (or hands the HTML to the desktop's print
 * window), then logs the run and one history entry per contact reached, in one transaction.
 * Nothing is logged when there is nothing to print or rendering fails.
 * @example await printRun(ctx, RunCommand.parse({ source: { type: 'group', groupId: 3 }, document: { kind: 'labels', sheetId: 'avery-7160' } }))
 */
export async function printRun(ctx: ServiceContext, cmd: z.output<typeof RunCommand>): Promise<RunResult> {
  const { staffId, output: how, ...request } = cmd;
  await checkStaff(ctx, staffId);
  const setup = await setUpRun(ctx, request);
  const built = buildDocument(request, setup.recipients, setup.context);
  if (built.pieces === 0) throw new AppError('validation', 'mailings.nothingToPrint', { skipped: built.skipped.length });
  const out = await output(ctx, built, how, fileName(request.document.kind, request.name, setup.context.date));
  const runId = insertRun(ctx, { ...setup, request, built, pages: out.pages, staffId, reprintOf: null }, true);
  return result(ctx, runId, out, built, setup.recipients);
}

/**
 * Prints a logged run again, exactly: the stored request, recipients (as they were then) and
 * context. Logged as a reprint of the run; contacts' histories already hold the mailing.
 */
export async function reprintRun(ctx: ServiceContext, runId: number, how: 'pdf' | 'html', staffId: number | null): Promise<RunResult> {
  await checkStaff(ctx, staffId);
  const row = await ctx.db.selectFrom('mailing_runs').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!row) throw notFound('run', runId);
  const request = RunRequest.parse(JSON.parse(row.request));
  const recipients = JSON.parse(row.recipients) as MailRecipient[];
  const context = JSON.parse(row.context) as RunContext;
  const built = buildDocument(request, recipients, context);
  const out = await output(ctx, built, how, fileName(request.document.kind, request.name, context.date));
  const id = insertRun(ctx, { request, recipients, context, target: row.target, built, pages: out.pages, staffId, reprintOf: row.reprint_of ?? row.id }, false);
  return result(ctx, id, out, built, recipients);
}

function summaries(ctx: ServiceContext) {
  return ctx.db
    .selectFrom('mailing_runs as r')
    .leftJoin('staff as s', 's.id', 'r.staff_id')
    .select([
      'r.id',
      'r.kind',
      'r.name',
      'r.target',
      'r.contact_count',
      'r.piece_count',
      'r.page_count',
      'r.skipped',
      'r.staff_id',
      's.name as staff_name',
      'r.created_at',
      'r.reprint_of',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

const toSummary = (r: SummaryRow): RunSummary => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  target: r.target,
  contacts: r.contact_count,
  pieces: r.piece_count,
  pages: r.page_count,
  skipped: (JSON.parse(r.skipped) as unknown[]).length,
  staffId: r.staff_id,
  staffName: r.staff_name,
  createdAt: r.created_at,
  reprintOf: r.reprint_of,
});

async function getRunSummary(ctx: ServiceContext, id: number): Promise<RunSummary> {
  const row = await summaries(ctx).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('run', id);
  return toSummary(row);
}

/** Runs newest first; with a contact, only the runs that reached them. */
export async function listRuns(ctx: ServiceContext, limit: number, contactId?: number): Promise<RunSummary[]> {
  let q = summaries(ctx);
  if (contactId !== undefined) {
    q = q.where((eb) =>
      eb(
        'r.id',
        'in',
        eb
          .selectFrom('history as h')
          .select((e) => e.fn<number>('json_extract', ['h.payload', e.val('$.runId')]).as('run_id'))
          .where('h.contact_id', '=', contactId)
          .where('h.kind', 'in', Object.values(HISTORY_KIND)),
      ),
    );
  }
  return (await q.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(limit).execute()).map(toSummary);
}

/** One run with its request, skipped contacts and the contacts it reached. */
export async function getRun(ctx: ServiceContext, id: number) {
  const summary = await getRunSummary(ctx, id);
  const row = await ctx.db.selectFrom('mailing_runs').select(['request', 'recipients', 'skipped', 'context']).where('id', '=', id).executeTakeFirstOrThrow();
  const request = RunRequest.parse(JSON.parse(row.request));
  const built = buildDocument(request, JSON.parse(row.recipients) as MailRecipient[], JSON.parse(row.context) as RunContext, { pages: { from: 0, count: 0 } });
  return { ...summary, request, skippedContacts: JSON.parse(row.skipped) as SkippedContact[], recipientIds: built.reachedIds };
}

/**
 * Takes back a run nobody printed (the desktop's print dialog was cancelled): its row and the
 * history entries it wrote go, in one transaction, and the contacts' "last contact" follows.
 */
export async function cancelRun(ctx: ServiceContext, id: number): Promise<{ count: number }> {
  await getRunSummary(ctx, id);
  ctx.sqlite.transaction(() => {
    const rows = ctx.sqlite
      .prepare(`select id, contact_id from history where kind in ('label','envelope','letter') and json_extract(payload, '$.runId') = ?`)
      .all(id) as { id: number; contact_id: number }[];
    const drop = ctx.sqlite.prepare('delete from history where id = ?');
    for (const r of rows) drop.run(r.id);
    for (const contactId of new Set(rows.map((r) => r.contact_id))) refreshLastContact(ctx.sqlite, contactId);
    ctx.sqlite.prepare('update mailing_runs set reprint_of = null where reprint_of = ?').run(id);
    ctx.sqlite.prepare('delete from mailing_runs where id = ?').run(id);
  })();
  return { count: 1 };
}

/** Letters, labels and envelopes sent per staff member, from the contacts' histories. */
export async function sentCounts(ctx: ServiceContext, since?: string, contactId?: number) {
  let q = ctx.db
    .selectFrom('history as h')
    .leftJoin('staff as s', 's.id', 'h.staff_id')
    .select(['h.staff_id', 's.name as staff_name', 'h.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('h.kind', 'in', Object.values(HISTORY_KIND));
  if (since) q = q.where('h.occurred_at', '>=', new Date(since).toISOString());
  if (contactId !== undefined) q = q.where('h.contact_id', '=', contactId);
  const rows = await q.groupBy(['h.staff_id', 'h.kind']).execute();
  const byStaff = new Map<string, { staffId: number | null; staffName: string | null; letters: number; labels: number; envelopes: number }>();
  for (const r of rows) {
    const key = String(r.staff_id);
    const entry = byStaff.get(key) ?? { staffId: r.staff_id, staffName: r.staff_name, letters: 0, labels: 0, envelopes: 0 };
    const n = Number(r.n);
    if (r.kind === 'letter') entry.letters += n;
    else if (r.kind === 'label') entry.labels += n;
    else entry.envelopes += n;
    byStaff.set(key, entry);
  }
  return { byStaff: [...byStaff.values()] };
}
