import type { z } from 'zod';
import type { LetterTemplate, LetterTemplateDraft } from '../../../shared/contract/mailings.contract';
import { isoNow, type ServiceContext } from '../context';
import { notFound } from '../errors';
import { cleanTemplateHtml } from './template-html';

type Draft = z.output<typeof LetterTemplateDraft>;

function rows(ctx: ServiceContext) {
  return ctx.db.selectFrom('letter_templates').selectAll().where('deleted_at', 'is', null);
}

type Row = Awaited<ReturnType<ReturnType<typeof rows>['execute']>>[number];

const toTemplate = (r: Row): LetterTemplate => ({
  id: r.id,
  name: r.name,
  language: r.language === 'zh-CN' ? 'zh-CN' : 'en',
  form: r.form === 'din5008-a' || r.form === 'us-10' ? r.form : 'din5008-b',
  subject: r.subject,
  html: r.html,
  updatedAt: r.updated_at,
});

/** The office's letter templates, by name. */
export async function listTemplates(ctx: ServiceContext): Promise<LetterTemplate[]> {
  return (await rows(ctx).orderBy('name').execute()).map(toTemplate);
}

export async function getTemplate(ctx: ServiceContext, id: number): Promise<LetterTemplate> {
  const row = await rows(ctx).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('template', id);
  return toTemplate(row);
}

/** Creates a template, or replaces the text of an existing one. */
export async function saveTemplate(ctx: ServiceContext, id: number | undefined, d: Draft): Promise<LetterTemplate> {
  const now = isoNow(ctx);
  const values = { name: d.name, language: d.language, form: d.form, subject: d.subject, html: cleanTemplateHtml(d.html), updated_at: now };
  if (id === undefined) {
    const res = await ctx.db.insertInto('letter_templates').values({ ...values, created_at: now }).executeTakeFirstOrThrow();
    return getTemplate(ctx, Number(res.insertId));
  }
  await getTemplate(ctx, id);
  await ctx.db.updateTable('letter_templates').set(values).where('id', '=', id).execute();
  return getTemplate(ctx, id);
}

/** Hides a template; runs that used it keep their copy of the text and still reprint. */
export async function deleteTemplate(ctx: ServiceContext, id: number): Promise<{ count: number }> {
  await getTemplate(ctx, id);
  await ctx.db.updateTable('letter_templates').set({ deleted_at: isoNow(ctx) }).where('id', '=', id).execute();
  return { count: 1 };
}
