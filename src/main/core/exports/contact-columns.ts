import type { TFunction } from 'i18next';
import type { ExportField } from '../../../shared/contract/exports.contract';
import type { ExportColumn, ExportRow } from '../../../shared/import-export/export-column';
import type { FieldDef } from '../contacts/custom-values';
import type { ExportContact } from './contact-details';
import { numbered } from './export-headers';
import { commRestrictions } from '../imports/trait-words';

/** How many numbered columns of each channel the export needs. */
export interface ChannelCounts {
  phones: number;
  emails: number;
  addresses: number;
}

const TEXT: Partial<Record<ExportField, (c: ExportContact) => string>> = {
  name: (c) => c.displayName,
  prefix: (c) => c.prefix,
  givenName: (c) => c.givenName,
  middleName: (c) => c.middleName,
  familyName: (c) => c.familyName,
  suffix: (c) => c.suffix,
  salutation: (c) => c.salutation,
  phoneticName: (c) => c.phoneticName,
  company: (c) => c.company,
  source: (c) => c.source,
  owner: (c) => c.owner,
  notes: (c) => c.notes,
  createdAt: (c) => c.createdAt,
  updatedAt: (c) => c.updatedAt,
};

/** Columns and a row builder for the chosen fields and layout, headers in the person's language. */
export function contactColumns(
  keys: readonly string[],
  layout: 'contact' | 'address',
  counts: ChannelCounts,
  fields: ReadonlyMap<number, FieldDef>,
  t: TFunction,
  /** A CSV for spreadsheets that read "12,5" as a number (decimalComma): custom numbers written so. */
  commaDecimals = false,
): { columns: ExportColumn[]; rows: (c: ExportContact) => ExportRow[] } {
  const columns: ExportColumn[] = [];
  const fillers: ((c: ExportContact, row: ExportRow, address: number) => void)[] = [];
  const add = (header: string, fill: (c: ExportContact, address: number) => unknown, type?: ExportColumn['type']) => {
    const key = `c${columns.length}`;
    columns.push({ key, header, ...(type ? { type } : {}) });
    fillers.push((c, row, a) => (row[key] = fill(c, a)));
  };
  // The words a row is given (a label, a stage, yes or no) are a few, each looked up once: asked
  // of i18next per row they were a sixth of a large export's time.
  const words = new Map<string, string>();
  const word = (key: string): string => {
    let w = words.get(key);
    if (w === undefined) words.set(key, (w = t(key)));
    return w;
  };
  const label = (l: string) => word(`labels.${l}`);
  for (const k of keys) {
    const custom = /^custom:(\d+)$/.exec(k);
    if (custom) {
      const field = fields.get(Number(custom[1]));
      if (!field) continue;
      const value = (c: ExportContact) => c.custom.get(field.id) ?? '';
      if (field.type === 'number') {
        add(field.label, (c) => {
          const n = value(c);
          return commaDecimals && typeof n === 'number' ? String(n).replace('.', ',') : n;
        }, 'number');
      } else if (field.type === 'yesno') {
        // In words, as the contact page shows it: "1" would mean nothing to the accountant.
        add(field.label, (c) => (value(c) === '' ? '' : word(value(c) === 1 ? 'contactPage.values.yes' : 'contactPage.values.no')));
      } else add(field.label, value, field.type === 'date' ? 'date' : undefined);
      continue;
    }
    const field = k as ExportField;
    const text = TEXT[field];
    if (text) add(t(`imports.exportColumns.${field}`), text);
    else if (field === 'kind') add(t('imports.exportColumns.kind'), (c) => word(`imports.kindsOfContact.${c.kind}`));
    else if (field === 'birthday' || field === 'anniversary') add(t(`imports.exportColumns.${field}`), (c) => c[field] ?? '', 'date');
    else if (field === 'tier') add(t('imports.exportColumns.tier'), (c) => (c.tier ? word(`contacts.tiers.${c.tier}`) : ''));
    else if (field === 'lifecycle') add(t('imports.exportColumns.lifecycle'), (c) => (c.lifecycle ? word(`contacts.lifecycles.${c.lifecycle}`) : ''));
    else if (field === 'tags' || field === 'groups') add(t(`imports.exportColumns.${field}`), (c) => c[field]);
    // What the contact asked for, in words ("Do not contact", "No marketing, No calls"); empty when nothing.
    else if (field === 'contactPreferences') {
      add(t('imports.exportColumns.contactPreferences'), (c) => {
        const asked = commRestrictions(c.comm);
        return asked.length ? asked.map((r) => word(`imports.preferenceWords.${r}`)) : '';
      });
    }
    else if (field === 'phones' || field === 'emails') {
      const kind = field === 'phones' ? 'phone' : 'email';
      for (let n = 1; n <= counts[field]; n++) {
        add(numbered(t, `${kind}N`, n), (c) => c[field][n - 1]?.value ?? '');
        add(numbered(t, `${kind}LabelN`, n), (c) => {
          const l = c[field][n - 1]?.label;
          return l ? label(l) : '';
        });
      }
    } else if (field === 'addresses') {
      const parts = ['street', 'city', 'region', 'postcode', 'country'] as const;
      if (layout === 'address') {
        add(t('imports.exportColumns.addressLabel'), (c, a) => (c.addresses[a] ? label(c.addresses[a].label) : ''));
        for (const p of parts) add(t(`imports.exportColumns.${p}`), (c, a) => c.addresses[a]?.[p] ?? '');
      } else {
        for (let n = 1; n <= counts.addresses; n++) {
          add(numbered(t, 'addressLabelN', n), (c) => (c.addresses[n - 1] ? label(c.addresses[n - 1]!.label) : ''));
          for (const p of parts) add(numbered(t, `address${p[0]!.toUpperCase()}${p.slice(1)}N`, n), (c) => c.addresses[n - 1]?.[p] ?? '');
        }
      }
    }
  }
  const build = (c: ExportContact, address: number) => {
    const row: ExportRow = {};
    for (const f of fillers) f(c, row, address);
    return row;
  };
  return {
    columns,
    rows: (c) => (layout === 'address' ? c.addresses.map((_, i) => build(c, i)) : [build(c, 0)]),
  };
}
