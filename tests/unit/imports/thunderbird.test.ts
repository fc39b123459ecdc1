import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitForJob } from '../../../src/main/core/imports/import-jobs';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { fixture, importFile, register, registerText } from './support';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'en-US' })));
afterEach(async () => b.dispose());

/** A stored contact found by search, with its custom fields by label. */
async function contact(t: TempBackend, search: string) {
  const detail = await t.value('contacts.get', { id: (await t.value('contacts.list', { search })).rows[0]!.id });
  const fields = await t.value('customFields.list', {});
  return { ...detail, byLabel: Object.fromEntries(fields.flatMap((f) => (detail.custom[String(f.id)] ? [[f.label, detail.custom[String(f.id)]]] : []))) };
}

const HEADER =
  'First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes';
const row = (values: Record<number, string>) => Array.from({ length: 37 }, (_, i) => values[i] ?? '').join(',');

describe('moving in from Thunderbird', () => {
  it('keeps both emails, both addresses, the fax, the birthday of three columns and the customer number of a German address book', async () => {
    const run = await importFile(b, register(b, fixture('thunderbird-de.csv')));
    expect(run.session.mapping.preset).toBe('thunderbird');
    expect(run.preview.counts).toEqual({ total: 2, new: 2, duplicate: 0, invalid: 0, ignored: 0 });
    const juergen = await contact(b, 'Bäckerei');
    expect(juergen.emails.map((e) => e.value)).toEqual(['j.weiss@baeckerei-weiss.de', 'juergen.weiss@gmx.de']);
    // Read as German numbers, the country of his address, in an office in the United States.
    expect(juergen.phones.map((p) => [p.label, p.value])).toEqual([
      ['work', '+49221123456'],
      ['fax', '+49221123457'],
      ['mobile', '+491712345678'],
    ]);
    expect(juergen.addresses.map((a) => [a.label, a.street, a.postcode, a.city])).toEqual([['work', 'Hohe Straße 12\n2. OG', '50667', 'Köln']]);
    expect(juergen.birthday).toBe('1968-03-09');
    expect(juergen.byLabel).toMatchObject({ 'Job title': 'Inhaber', 'Benutzerdef. 1': 'Kd-1001', Website: 'https://baeckerei-weiss.de' });
    // Thunderbird keeps a birthday without its year: so does the contact, beside it.
    const grete = await contact(b, 'grete@mueller-hof.de');
    expect(grete.birthday).toBeNull();
    expect(grete.byLabel).toMatchObject({ 'Birthday (no year)': 'December 24', Nickname: 'Gretel', 'Benutzerdef. 1': 'Kd-1002' });
    expect(grete.addresses.map((a) => [a.label, a.street, a.postcode, a.city])).toEqual([['home', 'Dorfstraße 1', '51143', 'Porz']]);
  });

  it('tells the home city from the work city in a Chinese export whose header names both 城市', async () => {
    await importFile(b, register(b, fixture('thunderbird-zh.csv')));
    const nana = await contact(b, 'nana@tengda.cn');
    expect([nana.familyName, nana.givenName, nana.birthday]).toEqual(['欧阳', '娜娜', '1988-07-15']);
    expect(nana.addresses.map((a) => [a.label, a.city, a.postcode]).sort()).toEqual([
      ['home', '深圳市', '518055'],
      ['work', '广州市', '510000'],
    ]);
  });

  it('lists a birthday whose day is off the calendar by its row and column, and the contact comes in without it when asked', async () => {
    const csv = [HEADER, row({ 0: 'Bo', 1: 'Chen', 4: 'bo@chen.example', 29: '1975', 30: '2', 31: '31' })].join('\r\n');
    const run = await importFile(b, registerText(b, 'thunderbird.csv', csv));
    expect(run.preview.issues.map((i) => i.message)).toEqual(['Row 2, Birth Day: 1975-2-31 is not a date']);
    const session = await b.value('imports.open', { fileId: registerText(b, 'thunderbird.csv', csv) });
    const started = await b.value('imports.start', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip', invalidRows: 'importValid', name: 'Thunderbird' });
    expect((await waitForJob(b.base, started.jobId)).result).toMatchObject({ created: 1 });
    expect((await contact(b, 'bo@chen.example')).birthday).toBeNull();
  });

  it('keeps a birth year given without month and day beside the contact, as a birthday without its year is kept', async () => {
    const csv = [HEADER, row({ 0: 'Bo', 1: 'Chen', 4: 'bo@chen.example', 29: '1975' }), row({ 0: 'Al', 1: 'Wu', 4: 'al@wu.example', 29: '75' })].join('\r\n');
    const run = await importFile(b, registerText(b, 'thunderbird.csv', csv));
    expect(run.preview.issues.map((i) => i.message)).toEqual(['Row 3, Birth Year: 75 is not a date']);
    const bo = await contact(b, 'bo@chen.example');
    expect(bo.birthday).toBeNull();
    expect(bo.byLabel).toMatchObject({ 'Birth year': '1975' });
  });

  it('is no Thunderbird export when a column is missing or moved: a spreadsheet with some of its names maps them by name', async () => {
    const names = HEADER.split(',');
    const moved = [...names.slice(1), names[0]!].join(',');
    const session = await b.value('imports.open', { fileId: registerText(b, 'list.csv', `${moved}\r\n`) });
    expect(session.mapping.preset).not.toBe('thunderbird');
  });
});
