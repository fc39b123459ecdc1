import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactDetail, ContactDraftInput } from '../../../src/shared/contacts/contact.schema';
import { EXPORT_FIELDS, type ExportResult } from '../../../src/shared/contract/exports.contract';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { readImportFile } from '../../../src/main/core/import-export/read-import-file';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { fixture, importFile, register, registerText } from '../imports/support';
import { withSnapshot } from '../../../src/main/core/db/snapshot';
import { dispatch } from '../../../src/main/core/rpc/dispatch';

let a: TempBackend;
let b: TempBackend;
beforeEach(async () => {
  a = await tempBackend({ systemLocale: 'de-DE' });
  b = await tempBackend({ systemLocale: 'de-DE' });
});
afterEach(async () => {
  await a.dispose();
  await b.dispose();
});

const PEOPLE: ContactDraftInput[] = [
  {
    givenName: '娜娜',
    familyName: '欧阳',
    companyName: '深圳市腾达贸易有限公司',
    phones: [{ value: '138 0013 8000', label: 'mobile' }, { value: '0755 8888 0001', label: 'work' }],
    emails: [{ value: 'nana@tengda.cn' }],
    addresses: [{ label: 'work', street: '科技园路1号', city: '深圳市', region: '广东省', postcode: '518057', country: 'CN' }],
    birthday: '1988-07-15',
    tier: 'key',
    notes: '老客户，需月结',
  },
  {
    givenName: 'Jürgen',
    middleName: 'K.',
    familyName: 'Müller',
    namePrefix: 'Dr.',
    salutation: 'Lieber Jürgen',
    phoneticName: 'Jür-gen Mül-ler',
    comm: { phone: false, email: true, letter: true, marketing: false, doNotContact: false },
    phones: [{ value: '030 1234567', label: 'work' }, { value: '0151 2345678', label: 'mobile' }, { value: '040 999888', label: 'home' }],
    emails: [{ value: 'j.mueller@example.de', label: 'work' }, { value: 'jm@home.example', label: 'home' }],
    addresses: [
      { label: 'work', street: 'Hauptstraße 5\nHinterhaus', city: 'Dresden', postcode: '01067', country: 'DE' },
      { label: 'home', street: 'Elbweg 2', city: 'Meißen', postcode: '01662', country: 'DE' },
    ],
    lifecycle: 'customer',
    source: 'Messe',
    notes: '=HYPERLINK("http://evil.example","click")',
  },
  { kind: 'company', companyName: 'Café Größe GmbH', phones: [{ value: '+49 89 123456' }], emails: [{ value: 'info@cafe.example' }] },
  // A company whose name does not read as a firm's: its "Type" column says what it is.
  { kind: 'company', companyName: 'Blue Sky', emails: [{ value: 'hello@bluesky.example' }], comm: { phone: true, email: true, letter: true, marketing: true, doNotContact: true } },
];

/** The contacts of PEOPLE with a tag, an owner, a group and a custom text value; with `typed`, number, date and yes/no values too. */
async function seed(t: TempBackend, typed = false) {
  const tag = await t.value('tags.create', { name: 'Stammkunde' });
  const owner = await t.value('staff.create', { name: '李娜' });
  const group = await t.value('groups.create', { name: 'Weihnachtskarten' });
  const field = await t.value('customFields.create', { label: 'Kundennummer', type: 'text' });
  const typedValues: Record<string, number | string | boolean> = {};
  if (typed) {
    typedValues[(await t.value('customFields.create', { label: 'Umsatz', type: 'number' })).id] = 1234.5;
    typedValues[(await t.value('customFields.create', { label: 'Vertragsende', type: 'date' })).id] = '2027-03-31';
    typedValues[(await t.value('customFields.create', { label: 'Newsletter', type: 'yesno' })).id] = false;
  }
  const ids: number[] = [];
  for (const [i, p] of PEOPLE.entries()) {
    const extra = i === 0 ? { ownerId: owner.id, groupIds: [group.id], custom: { [field.id]: 'K-0042', ...typedValues } } : { custom: typedValues };
    ids.push((await t.value('contacts.create', { ...p, tagIds: [tag.id], ...extra })).id);
  }
  return ids;
}

/** A contact as a person compares two address books: no ids, dates of writing or derived fields. */
function comparable(d: ContactDetail, fieldLabels: ReadonlyMap<number, string>) {
  return {
    kind: d.kind,
    names: [d.namePrefix, d.givenName, d.middleName, d.familyName, d.nameSuffix, d.companyName, d.salutation, d.phoneticName],
    phones: d.phones.map((p) => [p.label, p.value, p.primary]),
    emails: d.emails.map((e) => [e.label, e.value, e.primary]),
    addresses: d.addresses.map((x) => [x.label, x.street, x.city, x.region, x.postcode, x.country]),
    rest: [d.birthday, d.anniversary, d.tier, d.lifecycle, d.source, d.notes],
    owner: d.owner?.name ?? null,
    tags: d.tags.map((t) => t.name).sort(),
    groups: d.groups.map((g) => g.name).sort(),
    comm: d.comm,
    custom: Object.fromEntries(Object.entries(d.custom).map(([id, value]) => [fieldLabels.get(Number(id)), value])),
  };
}

async function all(t: TempBackend) {
  const rows = (await t.value('contacts.list', { limit: 1000, sort: 'created' })).rows;
  const details = await Promise.all(rows.map((r) => t.value('contacts.get', { id: r.id })));
  const labels = new Map((await t.value('customFields.list', {})).map((f) => [f.id, f.label]));
  return details.map((d) => comparable(d, labels)).sort((x, y) => JSON.stringify(x.names).localeCompare(JSON.stringify(y.names)));
}

/** Every column the export screen ticks at first: the contact's fields and the office's custom fields. */
async function everyColumn(t: TempBackend): Promise<string[]> {
  return [...EXPORT_FIELDS, ...(await t.value('customFields.list', {})).map((f) => `custom:${f.id}`)];
}

/** Hands a file `a` exported to `b`, the way a person carries it across. */
function carry(fileId: string, name: string): string {
  const from = filesFor(a.base).get(fileId);
  const to = filesFor(b.base).create(name);
  execFileSync('cp', [from.path, to.path]);
  return to.id;
}

describe('exporting contacts', () => {
  it.each(['xlsx', 'csv'] as const)('export to %s and import into a new data file gives the same contacts: leading zeros, Chinese, salutations, groups, custom fields, preferences, companies by their type', async (format) => {
    await seed(a);
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format, columns: await everyColumn(a) });
    expect(out.rows).toBe(4);
    const run = await importFile(b, carry(out.fileId, out.fileName), { tag: false });
    expect(run.session.mapping.preset).toBe('deskcrm');
    expect(run.preview.counts).toMatchObject({ new: 4, invalid: 0 });
    expect(await all(b)).toEqual(await all(a));
    // Our record stamps (Created, Updated) are not kept as custom fields of the office.
    expect((await b.value('customFields.list', {})).map((f) => f.label)).toEqual(['Kundennummer']);
  });

  it.each(['xlsx', 'csv'] as const)('export to %s and import into a new data file keeps number, date and yes/no custom fields typed', async (format) => {
    await seed(a, true);
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format, columns: await everyColumn(a) });
    const run = await importFile(b, carry(out.fileId, out.fileName), { tag: false });
    expect(run.preview.issues).toEqual([]);
    const types = async (t: TempBackend) => (await t.value('customFields.list', {})).map((f) => `${f.label}: ${f.type}`);
    expect(await types(b)).toEqual(await types(a));
    expect(await all(b)).toEqual(await all(a));
  });

  it('reads its own export back in Chinese too, into the data file of an office in Germany, each phone read in the country of its contact’s address', async () => {
    const zh = await tempBackend({ systemLocale: 'zh-CN' });
    const en = b;
    try {
      await seed(zh);
      const res = await zh.call('exports.contacts', { scope: { type: 'all' }, format: 'csv', columns: await everyColumn(zh) }, 'zh-CN');
      if (!res.ok) throw new Error(res.error.message);
      const from = filesFor(zh.base).get(res.value.fileId);
      const run = await importFile(en, register(en, from.path), { tag: false });
      expect(run.session.mapping.columns.filter((c) => ['类型', '称呼', '拼音', '分组', '创建时间'].includes(c.header)).map((c) => c.target)).toEqual(['kind', 'salutation', 'phoneticName', 'groups', null]);
      expect(await all(en)).toEqual(await all(zh));
    } finally {
      await zh.dispose();
    }
  });

  it('takes back its own export edited in a spreadsheet: with "overwrite", the changed cells change the stored contacts and nothing else does', async () => {
    // Typed custom fields too: a number, a date and a yes/no (written "Yes"/"No", read back as such).
    await seed(a, true);
    const before = await all(a);
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'csv', columns: await everyColumn(a) });
    const path = filesFor(a.base).get(out.fileId).path;
    expect(readFileSync(path, 'utf8')).toContain(',K-0042,1234.5,2027-03-31,No\r\n');
    const edited = readFileSync(path, 'utf8').replace('Lieber Jürgen', 'Sehr geehrter Herr Dr. Müller').replace('No calls, No marketing', 'Do not contact');
    const run = await importFile(a, registerText(a, 'edited.csv', edited), { mode: 'overwrite', tag: false });
    expect(run.job.result).toMatchObject({ created: 0, updated: 4 });
    const after = await all(a);
    const jurgen = (list: typeof after) => list.find((c) => c.names.includes('Müller'))!;
    expect(jurgen(after).names).toContain('Sehr geehrter Herr Dr. Müller');
    expect(jurgen(after).comm).toEqual({ phone: true, email: true, letter: true, marketing: true, doNotContact: true });
    expect(after.filter((c) => c !== jurgen(after))).toEqual(before.filter((c) => c !== jurgen(before)));
  });

  it('writes a custom number field with a decimal comma in a German office’s semicolon CSV, which reads back as the number', async () => {
    const field = await a.value('customFields.create', { label: 'Umsatz', type: 'number' });
    await a.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', emails: [{ value: 'anna@weber.test' }], custom: { [field.id]: 1234.5 } });
    // As the German office's screen asks for it: numbers written the German way.
    const csv = async (delimiter: ';' | ',') => {
      const res = await dispatch(a.base, { method: 'exports.contacts', input: { scope: { type: 'all' }, format: 'csv', delimiter, columns: ['name', 'emails', `custom:${field.id}`] }, locale: 'en', formats: 'de-DE' });
      if (!res.ok) throw new Error(res.error.message);
      return filesFor(a.base).get((res.value as ExportResult).fileId).path;
    };
    const path = await csv(';');
    expect(readFileSync(path, 'utf8').split('\r\n')[1]).toBe('Anna Weber;anna@weber.test;Work;1234,5');
    // Split on commas, the same office's file keeps the point: a comma would split the number.
    expect(readFileSync(await csv(','), 'utf8')).toContain(',1234.5');
    await b.value('customFields.create', { label: 'Umsatz', type: 'number' });
    await importFile(b, register(b, path), { tag: false });
    const anna = (await b.value('contacts.list', {})).rows[0]!;
    expect(Object.values((await b.value('contacts.get', { id: anna.id })).custom)).toEqual([1234.5]);
  });

  it('writes a CSV for Outlook in Outlook’s own columns, which reads back as Outlook’s export: each phone, email and address in its column, what Outlook has no column for in the notes', async () => {
    await seed(a);
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'outlook' });
    expect(out.fileName).toMatch(/^Contacts-Outlook-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(filesFor(a.base).get(out.fileId).path, 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\ufeffTitle,First Name,Middle Name,Last Name,Suffix,Nickname,Company,Department,Job Title,' +
        'Business Street,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,Home Country/Region,' +
        'Other Street,Other City,Other State,Other Postal Code,Other Country/Region,Business Phone,Business Phone 2,Home Phone,Home Phone 2,Mobile Phone,Other Phone,Business Fax,Home Fax,' +
        'E-mail Address,E-mail 2 Address,E-mail 3 Address,Web Page,Birthday,Anniversary,Categories,Notes',
    );
    // Outlook keeps an apostrophe as part of the number: an international number is written as it is, a formula still is not.
    expect(text).toContain(',+49 89 123456,');
    expect(text).toContain('"\'=HYPERLINK(');
    // Countries by their names, as Outlook shows them.
    expect(text).toContain(',518057,China,');
    const run = await importFile(b, carry(out.fileId, out.fileName), { tag: false });
    expect(run.session.mapping.preset).toBe('outlook');
    expect(run.preview.counts).toMatchObject({ new: 4, invalid: 0 });
    // Outlook’s columns have no order among a contact’s numbers, and its e-mail addresses no labels.
    const kept = (list: Awaited<ReturnType<typeof all>>) =>
      list.map((c) => ({ kind: c.kind, names: c.names.slice(0, 6), phones: c.phones.map(([label, value]) => `${label} ${value}`).sort(), emails: c.emails.map(([, value]) => value), addresses: c.addresses, birthday: c.rest[0], tags: c.tags }));
    const before = await all(a);
    const after = await all(b);
    // The café's Munich landline, saved with no label (so as a mobile), reads back as the work number it is.
    const landline = (c: ReturnType<typeof kept>[number]) => ({ ...c, phones: c.phones.map((p) => (p === 'mobile +4989123456' ? 'work +4989123456' : p)) });
    expect(kept(after)).toEqual(kept(before).map(landline));
    const notes = after.map((c) => c.rest[5]);
    // The custom field, the tier, the owner and the group of 欧阳娜娜, and what Jürgen Müller asked for, are in their notes.
    expect(notes).toContain('老客户，需月结\n\nKundennummer: K-0042\nCustomer tier: Key\nOwner: 李娜\nGroups: Weihnachtskarten');
    expect(notes).toContain('=HYPERLINK("http://evil.example","click")\n\nLifecycle stage: Customer\nSource: Messe\nContact preferences: No calls, No marketing');
  });

  it('writes the CSV for a Chinese Outlook under its Chinese column names, in GBK if asked, which reads back as Chinese Outlook’s own export', async () => {
    await seed(a);
    await a.value('contacts.create', { givenName: '美丽', familyName: '张', namePrefix: '女士' });
    const res = await a.call('exports.contacts', { scope: { type: 'all' }, format: 'outlook', csvEncoding: 'gbk' }, 'zh-CN');
    if (!res.ok) throw new Error(res.error.message);
    const path = filesFor(a.base).get(res.value.fileId).path;
    const text = iconv.decode(readFileSync(path), 'gbk');
    expect(text.split('\r\n')[0]).toMatch(/^英文称谓,名,中间名,姓,中文称谓,单位,部门,职务,商务地址 街道,/);
    expect(text).toContain(',518057,中国,');
    const run = await importFile(b, carry(res.value.fileId, res.value.fileName), { tag: false });
    expect(run.session.mapping.preset).toBe('outlook');
    expect(run.preview.counts).toMatchObject({ new: 5, invalid: 0 });
    const nana = (await all(b)).find((c) => c.names.includes('娜娜'))!;
    // 张美丽's 女士 went to Chinese Outlook's 中文称谓 and came back as her form of address.
    expect((await all(b)).find((c) => c.names.includes('美丽'))!.names.slice(0, 5)).toEqual(['女士', '美丽', '', '张', '']);
    expect(nana.addresses).toEqual([['work', '科技园路1号', '深圳市', '广东省', '518057', 'CN']]);
    expect(nana.rest[5]).toBe('老客户，需月结\n\nKundennummer：K-0042\n客户等级：主客户\n负责人：李娜\n分组：Weihnachtskarten');
  });

  it('writes CSV as UTF-8 with a BOM by default, or GBK, with the delimiter chosen, and neutralises formulas', async () => {
    await seed(a);
    const bom = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'csv', columns: ['name', 'company', 'notes'] });
    const bytes = readFileSync(filesFor(a.base).get(bom.fileId).path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(text.split('\r\n')[0]).toBe('\ufeffName,Company,Notes');
    const gbk = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'csv', csvEncoding: 'gbk', delimiter: ';', columns: ['name', 'company'] });
    const decoded = iconv.decode(readFileSync(filesFor(a.base).get(gbk.fileId).path), 'gbk');
    expect(decoded).toContain('欧阳娜娜;深圳市腾达贸易有限公司');
  });

  it('writes a workbook set up as a list: the header row bold, kept in view while scrolling, with filter buttons, columns as wide as their values', async () => {
    await seed(a);
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'xlsx', columns: ['name', 'company', 'birthday'] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(filesFor(a.base).get(out.fileId).path);
    const sheet = book.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:C1');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    // Columns are as wide as their values: a Chinese firm's name, two places a character; a date.
    expect([sheet.getColumn(2).width, sheet.getColumn(3).width]).toEqual([23, 11]);
  });

  it('names the characters a GBK file cannot hold, which it writes as "?"; UTF-8 keeps them', async () => {
    await a.value('contacts.create', { givenName: '家', familyName: '𠮷野', phones: [{ value: '13800138000' }] });
    await a.value('contacts.create', { givenName: '小明', familyName: '王', phones: [{ value: '13900139000' }] });
    const gbk = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'csv', csvEncoding: 'gbk', columns: ['name'] });
    expect(gbk.unencodable).toEqual(['𠮷']);
    expect(iconv.decode(readFileSync(filesFor(a.base).get(gbk.fileId).path), 'gbk')).toContain('?野家');
    const utf8 = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'csv', columns: ['name'] });
    expect(utf8.unencodable).toBeUndefined();
    expect(readFileSync(filesFor(a.base).get(utf8.fileId).path, 'utf8')).toContain('𠮷野家');
  });

  it('writes one row per address for a mail merge', async () => {
    await seed(a);
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'xlsx', layout: 'address', columns: ['name', 'addresses'] });
    expect(out.rows).toBe(3);
    const table = await readImportFile(filesFor(a.base).get(out.fileId).path);
    expect(table.headers).toEqual(['Name', 'Address label', 'Street', 'City', 'Region', 'Postcode', 'Country']);
    expect(table.rows.map((r) => [r.cells[0], r.cells[3], r.cells[5]])).toEqual([
      ['欧阳娜娜', '深圳市', '518057'],
      ['Jürgen K. Müller', 'Dresden', '01067'],
      ['Jürgen K. Müller', 'Meißen', '01662'],
    ]);
  });

  it('exports the list as filtered, a group, or a selection', async () => {
    const ids = await seed(a);
    const view = await a.value('exports.contacts', { scope: { type: 'view', query: { search: 'Müller' } }, format: 'csv', columns: ['name'] });
    expect(view.rows).toBe(1);
    const group = await a.value('groups.create', { name: 'Newsletter' });
    await a.value('contacts.bulk', { ids: [ids[0]!, ids[2]!], action: { type: 'addToGroup', groupId: group.id } });
    expect((await a.value('exports.contacts', { scope: { type: 'group', groupId: group.id }, format: 'csv', columns: ['name'] })).rows).toBe(2);
    expect((await a.value('exports.contacts', { scope: { type: 'selection', ids: [ids[1]!] }, format: 'csv', columns: ['name'] })).rows).toBe(1);
  });

  it.each(['3.0', '4.0'] as const)('marks a company’s vCard %s as a company, as Apple’s Contacts and vCard 4.0 read it, and reads it back so', async (version) => {
    await seed(a);
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'vcard', vcardVersion: version });
    const text = readFileSync(filesFor(a.base).get(out.fileId).path, 'utf8');
    const card = text.split('END:VCARD').find((c) => c.includes('FN:Blue Sky'))!;
    expect(card).toContain('X-ABSHOWAS:COMPANY');
    expect(card.includes('KIND:org')).toBe(version === '4.0');
    expect(text.match(/X-ABSHOWAS/g)).toHaveLength(2);
    await importFile(b, carry(out.fileId, out.fileName), { tag: false });
    const kinds = b.connection.sqlite.prepare('select display_name, kind from contacts order by display_name').all();
    expect(kinds).toEqual([
      { display_name: 'Blue Sky', kind: 'company' },
      { display_name: 'Café Größe GmbH', kind: 'company' },
      { display_name: 'Jürgen K. Müller', kind: 'person' },
      { display_name: '欧阳娜娜', kind: 'person' },
    ]);
  });

  it.each(['3.0', '4.0'] as const)('writes vCard %s that python-vobject reads, every card named', async (version) => {
    await seed(a);
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'vcard', vcardVersion: version });
    const path = filesFor(a.base).get(out.fileId).path;
    const script = 'import sys,vobject\nfor c in vobject.readComponents(open(sys.argv[1],encoding="utf-8").read()): print(c.fn.value)';
    const names = execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(names).toEqual(['Blue Sky', 'Café Größe GmbH', 'Jürgen K. Müller', '欧阳娜娜'].sort());
  });

  it.each(['3.0', '4.0'] as const)('gives an iPhone\'s cards back in vCard %s as they came in: job title, department, messengers, related people, a birthday without its year, the profession, a second website and a date of its own', async (version) => {
    const inFile = await importFile(a, register(a, fixture('icloud-3.0.vcf')), { tag: false });
    expect(inFile.job.state).toBe('done');
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'vcard', vcardVersion: version });
    const path = filesFor(a.base).get(out.fileId).path;
    const script = [
      'import sys,vobject',
      'for c in vobject.readComponents(open(sys.argv[1],encoding="utf-8").read()):',
      '  print(c.fn.value, sorted(f"{p.name}={p.value}" for p in c.getChildren() if p.name in ("TITLE","IMPP","X-ABRELATEDNAMES","RELATED","ORG")))',
    ].join('\n');
    const cards = execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
    expect(cards).toMatch(/Greta Lange \[.*'IMPP=skype:greta\.lange'.*'IMPP=x-apple:10001'/);
    expect(cards).toMatch(version === '4.0' ? /'RELATED=Peter Lange'/ : /'X-ABRELATEDNAMES=Peter Lange'/);
    expect(cards).toMatch(/Anna Maria Weber .*'TITLE=Director'/);
    // Read back by the import, the same fields hold the same values.
    await importFile(b, carry(out.fileId, out.fileName), { tag: false });
    const custom = async (t: TempBackend, email: string) => {
      const fields = await t.value('customFields.list', {});
      const c = await t.value('contacts.get', { id: (await t.value('contacts.list', { search: email })).rows[0]!.id });
      return Object.fromEntries(fields.filter((f) => c.custom[String(f.id)]).map((f) => [f.label, c.custom[String(f.id)]]));
    };
    expect(await custom(b, 'anna@weber.example')).toEqual(await custom(a, 'anna@weber.example'));
    const greta = await custom(a, 'greta@privat.example');
    expect(await custom(b, 'greta@privat.example')).toEqual(greta);
    expect(greta).toEqual({
      // A relation she named herself: a custom field like any other, which goes out as one.
      Hausarzt: 'Dr. Roth',
      QQ: '10001',
      Skype: 'greta.lange',
      Spouse: 'Peter Lange',
      'Birthday (no year)': 'April 1',
      Profession: 'Ärztin',
      Website: 'https://lange.example',
      'Website (Blog)': 'https://blog.lange.example',
      Kennengelernt: '2019-09-01',
    });
  });

  it.each(['3.0', '4.0'] as const)('keeps the office’s own fields in vCard %s (a customer number, a number, a choice, a yes or no, a note of two lines) as an Android phone keeps a Google contact’s, which read back into the same fields', async (version) => {
    const field = async (label: string, type: 'text' | 'number' | 'yesno' | 'choice', choices: string[] = []) => String((await a.value('customFields.create', { label, type, choices })).id);
    const custom = {
      [await field('客户编号', 'text')]: 'K-1,001; Filiale 2',
      [await field('Umsatz', 'number')]: 1234.5,
      [await field('Branche', 'choice', ['Handel', 'Handwerk'])]: 'Handwerk',
      [await field('Newsletter', 'yesno')]: true,
      [await field('Anfahrt', 'text')]: 'Hinterhof\nzweite Tür links',
    };
    await a.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', emails: [{ value: 'anna@weber.example' }], custom });
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'vcard', vcardVersion: version });
    const script = [
      'import sys,vobject',
      'for c in vobject.readComponents(open(sys.argv[1],encoding="utf-8").read()):',
      '  for p in c.contents.get("x-android-custom", []): print(p.value.split(";")[1])',
    ].join('\n');
    const names = execFileSync('/usr/bin/python3', ['-c', script, filesFor(a.base).get(out.fileId).path], { encoding: 'utf8' }).trim().split('\n');
    expect(names.sort()).toEqual(['Anfahrt', 'Branche', 'Newsletter', 'Umsatz', '客户编号']);
    await importFile(b, carry(out.fileId, out.fileName), { tag: false });
    const values = async (t: TempBackend) => {
      const labels = new Map((await t.value('customFields.list', {})).map((f) => [String(f.id), f.label]));
      const c = await t.value('contacts.get', { id: (await t.value('contacts.list', { search: 'anna@weber' })).rows[0]!.id });
      return Object.fromEntries(Object.entries(c.custom).map(([id, v]) => [labels.get(id), v]));
    };
    expect(await values(b)).toEqual(await values(a));
  });

  it('writes a Chinese list’s 微信号 and QQ号 columns as the phone’s WeChat and QQ messengers, which python-vobject reads', async () => {
    const field = async (label: string) => String((await a.value('customFields.create', { label, type: 'text' })).id);
    await a.value('contacts.create', { givenName: '小明', familyName: '王', custom: { [await field('微信号')]: 'wang_xm', [await field('QQ号')]: '10001' } });
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'vcard', vcardVersion: '3.0' });
    const script = [
      'import sys,vobject',
      'for c in vobject.readComponents(open(sys.argv[1],encoding="utf-8").read()):',
      '  for p in c.contents.get("impp", []): print(p.params["X-SERVICE-TYPE"][0], p.value)',
    ].join('\n');
    const messengers = execFileSync('/usr/bin/python3', ['-c', script, filesFor(a.base).get(out.fileId).path], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(messengers).toEqual(['QQ x-apple:10001', 'WeChat x-apple:wang_xm']);
  });

  it.each(['3.0', '4.0'] as const)('keeps how a name is said in vCard %s: as a phone’s phonetic family and given names (a company’s whole), which read back into the same spelling', async (version) => {
    await a.value('contacts.create', { givenName: '娜娜', familyName: '欧阳', phoneticName: 'Ouyang Nana' });
    await a.value('contacts.create', { givenName: 'Jürgen', middleName: 'K.', familyName: 'Müller', phoneticName: 'Jür-gen Mül-ler' });
    await a.value('contacts.create', { kind: 'company', companyName: 'Sony', phoneticName: 'ソニー' });
    await a.value('contacts.create', { givenName: 'Bo', familyName: 'Chen' });
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'vcard', vcardVersion: version });
    const script = [
      'import sys,vobject',
      'for c in vobject.readComponents(open(sys.argv[1],encoding="utf-8").read()):',
      '  said = lambda n: c.contents[n][0].value if n in c.contents else "-"',
      '  print(c.fn.value, said("x-phonetic-last-name"), said("x-phonetic-first-name"), said("x-phonetic-org"), sep="|")',
    ].join('\n');
    const cards = execFileSync('/usr/bin/python3', ['-c', script, filesFor(a.base).get(out.fileId).path], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(cards).toEqual(['Bo Chen|-|-|-', 'Jürgen K. Müller|Mül-ler|Jür-gen|-', 'Sony|-|-|ソニー', '欧阳娜娜|Ouyang|Nana|-']);
    await importFile(b, carry(out.fileId, out.fileName), { tag: false });
    const said = async (t: TempBackend) => (await all(t)).map((c) => [c.names[5] || c.names[3], c.names[7]]);
    expect(await said(b)).toEqual(await said(a));
    expect(await said(b)).toContainEqual(['欧阳', 'Ouyang Nana']);
  });

  it('exports everything as one workbook, a sheet per table, whose first sheet imports back the contacts', async () => {
    await seed(a);
    const out = await a.value('exports.everything', {});
    const sheets = Object.fromEntries(out.sheets.map((s) => [s.name, s.rows]));
    expect(sheets).toMatchObject({ 'All contacts': 4, contacts: 4, contact_phones: 6, contact_emails: 5, tags: 1, contact_tags: 4 });
    // A table's number columns are number cells, its text columns text (digits and leading zeros kept).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(filesFor(a.base).get(out.fileId).path);
    const phones = workbook.getWorksheet('contact_phones')!;
    const cell = (name: string) => phones.getRow(2).getCell((phones.getRow(1).values as string[]).indexOf(name)).value;
    expect([typeof cell('contact_id'), typeof cell('is_primary'), typeof cell('digits')]).toEqual(['number', 'number', 'string']);
    const run = await importFile(b, carry(out.fileId, out.fileName), { tag: false });
    expect(run.session.sheets[0]).toBe('All contacts');
    expect(await all(b)).toEqual(await all(a));
  });

  it('exports from a snapshot beside the app’s other calls: a change made meanwhile goes through at once, and the snapshot does not see it', async () => {
    const rows = Array.from({ length: 3000 }, (_, n) => `Person ${n},person${n}@example.com,030 ${1_000_000 + n}`);
    await importFile(a, registerText(a, 'many.csv', ['Name,Email,Phone', ...rows].join('\n')), { tag: false });
    let exported = false;
    const exporting = a.value('exports.everything', {}).then((out) => ((exported = true), out));
    await a.value('contacts.create', { givenName: 'Made', familyName: 'Meanwhile' });
    // The change did not wait for the export to end.
    expect(exported).toBe(false);
    const out = await exporting;
    expect(out.sheets.find((s) => s.name === 'contacts')?.rows).toBeGreaterThanOrEqual(3000);

    // The snapshot itself: what is written on the app's connection while it is open is not in it.
    const before = a.connection.sqlite.prepare('select count(*) from contacts').pluck().get() as number;
    await withSnapshot(a.ctx, async (snapshot) => {
      await a.value('contacts.create', { givenName: 'Not', familyName: 'Seen' });
      expect(snapshot.sqlite.prepare('select count(*) from contacts').pluck().get()).toBe(before);
    });
    expect(a.connection.sqlite.prepare('select count(*) from contacts').pluck().get()).toBe(before + 1);
  });
});
