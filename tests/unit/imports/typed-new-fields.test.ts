import { afterEach, describe, expect, it } from 'vitest';
import { NEW_FIELD_TARGET, type MappingInput } from '../../../src/shared/contract/imports.contract';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { importFile, registerText, tableDump } from './support';
import { writeXlsx } from '../../../src/main/core/import-export/write-xlsx';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { waitForJob } from '../../../src/main/core/imports/import-jobs';

let b: TempBackend;
afterEach(async () => b?.dispose());

const sqlite = () => b.connection.sqlite;
/** The custom fields as label: type. */
const fieldTypes = () => sqlite().prepare("select label || ': ' || type from custom_fields order by position").pluck().all();
/** One contact's custom values by field label, as stored. */
const valuesOf = (name: string) =>
  Object.fromEntries(
    (
      sqlite()
        .prepare('select f.label, v.value_text, v.value_num from contact_custom_values v join custom_fields f on f.id = v.field_id join contacts c on c.id = v.contact_id where c.display_name = ?')
        .all(name) as { label: string; value_text: string | null; value_num: number | null }[]
    ).map((r) => [r.label, r.value_num ?? r.value_text]),
  );

/** A German office's customer list, as German Excel saves it: semicolons, decimal commas, day-first dates. */
const GERMAN = [
  'Name;Kundennummer;Kreditlimit;Vertragsbeginn;Newsletter;Rabatt',
  'Anna Weber;10001;1.250,00;15.03.2024;ja;-5',
  'Jonas Schmidt;10002;80,5;01.02.2023;nein;',
  'Blue Sky GmbH;10003;12.000;;ja;3',
].join('\r\n');

const withType = (header: string, fieldType: MappingInput['columns'][number]['fieldType']) => (m: MappingInput) => ({
  ...m,
  columns: m.columns.map((c) => (c.header === header ? { ...c, target: NEW_FIELD_TARGET, fieldType } : c)),
});

describe('columns kept in new custom fields', () => {
  it('become number, date and yes/no fields when their values are such, read as a German office writes them; customer numbers stay text', async () => {
    b = await tempBackend({ systemLocale: 'de-DE', formats: 'de-DE' });
    const run = await importFile(b, registerText(b, 'kunden.csv', GERMAN));
    expect(run.session.mapping.columns.map((c) => [c.header, c.target, c.fieldType ?? 'text'])).toEqual([
      ['Name', 'fullName', 'text'],
      ['Kundennummer', NEW_FIELD_TARGET, 'text'],
      ['Kreditlimit', NEW_FIELD_TARGET, 'number'],
      ['Vertragsbeginn', NEW_FIELD_TARGET, 'date'],
      ['Newsletter', NEW_FIELD_TARGET, 'yesno'],
      ['Rabatt', NEW_FIELD_TARGET, 'number'],
    ]);
    expect(run.preview.issues).toEqual([]);
    expect(run.job.result).toMatchObject({ created: 3, invalid: 0 });
    expect(fieldTypes()).toEqual(['Kundennummer: text', 'Kreditlimit: number', 'Vertragsbeginn: date', 'Newsletter: yesno', 'Rabatt: number']);
    expect(valuesOf('Anna Weber')).toEqual({ Kundennummer: '10001', Kreditlimit: 1250, Vertragsbeginn: '2024-03-15', Newsletter: 1, Rabatt: -5 });
    // "12.000" in a German file is twelve thousand; 80,5 is eighty and a half.
    expect(valuesOf('Blue Sky GmbH')).toMatchObject({ Kreditlimit: 12000, Newsletter: 1 });
    expect(valuesOf('Jonas Schmidt')).toMatchObject({ Kreditlimit: 80.5, Vertragsbeginn: '2023-02-01', Newsletter: 0 });
    // The contact list sorts and filters them as numbers and dates now.
    const credit = (await b.value('customFields.list', {})).find((f) => f.label === 'Kreditlimit')!;
    const sorted = await b.value('contacts.list', { sort: `custom:${credit.id}`, direction: 'desc' });
    expect(sorted.rows.map((r) => r.displayName)).toEqual(['Blue Sky GmbH', 'Anna Weber', 'Jonas Schmidt']);
  });

  it('reads a Chinese customer list’s amounts in yuan, visit dates and 是/否 as typed fields; points, being whole numbers, stay text until the person says Number', async () => {
    b = await tempBackend({ systemLocale: 'zh-CN', formats: 'zh-CN' });
    const list = ['姓名,手机,消费金额,最近到店,是否会员,积分', '王小明,13800138000,"¥1,200.00",2024/3/15,是,120', '李娜,13900139000,¥88,2024/11/2,否,15', '张伟,13700137000,0元,2023/12/30,是,0'].join('\r\n');
    const run = await importFile(b, registerText(b, '客户.csv', list), { edit: withType('积分', 'number') });
    expect(run.session.mapping.columns.slice(2).map((c) => c.fieldType ?? 'text')).toEqual(['number', 'date', 'yesno', 'text']);
    expect(run.job.result).toMatchObject({ created: 3, invalid: 0 });
    expect(fieldTypes()).toEqual(['消费金额: number', '最近到店: date', '是否会员: yesno', '积分: number']);
    expect(valuesOf('王小明')).toEqual({ 消费金额: 1200, 最近到店: '2024-03-15', 是否会员: 1, 积分: 120 });
    expect(valuesOf('张伟')).toMatchObject({ 消费金额: 0, 积分: 0 });
  });

  it('reads an English file’s “1,250” as a thousand two hundred and fifty, and a workbook’s number cells as numbers whatever the office', async () => {
    b = await tempBackend({ systemLocale: 'en-US' });
    await importFile(b, registerText(b, 'customers.csv', ['Name,Credit limit', 'Anna Weber,"1,250"', 'Jonas Schmidt,80.5'].join('\n')));
    expect(valuesOf('Anna Weber')).toEqual({ 'Credit limit': 1250 });
    await b.dispose();

    b = await tempBackend({ systemLocale: 'de-DE', formats: 'de-DE' });
    const file = filesFor(b.base).create('kunden.xlsx');
    await writeXlsx(file.path, [{ key: 'n', header: 'Name' }, { key: 'c', header: 'Kreditlimit' }], [{ n: 'Anna Weber', c: 1.25 }, { n: 'Jonas Schmidt', c: 1250.5 }]);
    const run = await importFile(b, file.id);
    expect(run.session.mapping.columns[1]).toMatchObject({ target: NEW_FIELD_TARGET, fieldType: 'number' });
    // 1.25 from a workbook is one and a quarter, not 125: its cells are numbers, not German text.
    expect([valuesOf('Anna Weber'), valuesOf('Jonas Schmidt')]).toEqual([{ Kreditlimit: 1.25 }, { Kreditlimit: 1250.5 }]);
  });

  it('lists by row and column the values that do not fit the type the person chose, and writes nothing while previewing', async () => {
    b = await tempBackend({ systemLocale: 'en-GB' });
    const file = ['Name,Budget,Visited,Brochure', 'Anna Weber,1200,25/03/2024,yes', 'Jonas Schmidt,about 500,soon,maybe', 'Li Na,300,01/02/2024,no'].join('\n');
    const session = await b.value('imports.open', { fileId: registerText(b, 'leads.csv', file) });
    const mapping = withType('Brochure', 'yesno')(withType('Visited', 'date')(withType('Budget', 'number')(session.mapping)));
    const before = tableDump(b);
    const preview = await b.value('imports.preview', { sessionId: session.sessionId, mapping, duplicateMode: 'skip' });
    expect(preview.issues.map((i) => i.message)).toEqual([
      'Row 3, Budget: about 500 is not a number',
      'Row 3, Visited: soon is not a date',
      'Row 3, Brochure: maybe is not yes or no',
    ]);
    expect(preview.counts).toMatchObject({ new: 2, invalid: 1 });
    expect(tableDump(b)).toEqual(before);
    // The person imports the valid values of every row: the bad ones are left out, the fields typed.
    const job = await b.value('imports.start', { sessionId: session.sessionId, mapping, duplicateMode: 'skip', invalidRows: 'importValid', name: 'Leads', tagWithName: false });
    expect((await waitForJob(b.base, job.jobId)).result).toMatchObject({ created: 3 });
    expect(fieldTypes()).toEqual(['Budget: number', 'Visited: date', 'Brochure: yesno']);
    expect(valuesOf('Jonas Schmidt')).toEqual({});
    // Day-first, as the row with the 25th says.
    expect(valuesOf('Li Na')).toEqual({ Budget: 300, Visited: '2024-02-01', Brochure: 0 });
  });

  it('asks whether a custom date column is day-first or month-first when its dates could be either, as for birthdays', async () => {
    b = await tempBackend({ systemLocale: 'en-US' });
    const field = await b.value('customFields.create', { label: 'Last visit', type: 'date', choices: [], appliesTo: 'all' });
    const file = ['Name,Last visit', 'Anna Weber,03/04/2024', 'Jonas Schmidt,05/06/2024'].join('\n');
    const session = await b.value('imports.open', { fileId: registerText(b, 'visits.csv', file) });
    expect(session.mapping.columns[1]!.target).toBe(`custom:${field.id}`);
    const asked = await b.value('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip' });
    expect(asked.ambiguousDates).toEqual([{ index: 1, header: 'Last visit', examples: ['03/04/2024', '05/06/2024'] }]);
    const mapping = { ...session.mapping, dateOrders: { '1': 'dmy' as const } };
    const answered = await b.value('imports.preview', { sessionId: session.sessionId, mapping, duplicateMode: 'skip' });
    expect([answered.ambiguousDates, answered.issues]).toEqual([[], []]);
    const job = await b.value('imports.start', { sessionId: session.sessionId, mapping, duplicateMode: 'skip', name: 'Visits', tagWithName: false });
    expect((await waitForJob(b.base, job.jobId)).result).toMatchObject({ created: 2 });
    expect(valuesOf('Anna Weber')).toEqual({ 'Last visit': '2024-04-03' });
  });

  it('names a yes/no or choice field’s misfit as such, not as “not a number”, and takes a choice in any case', async () => {
    b = await tempBackend({ systemLocale: 'en-US' });
    await b.value('customFields.create', { label: 'Favourite colour', type: 'choice', choices: ['Red', 'Blue'], appliesTo: 'all' });
    await b.value('customFields.create', { label: 'Member', type: 'yesno', choices: [], appliesTo: 'all' });
    const run = await importFile(b, registerText(b, 'levels.csv', ['Name,Favourite colour,Member', 'Anna Weber,Green,perhaps', 'Jonas Schmidt,blue,Yes'].join('\n')));
    expect(run.preview.issues.map((i) => i.message)).toEqual(['Row 2, Favourite colour: Green is not one of the field’s choices', 'Row 2, Member: perhaps is not yes or no']);
    expect(valuesOf('Jonas Schmidt')).toEqual({ 'Favourite colour': 'Blue', Member: 1 });
  });
});

describe('a column the person makes a choice field', () => {
  it('offers the column’s values as its options, one spelling each, and the list filters by them', async () => {
    b = await tempBackend({ systemLocale: 'de-DE', formats: 'de-DE' });
    const file = ['Name;Region', 'Anna Weber;Nord', 'Jonas Schmidt;Süd', 'Lena Vogt;nord', 'Blue Sky GmbH;West', 'Li Na;'].join('\r\n');
    const run = await importFile(b, registerText(b, 'kunden.csv', file), { edit: withType('Region', 'choice') });
    expect(run.preview.issues).toEqual([]);
    const region = (await b.value('customFields.list', {})).find((f) => f.label === 'Region')!;
    expect([region.type, region.choices]).toEqual(['choice', ['Nord', 'Süd', 'West']]);
    expect(valuesOf('Lena Vogt')).toEqual({ Region: 'Nord' });
    const north = await b.value('contacts.list', { filters: { custom: [{ fieldId: region.id, op: 'eq', value: 'Nord' }] } });
    expect(north.rows.map((r) => r.displayName).sort()).toEqual(['Anna Weber', 'Lena Vogt']);
  });

  it('is refused with the column’s name when it has more values than a choice field offers, and nothing is written', async () => {
    b = await tempBackend({ systemLocale: 'en-US' });
    const file = ['Name,Customer number', ...Array.from({ length: 201 }, (_, n) => `Person ${n},K-${n}`)].join('\n');
    const session = await b.value('imports.open', { fileId: registerText(b, 'numbers.csv', file) });
    const before = tableDump(b);
    const res = await b.call('imports.preview', { sessionId: session.sessionId, mapping: withType('Customer number', 'choice')(session.mapping), duplicateMode: 'skip' });
    expect(res.ok ? '' : res.error.message).toBe('“Customer number” has more than 200 different values, or one longer than 100 characters, which is more than a choice field offers. Import it as text.');
    expect(tableDump(b)).toEqual(before);
  });
});

describe('a saved mapping', () => {
  it('keeps the type the person chose for a new field, for the next file with the same headers', async () => {
    b = await tempBackend({ systemLocale: 'en-US' });
    const text = ['Name,Member number', 'Anna Weber,17', 'Jonas Schmidt,18'].join('\n');
    const session = await b.value('imports.open', { fileId: registerText(b, 'members.csv', text) });
    expect(session.mapping.columns[1]).toMatchObject({ target: NEW_FIELD_TARGET });
    expect(session.mapping.columns[1]!.fieldType).toBeUndefined();
    const saved = await b.value('imports.saveMapping', { sessionId: session.sessionId, name: 'Members', mapping: withType('Member number', 'number')(session.mapping) });
    const again = await b.value('imports.open', { fileId: registerText(b, 'members.csv', text), mappingId: saved.id });
    expect(again.mapping.columns[1]).toMatchObject({ target: NEW_FIELD_TARGET, fieldType: 'number' });
  });
});
