import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { writeXlsx } from '../../../src/main/core/import-export/write-xlsx';
import { importFile, registerText } from './support';

let b: TempBackend;
beforeAll(async () => (b = await tempBackend({ systemLocale: 'de-DE' })));
afterAll(async () => b.dispose());

// Enough rows for the bulk path of the writer (search index merged once, at the end).
const ROWS = 5200;
const csv = [
  'First Name,Last Name,Company,Mobile Phone,E-mail Address,Postal Code,Categories',
  ...Array.from({ length: ROWS }, (_, n) =>
    [n % 2 ? 'Anna' : '小明', `${n % 2 ? 'Weber' : '王'}${n}`, `Firma ${n % 50} GmbH`, `0151 ${10_000_000 + n}`, `person${n}@example.com`, String(n).padStart(5, '0'), 'Messe'].join(','),
  ),
].join('\n');

const found = async (search: string) => (await b.value('contacts.list', { search })).total;

describe('a large import', () => {
  it('is searchable by name, pinyin, phone, email and postcode at once, and undo removes every trace of it', async () => {
    const sqlite = b.connection.sqlite;
    const indexes = () => sqlite.prepare("select name, sql from sqlite_master where type = 'index' order by name").all();
    const before = indexes();
    const kept = await b.value('contacts.create', { kind: 'person', givenName: 'Klara', familyName: 'Vorher', phones: [], emails: [], tier: 'key' });
    const run = await importFile(b, registerText(b, 'people.csv', csv));
    expect(run.job.result).toMatchObject({ created: ROWS });
    expect(await found('Weber4321')).toBe(1);
    // New contacts are written fifty to a statement: each still gets its own phone, email and tags.
    for (const n of [0, 49, 50, 4321, ROWS - 1]) {
      const [row] = (await b.value('contacts.list', { search: `person${n}@example.com` })).rows;
      const c = await b.value('contacts.get', { id: row!.id });
      expect([c.familyName, c.phones.map((p) => p.value), c.emails.map((e) => e.value), c.addresses.map((a) => a.postcode)], String(n)).toEqual([
        `${n % 2 ? 'Weber' : '王'}${n}`,
        [`+49151${10_000_000 + n}`],
        [`person${n}@example.com`],
        [String(n).padStart(5, '0')],
      ]);
      expect(c.tags.map((t) => t.name).sort(), String(n)).toEqual(['Messe', 'Test import']);
    }
    expect(await found('王4320')).toBe(1);
    expect(await found('wangxiaoming')).toBe(ROWS / 2);
    expect(await found('0151 10004321')).toBe(1);
    expect(await found('+49 151 10004321')).toBe(1);
    expect(await found('person4321@example')).toBe(1);
    expect(await found('04321')).toBe(1);
    expect(await found('Firma')).toBe(ROWS);
    expect(await found('we')).toBe(ROWS / 2);

    await b.value('imports.undo', { importId: run.job.result!.id });
    // The contact from before stays, found through the indexes the undo rebuilt.
    expect((await b.value('contacts.list', {})).total).toBe(1);
    expect((await b.value('contacts.list', { filters: { tiers: ['key'] } })).rows.map((r) => r.id)).toEqual([kept.id]);
    expect(await found('Vorher')).toBe(1);
    expect(indexes()).toEqual(before);
    expect(await found('Weber4321')).toBe(0);
    expect(await found('we')).toBe(0);
    expect(await found('vo')).toBe(1);
    expect((await b.value('tags.list', {})).map((t) => t.name)).toEqual([]);
    for (const t of ['contact_phones', 'contact_emails', 'contact_addresses', 'contact_tags']) {
      expect(sqlite.prepare(`select count(*) from ${t} where contact_id <> ?`).pluck().get(kept.id), t).toBe(0);
    }
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('a large workbook', () => {
  it('plans its rows on the planning thread from the packed sheet: every row, its dates and numbers read, faults by row', async () => {
    const columns = ['Name', 'Mobile Phone', 'Birthday', 'City', 'Credit limit'].map((header, i) => ({ key: `c${i}`, header }));
    const rows = Array.from({ length: ROWS }, (_, n) => ({ c0: `Jonas Blatt${n}`, c1: `0151 ${20_000_000 + n}`, c2: n === 4000 ? '1980-02-30' : `19${50 + (n % 50)}-0${1 + (n % 9)}-1${n % 10}`, c3: n % 2 ? 'Köln' : '深圳市', c4: n + 0.5 }));
    const file = filesFor(b.base).create('blatt.xlsx');
    await writeXlsx(file.path, columns, rows);
    const run = await importFile(b, file.id);
    expect(run.session.format).toBe('xlsx');
    expect(run.preview.counts).toMatchObject({ total: ROWS, new: ROWS - 1, invalid: 1 });
    expect(run.preview.issues.map((i) => i.message)).toEqual(['Row 4002, Birthday: 1980-02-30 is not a date']);
    expect(run.job.result).toMatchObject({ created: ROWS - 1, invalid: 1 });
    const last = (await b.value('contacts.list', { search: `Blatt${ROWS - 1}` })).rows;
    expect(last).toHaveLength(1);
    const detail = await b.value('contacts.get', { id: last[0]!.id });
    expect(detail).toMatchObject({ birthday: '1999-07-19' });
    expect(detail.addresses[0]).toMatchObject({ city: 'Köln' });
    expect(await found('0151 20001234')).toBe(1);
    // A number field made by the writer, filled by the planning thread.
    const credit = (await b.value('customFields.list', {})).find((f) => f.label === 'Credit limit');
    expect(credit?.type).toBe('number');
    expect(detail.custom[String(credit!.id)]).toBe(ROWS - 1 + 0.5);
  });
});
