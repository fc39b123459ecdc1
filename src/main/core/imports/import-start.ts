import type { z } from 'zod';
import type { ImportJob, StartImportInput } from '../../../shared/contract/imports.contract';
import { isoNow, type ServiceContext } from '../context';
import { createCustomField, loadFieldDefs } from '../custom-fields/custom-fields.service';
import { getSettings } from '../settings/settings.service';
import { startJob } from './import-jobs';
import { getSession } from './import-sessions';
import { currencyOf } from './imports.service';
import { importsText } from './imports-text';
import type { PackedTable } from './packed-table';
import type { SessionTable } from './import-sessions';
import { EXTRA_FIELDS, type ExtraField } from './record-draft';
import { splitMapping } from './mapping-input';
import { assertMapped } from './required-columns';

/**
 * Our contacts have no column for nickname, department, job title or website: an import that
 * maps them keeps them in custom text fields of those names (made once, then reused).
 */
async function extraFields(ctx: ServiceContext, targets: Set<string>): Promise<Partial<Record<ExtraField, number>>> {
  const t = importsText(ctx.locale, ctx.formats);
  const out: Partial<Record<ExtraField, number>> = {};
  const fields = [...(await loadFieldDefs(ctx)).values()];
  for (const f of EXTRA_FIELDS) {
    if (!targets.has(f)) continue;
    const label = t(`importExport.fields.${f}`);
    const found = fields.find((d) => d.label.toLowerCase() === label.toLowerCase() && d.type === 'text');
    out[f] = found ? found.id : (await createCustomField(ctx, { label, type: 'text', choices: [], appliesTo: 'all' })).id;
  }
  return out;
}

/**
 * The rows to hand to the worker: a workbook's or a large text file's, packed as its reading
 * thread left them (unpacking takes a third of the time of reading the sheet again); a smaller
 * text file the worker reads again itself, which is quicker than packing and unpacking its rows.
 */
const packedForWorker = (table: SessionTable | null): PackedTable | null => table?.packed ?? null;

/** Starts writing an opened file with the mapping the person settled on. */
export async function startImport(ctx: ServiceContext, input: z.output<typeof StartImportInput>): Promise<ImportJob> {
  const session = getSession(ctx.dataFile, input.sessionId);
  assertMapped(ctx, session.kind, splitMapping(input.mapping));
  const { defaultCountry } = await getSettings(ctx);
  const targets = new Set(input.mapping.columns.map((c) => c.target).filter((x): x is string => !!x));
  const extras = session.kind === 'contacts' ? await extraFields(ctx, targets) : {};
  const fields = [...(await loadFieldDefs(ctx)).values()];
  const t = importsText(ctx.locale, ctx.formats);
  const job = startJob(
    ctx,
    {
      dataFile: ctx.dataFile,
      kind: session.kind,
      filePath: session.filePath,
      fileName: session.fileName,
      read: session.read,
      packed: packedForWorker(session.table),
      mapping: input.mapping,
      mode: input.duplicateMode,
      keepInvalid: input.invalidRows === 'importValid',
      name: input.name,
      tagName: input.tagWithName && session.kind === 'contacts' ? input.name : null,
      undoLabel: t('imports.undoLabel', { name: input.name }),
      defaultCountry,
      currency: input.currency ?? currencyOf(defaultCountry),
      fields,
      extras,
      now: isoNow(ctx),
    },
    session.rowCount,
  );
  session.table = null;
  return job;
}
