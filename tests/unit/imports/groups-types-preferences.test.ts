import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { importFile, registerText, tableDump } from './support';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'en-GB' })));
afterEach(async () => b.dispose());

const sqlite = () => b.connection.sqlite;
const members = () =>
  sqlite()
    .prepare('select g.name, c.display_name from contact_group_members m join contact_groups g on g.id = m.group_id join contacts c on c.id = m.contact_id order by 1, 2')
    .all()
    .map((r) => Object.values(r as object).join(': '));

describe('a file that names groups', () => {
  it('puts each contact in the groups its row names, making those the office lacks, and undo takes them out again', async () => {
    const before = tableDump(b);
    const run = await importFile(b, registerText(b, 'people.csv', ['Name,Email,Groups', 'Anna Weber,anna@weber.test,"Christmas cards, Newsletter"', 'Jonas Schmidt,jonas@schmidt.test,Newsletter'].join('\n')));
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual(['fullName', 'email.work', 'groups']);
    expect(members()).toEqual(['Christmas cards: Anna Weber', 'Newsletter: Anna Weber', 'Newsletter: Jonas Schmidt']);
    // Groups, not tags: only the import's own tag is there.
    expect(sqlite().prepare('select name from tags').pluck().all()).toEqual(['Test import']);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(tableDump(b)).toEqual({ ...before, undo_batches: expect.any(Array), undo_entries: expect.any(Array), import_batches: expect.any(Array) });
  });

  it('joins a stored contact to the group a second file names (any case), keeps its other groups, and its undo leaves the office’s own group', async () => {
    const family = await b.value('groups.create', { name: 'Family' });
    const anna = await b.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', emails: [{ value: 'anna@weber.test' }], groupIds: [family.id] });
    const news = await b.value('groups.create', { name: 'Newsletter' });
    const run = await importFile(b, registerText(b, 'update.csv', ['Name,Email,分组', 'Anna Weber,anna@weber.test,newsletter'].join('\n')), { mode: 'fillEmpty' });
    expect(run.job.result).toMatchObject({ created: 0, updated: 1 });
    expect(members()).toEqual(['Family: Anna Weber', 'Newsletter: Anna Weber']);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(members()).toEqual(['Family: Anna Weber']);
    expect((await b.value('groups.list', {})).map((g) => g.id).sort()).toEqual([family.id, news.id].sort());
    expect((await b.value('contacts.get', { id: anna.id })).groups.map((g) => g.name)).toEqual(['Family']);
  });
});

describe('a file that says which rows are companies', () => {
  it('makes the rows its Type column calls a company companies, whatever their names look like, in English, German or Chinese', async () => {
    const file = ['Name,Type,Phone', 'Blue Sky,Company,030 1111111', 'Anna Weber,Person,030 2222222', 'Sonnenschein,Firma,030 3333333', '晨光,公司,010 88886666', '王小明,个人,13800138000'].join('\n');
    const run = await importFile(b, registerText(b, 'kinds.csv', file));
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual(['fullName', 'kind', 'phone.work']);
    const kinds = sqlite().prepare('select display_name, kind, company_name from contacts order by id').all();
    expect(kinds).toEqual([
      { display_name: 'Blue Sky', kind: 'company', company_name: 'Blue Sky' },
      { display_name: 'Anna Weber', kind: 'person', company_name: '' },
      { display_name: 'Sonnenschein', kind: 'company', company_name: 'Sonnenschein' },
      { display_name: '晨光', kind: 'company', company_name: '晨光' },
      { display_name: '王小明', kind: 'person', company_name: '' },
    ]);
  });

  it('makes a company of a card marked so, by vCard 4.0’s KIND or Apple’s “show as company”, whatever its name looks like', async () => {
    const cards = [
      ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org', 'FN:Blue Sky', 'TEL:030 1111111', 'END:VCARD'],
      ['BEGIN:VCARD', 'VERSION:3.0', 'N:;;;;', 'FN:Sonnenschein', 'X-ABShowAs:COMPANY', 'END:VCARD'],
      ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:individual', 'FN:Anna Weber', 'N:Weber;Anna;;;', 'END:VCARD'],
    ].map((c) => c.join('\r\n'));
    await importFile(b, registerText(b, 'cards.vcf', cards.join('\r\n') + '\r\n'));
    expect(sqlite().prepare('select display_name, kind from contacts order by id').all()).toEqual([
      { display_name: 'Blue Sky', kind: 'company' },
      { display_name: 'Sonnenschein', kind: 'company' },
      { display_name: 'Anna Weber', kind: 'person' },
    ]);
  });

  it('keeps a person named beside the company on a row typed Company as a person at that firm, losing no name', async () => {
    await importFile(b, registerText(b, 'crm.csv', ['First name,Last name,Company,Type', 'Anna,Weber,Weber GmbH,Company', ',,Blue Sky,Company'].join('\n')));
    expect(sqlite().prepare('select kind, given_name, family_name, company_name from contacts order by id').all()).toEqual([
      { kind: 'person', given_name: 'Anna', family_name: 'Weber', company_name: 'Weber GmbH' },
      { kind: 'company', given_name: '', family_name: '', company_name: 'Blue Sky' },
    ]);
  });

  it('keeps a Type column that says something else (retail, wholesale) in a custom field of its name instead of losing it', async () => {
    const run = await importFile(b, registerText(b, 'types.csv', ['Name,Type', 'Anna Weber,Retail', 'Blue Sky,Wholesale', 'Jonas Schmidt,Retail'].join('\n')));
    expect(run.session.mapping.columns[1]!.target).toBe('newField');
    const field = (await b.value('customFields.list', {})).find((f) => f.label === 'Type')!;
    const anna = sqlite().prepare(`select id from contacts where display_name = 'Anna Weber'`).pluck().get() as number;
    expect((await b.value('contacts.get', { id: anna })).custom[field.id]).toBe('Retail');
  });
});

describe('a file that says what contacts asked for', () => {
  const prefs = async (email: string) => {
    const id = sqlite().prepare('select contact_id from contact_emails where value = ?').pluck().get(email) as number;
    return (await b.value('contacts.get', { id })).comm;
  };

  it('stores each row’s restrictions, in English or Chinese words, and leaves rows that say nothing free to contact', async () => {
    const file = ['Name,Email,Contact preferences', 'Anna Weber,anna@weber.test,"No marketing, No calls"', 'Bo Li,bo@li.test,请勿联系', 'Jonas Schmidt,jonas@schmidt.test,'].join('\n');
    const run = await importFile(b, registerText(b, 'prefs.csv', file));
    expect(run.session.mapping.columns[2]!.target).toBe('contactPreferences');
    expect(await prefs('anna@weber.test')).toEqual({ phone: false, email: true, letter: true, marketing: false, doNotContact: false });
    expect(await prefs('bo@li.test')).toEqual({ phone: true, email: true, letter: true, marketing: true, doNotContact: true });
    expect(await prefs('jonas@schmidt.test')).toEqual({ phone: true, email: true, letter: true, marketing: true, doNotContact: false });
  });

  it('gives a stored contact the file’s restrictions when it asked for nothing yet, keeps its own when filling empty fields, and takes the file’s when overwriting', async () => {
    await b.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', emails: [{ value: 'anna@weber.test' }] });
    await b.value('contacts.create', { givenName: 'Bo', familyName: 'Li', emails: [{ value: 'bo@li.test' }], comm: { doNotContact: true } });
    const file = ['Name,Email,Contact preferences', 'Anna Weber,anna@weber.test,No marketing', 'Bo Li,bo@li.test,No letters'].join('\n');
    await importFile(b, registerText(b, 'prefs.csv', file), { mode: 'fillEmpty' });
    expect(await prefs('anna@weber.test')).toMatchObject({ marketing: false, doNotContact: false });
    expect(await prefs('bo@li.test')).toMatchObject({ letter: true, doNotContact: true });
    await importFile(b, registerText(b, 'prefs2.csv', file), { mode: 'overwrite' });
    expect(await prefs('bo@li.test')).toMatchObject({ letter: false, doNotContact: false });
  });

  it('keeps a preferences column in words it does not know in a custom field of its name', async () => {
    const run = await importFile(b, registerText(b, 'prefs.csv', ['Name,Contact preferences', 'Anna Weber,Mornings only', 'Bo Li,By WeChat'].join('\n')));
    expect(run.session.mapping.columns[1]!.target).toBe('newField');
    expect((await b.value('customFields.list', {})).map((f) => f.label)).toEqual(['Contact preferences']);
  });
});
