import type { RunRequest } from '../../../shared/contract/mailings.contract';
import type { ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { getSettings } from '../settings/settings.service';
import { findEnvelope, windowFor } from '../documents/catalogue';
import { contactIdsOf } from './contact-ids';
import { resolveSheet } from './custom-sheets.service';
import { getTemplate } from './letter-templates.service';
import { loadRecipients } from './recipient-loader';
import type { MailRecipient } from './mail-recipient';
import { getMailingSettings, shiftFor } from './mailing-settings.service';
import type { RunContext } from './run-context';

/** The recipients and frozen context of a new run, read from the database now. */
export interface RunSetup {
  recipients: MailRecipient[];
  context: RunContext;
  /** The sheet, envelope or template as people know it. */
  target: string;
}

async function groupExists(ctx: ServiceContext, id: number): Promise<void> {
  const row = await ctx.db.selectFrom('contact_groups').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('group', id);
}

/**
 * Reads what a run needs: its contacts as recipients, and the settings, sheet, envelope or
 * template it prints with, frozen into a context a reprint can reuse.
 */
export async function setUpRun(ctx: ServiceContext, request: RunRequest): Promise<RunSetup> {
  const [general, mailing] = await Promise.all([getSettings(ctx), getMailingSettings(ctx)]);
  const senderCountry = (mailing.letterhead.address.country || general.defaultCountry).toUpperCase();
  const context: RunContext = {
    date: ctx.now().toISOString(),
    senderCountry,
    shiftMm: shiftFor(mailing, request.printer),
    letterhead: mailing.letterhead,
    householdTemplates: mailing.householdTemplates,
    postcodeBoxes: mailing.postcodeBoxes,
    locale: ctx.locale,
  };
  const doc = request.document;
  let target = '';
  if (doc.kind === 'labels' || doc.kind === 'returnLabels') {
    context.sheet = await resolveSheet(ctx, doc.sheetId);
    target = `${context.sheet.brand} ${context.sheet.part}`.trim();
  } else if (doc.kind === 'envelopes') {
    if (doc.envelopeId === 'custom') {
      if (!doc.customSize) throw new AppError('validation', 'mailings.customSizeMissing');
      const { widthMm, heightMm, region } = doc.customSize;
      context.envelope = { id: 'custom', name: `${widthMm} × ${heightMm} mm`, widthMm: Math.max(widthMm, heightMm), heightMm: Math.min(widthMm, heightMm), regions: [region] };
    } else {
      context.envelope = findEnvelope(doc.envelopeId);
      if (!context.envelope) throw notFound('envelope', doc.envelopeId);
      context.window = windowFor(doc.envelopeId);
    }
    target = context.envelope.name;
  } else {
    const template = await getTemplate(ctx, doc.templateId);
    context.template = { id: template.id, name: template.name, language: template.language, form: template.form, subject: template.subject, html: template.html };
    if ((doc.form ?? template.form) === 'us-10') {
      context.envelope = findEnvelope('us-10');
      context.window = windowFor('us-10');
    }
    target = template.name;
  }
  if (doc.kind === 'returnLabels') return { recipients: [], context, target };
  if (!request.source) throw new AppError('validation', 'mailings.noSource');
  if (request.source.type === 'group') await groupExists(ctx, request.source.groupId);
  const ids = await contactIdsOf(ctx, request.source);
  const recipients = await loadRecipients(ctx, ids, request.content, general.defaultCountry);
  return { recipients, context, target };
}
