import { z } from 'zod';
import { method } from './define';
import { ContactListQuery } from '../contacts/contact.schema';
import { IsoDate } from '../contacts/iso-date';

/** Which contacts an export holds. */
export const ExportScope = z.discriminatedUnion('type', [
  z.object({ type: z.literal('all') }),
  /** The list as the person filtered it (offset and limit are ignored: every match is exported). */
  z.object({ type: z.literal('view'), query: ContactListQuery }),
  z.object({ type: z.literal('group'), groupId: z.number().int().positive() }),
  z.object({ type: z.literal('selection'), ids: z.array(z.number().int().positive()).min(1).max(1_000_000) }),
]);
export type ExportScope = z.infer<typeof ExportScope>;

/**
 * The columns a contact export can hold. phones, emails and addresses become numbered columns
 * (Phone 1, Phone 1 label, …) in the one-row-per-contact layout; `custom:<id>` is a custom field.
 */
export const EXPORT_FIELDS = [
  'name', 'kind', 'prefix', 'givenName', 'middleName', 'familyName', 'suffix', 'salutation', 'phoneticName', 'company',
  'phones', 'emails', 'addresses', 'birthday', 'anniversary', 'tier', 'lifecycle', 'source', 'owner', 'tags', 'groups',
  'contactPreferences', 'notes', 'createdAt', 'updatedAt',
] as const;
export type ExportField = (typeof EXPORT_FIELDS)[number];
export const ExportColumnKey = z.union([z.enum(EXPORT_FIELDS), z.string().regex(/^custom:\d+$/)]);

export const ContactExportInput = z.object({
  scope: ExportScope,
  /** outlook: a CSV in Outlook's own columns (the chosen columns and layout do not apply). */
  format: z.enum(['xlsx', 'csv', 'vcard', 'outlook']),
  columns: z.array(ExportColumnKey).min(1).max(200).default([...EXPORT_FIELDS]),
  /** contact: one row per contact with numbered channel columns; address: one row per address (mail merge). */
  layout: z.enum(['contact', 'address']).default('contact'),
  csvEncoding: z.enum(['utf-8-bom', 'utf-8', 'gbk']).default('utf-8-bom'),
  delimiter: z.enum([',', ';', '\t', '|']).default(','),
  vcardVersion: z.enum(['3.0', '4.0']).default('3.0'),
  /** outlook: the language of the Outlook the file is for, whose column names it uses; the screen's language when not given. */
  outlookLanguage: z.enum(['en', 'zh-CN']).optional(),
});
export type ContactExportInput = z.input<typeof ContactExportInput>;

/** The sales records for the accountant: every sale in a period, with its customer, as a spreadsheet. */
export const SalesExportInput = z.object({
  format: z.enum(['xlsx', 'csv']),
  /** The first and last day of the period, by sale date; either may be left open. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  csvEncoding: z.enum(['utf-8-bom', 'utf-8', 'gbk']).default('utf-8-bom'),
  delimiter: z.enum([',', ';', '\t', '|']).default(','),
});
export type SalesExportInput = z.input<typeof SalesExportInput>;

/** A finished export: saved (desktop) or downloaded (browser) by its file id. */
export const ExportResult = z.object({
  fileId: z.string(),
  fileName: z.string(),
  rows: z.number().int(),
  bytes: z.number().int(),
  /** A GBK file's characters GBK has no code for, written as "?" (a few, to name them). */
  unencodable: z.array(z.string()).optional(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const exportsContract = {
  /** Writes the chosen contacts to a new XLSX, CSV or vCard file, streamed. */
  'exports.contacts': method(ContactExportInput, ExportResult),
  /** Every sale of a period with its customer, amounts as numbers, to a new XLSX or CSV file, streamed. */
  'exports.sales': method(SalesExportInput, ExportResult),
  /** Every table as one workbook, one sheet each; its first sheet imports back as contacts. */
  'exports.everything': method(z.object({}), ExportResult.extend({ sheets: z.array(z.object({ name: z.string(), rows: z.number().int() })) })),
  /** Forgets a finished export's file once it was saved or downloaded. */
  'exports.discard': method(z.object({ fileId: z.string().min(1).max(64) }), z.object({ discarded: z.boolean() })),
};

/** IPC channels of the desktop's file dialogs (outside the contract: they open native windows). */
export const FILE_CHANNELS = { pick: 'crm:pick-file', save: 'crm:save-file' } as const;

/** A file the person picked, registered in main; only its id and name reach the page. */
export interface PickedFile {
  fileId: string;
  name: string;
  size: number;
}
