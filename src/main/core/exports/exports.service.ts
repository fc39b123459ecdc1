import { statSync } from 'node:fs';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ContactExportInput} from '../../../shared/contract/exports.contract';
import { type ExportResult, type ExportScope } from '../../../shared/contract/exports.contract';
import type { ContactRecord } from '../../../shared/import-export/contact-record';
import { emptyRecord } from '../../../shared/import-export/contact-record';
import { exportText, type ExportRow } from '../../../shared/import-export/export-column';
import type { ServiceContext } from '../context';
import { loadFieldDefs } from '../custom-fields/custom-fields.service';
import { filesFor } from '../files/file-registry';
import { decimalComma, lostCharacters, writeCsv } from '../import-export/write-csv';
import { writeVcard } from '../import-export/write-vcard';
import { writeXlsx } from '../import-export/write-xlsx';
import { importsText } from '../imports/imports-text';
import type { FieldDef } from '../contacts/custom-values';
import { loadContacts, type ExportContact } from './contact-details';
import { contactColumns, type ChannelCounts } from './contact-columns';
import { MAX_NUMBERED } from './export-headers';
import { outlookColumns, outlookRow, type OutlookLanguage } from './outlook-row';
import { scopeIds } from './scope-ids';
import { vcardFields } from './vcard-fields';

type Input = z.output<typeof ContactExportInput>;

/** What the office keeps that Outlook has no column for: written into its notes. */
const OUTLOOK_NOTE_FIELDS = ['tier', 'lifecycle', 'source', 'owner', 'groups', 'contactPreferences'] as const;

/** The most phones, emails and addresses any contact in scope has (capped), for the numbered columns. */
async function channelCounts(ctx: ServiceContext, scope: ExportScope): Promise<ChannelCounts> {
  const counts: ChannelCounts = { phones: 0, emails: 0, addresses: 0 };
  const tables = { phones: 'contact_phones', emails: 'contact_emails', addresses: 'contact_addresses' } as const;
  for await (const ids of scopeIds(ctx, scope)) {
    const list = `(${ids.map(() => '?').join(',')})`;
    for (const [k, table] of Object.entries(tables) as [keyof ChannelCounts, string][]) {
      const n = ctx.sqlite.prepare(`select max(n) from (select count(*) n from ${table} where contact_id in ${list} group by contact_id)`).pluck().get(...ids) as number | null;
      counts[k] = Math.min(MAX_NUMBERED, Math.max(counts[k], n ?? 0));
    }
  }
  return { phones: Math.max(1, counts.phones), emails: Math.max(1, counts.emails), addresses: Math.max(1, counts.addresses) };
}

/** The contacts in scope, a chunk at a time. */
export async function* scopeContacts(ctx: ServiceContext, scope: ExportScope): AsyncGenerator<ExportContact> {
  for await (const ids of scopeIds(ctx, scope)) yield* loadContacts(ctx.sqlite, ids);
}

function toRecord(c: ExportContact, fields: ReadonlyMap<number, FieldDef>, yesNo: (yes: boolean) => string): ContactRecord {
  return {
    ...emptyRecord(),
    ...vcardFields(c.custom, fields, yesNo),
    kind: c.kind,
    fullName: c.displayName,
    givenName: c.givenName,
    middleName: c.middleName,
    familyName: c.familyName,
    prefix: c.prefix,
    suffix: c.suffix,
    phoneticName: c.phoneticName,
    company: c.company,
    birthday: c.birthday ?? '',
    anniversary: c.anniversary ?? '',
    notes: c.notes,
    tags: c.tags,
    phones: c.phones,
    emails: c.emails,
    addresses: c.addresses,
  };
}

/** Yes or no in words, as the contact page and the spreadsheet exports write them. */
const yesNoIn = (t: TFunction) => (yes: boolean) => t(yes ? 'contactPage.values.yes' : 'contactPage.values.no');

/**
 * The contacts in scope as rows of Outlook's CSV. The office's own fields Outlook has no place
 * for (tier, owner, groups, …) go into the notes, under the names the spreadsheet export gives them.
 */
async function* outlookRows(ctx: ServiceContext, scope: ExportScope, fields: ReadonlyMap<number, FieldDef>, t: TFunction, language: OutlookLanguage): AsyncGenerator<ExportRow> {
  const office = contactColumns(OUTLOOK_NOTE_FIELDS, 'contact', { phones: 0, emails: 0, addresses: 0 }, fields, t);
  const yesNo = yesNoIn(t);
  for await (const c of scopeContacts(ctx, scope)) {
    const values = office.rows(c)[0]!;
    const more = office.columns.map((col) => [col.header, exportText(values[col.key])] as const);
    yield outlookRow(toRecord(c, fields, yesNo), { t, locale: ctx.locale, language, more });
  }
}

const stamp = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

/**
 * Writes the chosen contacts to a new file in the registry, streamed: rows are read a chunk at
 * a time and handed to the writer, so memory stays flat. Cells a spreadsheet would run as
 * formulas are neutralised by the writers.
 */
export async function exportContacts(ctx: ServiceContext, input: Input): Promise<ExportResult> {
  const t = importsText(ctx.locale, ctx.formats);
  const ext = input.format === 'vcard' ? 'vcf' : input.format === 'outlook' ? 'csv' : input.format;
  const name = input.format === 'outlook' ? `${t('imports.kinds.contacts')}-Outlook-${stamp(ctx)}` : `${t('imports.kinds.contacts')}-${stamp(ctx)}`;
  const file = filesFor(ctx).create(`${name}.${ext}`);
  const unencodable = new Set<string>();
  let rows: number;
  try {
    if (input.format === 'vcard') {
      const fields = await loadFieldDefs(ctx);
      const yesNo = yesNoIn(t);
      rows = await writeVcard(file.path, (async function* () {
        for await (const c of scopeContacts(ctx, input.scope)) yield toRecord(c, fields, yesNo);
      })(), input.vcardVersion);
    } else if (input.format === 'outlook') {
      // Outlook reads commas, whatever the office's spreadsheets split on.
      const language = input.outlookLanguage ?? ctx.locale;
      const source = outlookRows(ctx, input.scope, await loadFieldDefs(ctx), t, language);
      rows = await writeCsv(file.path, outlookColumns(language), source, { encoding: input.csvEncoding, delimiter: ',', unencodable, addressBook: true });
    } else {
      const counts = await channelCounts(ctx, input.scope);
      const comma = input.format === 'csv' && decimalComma(ctx.formats, input.delimiter);
      const { columns, rows: build } = contactColumns(input.columns, input.layout, counts, await loadFieldDefs(ctx), t, comma);
      const source = (async function* (): AsyncGenerator<ExportRow> {
        for await (const c of scopeContacts(ctx, input.scope)) yield* build(c);
      })();
      rows =
        input.format === 'xlsx'
          ? await writeXlsx(file.path, columns, source, { sheetName: t('imports.kinds.contacts') })
          : await writeCsv(file.path, columns, source, { encoding: input.csvEncoding, delimiter: input.delimiter, unencodable });
    }
  } catch (err) {
    filesFor(ctx).remove(file.id);
    throw err;
  }
  return { fileId: file.id, fileName: file.name, rows, bytes: statSync(file.path).size, ...lostCharacters(unencodable) };
}

/** Forgets an export's file (after it was saved or downloaded). */
export function discardExport(ctx: ServiceContext, fileId: string): { discarded: boolean } {
  try {
    filesFor(ctx).get(fileId);
  } catch {
    return { discarded: false };
  }
  filesFor(ctx).remove(fileId);
  return { discarded: true };
}
