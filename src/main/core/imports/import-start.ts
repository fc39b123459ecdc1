import type { z } from 'zod';
import type { ImportJob, StartImportInput } from '../../../shared/contract/imports.contract';
import { isoNow, type ServiceContext } from '../context';
import { loadFieldDefs } from '../custom-fields/custom-fields.service';
import { getSettings } from '../settings/settings.service';
import { startJob } from './import-jobs';
import { getSession, sessionTable } from './import-sessions';
import { currencyOf } from './imports.service';
import { importsText } from './imports-text';
import type { PackedTable } from './packed-table';
import type { SessionTable } from './import-sessions';
import { fieldsForImport, withChoices } from './new-fields';
import { splitMapping } from './mapping-input';
import { assertMapped } from './required-columns';
import { headerCurrency } from './sales-plan';

/**
 * The rows to hand to the worker: a workbook's or a large text file's, packed as its reading
 * thread left them (unpacking takes a third of the time of reading the sheet again); a smaller
 * text file the worker reads again itself, which is quicker than packing and unpacking its rows.
 */
const packedForWorker = (table: SessionTable | null): PackedTable | null => table?.packed ?? null;

/** Starts writing an opened file with the mapping the person settled on. */
export async function startImport(ctx: ServiceContext, input: z.output<typeof StartImportInput>): Promise<ImportJob> {
  const session = getSession(ctx.dataFile, input.sessionId);
  await assertMapped(ctx, session.kind, splitMapping(input.mapping), async () => (await sessionTable(session)).rows);
  const { defaultCountry } = await getSettings(ctx);
  const fields = [...(await loadFieldDefs(ctx)).values()];
  const t = importsText(ctx.locale, ctx.formats);
  // Nickname, department, job title and website, and columns kept as new fields, go into custom
  // text fields: stored ones of the same name, or ones the import makes in its transaction.
  const custom = session.kind === 'contacts' ? fieldsForImport(input.mapping, fields, (f) => t(`importExport.fields.${f}`)) : { mapping: input.mapping, extras: {}, newFields: [] };
  // As the preview read them (previewImport): the person's currency, else the amount header's, else the office's.
  const currency = input.currency ?? (session.kind === 'sales' ? headerCurrency((await sessionTable(session)).headers, splitMapping(input.mapping).sales)?.currency : null) ?? currencyOf(defaultCountry);
  const job = startJob(
    ctx,
    {
      dataFile: ctx.dataFile,
      kind: session.kind,
      filePath: session.filePath,
      fileName: session.fileName,
      read: session.read,
      packed: packedForWorker(session.table),
      mapping: custom.mapping,
      mode: input.duplicateMode,
      keepInvalid: input.invalidRows === 'importValid',
      addCustomers: input.addCustomers,
      name: input.name,
      // A sales import tags the customers it adds as contacts, a contacts import every contact it writes.
      tagName: input.tagWithName && (session.kind === 'contacts' || input.addCustomers) ? input.name : null,
      undoLabel: t('imports.undoLabel', { name: input.name }),
      defaultCountry,
      formats: ctx.formats ?? ctx.locale,
      currency,
      fields,
      extras: custom.extras,
      // A choice field's options are its columns' values: read here, where the file's rows are.
      newFields: custom.newFields.some((f) => f.type === 'choice') ? withChoices(custom.newFields, (await sessionTable(session)).rows) : custom.newFields,
      now: isoNow(ctx),
    },
    session.rowCount,
  );
  session.table = null;
  return job;
}
