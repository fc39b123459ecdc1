import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/main/core/import-export/read-import-file';
import { applyMapping, autoMap, mappingContext } from '../../../src/shared/import-export';
import { fixture, tempDir } from './fixtures';

async function records(name: string) {
  const table = await readImportFile(fixture(name));
  const mapping = autoMap(table.headers);
  const ctx = mappingContext(table, mapping);
  return { table, mapping, results: table.rows.map((row) => applyMapping(row, mapping, ctx)) };
}

describe('reading address books (vCard)', () => {
  it('reads an iPhone/iCloud vCard 3.0 with several phones, emails and addresses, and skips the photo', async () => {
    const { table, mapping, results } = await records('icloud-3.0.vcf');
    expect(table.info).toMatchObject({ format: 'vcard', vcardVersions: ['3.0'] });
    expect(mapping.preset).toBe('vcard');
    expect(table.headers.some((h) => h.includes('PHOTO'))).toBe(false);
    const anna = results[0]!;
    expect(anna.issues).toEqual([]);
    expect(anna.record).toMatchObject({
      prefix: 'Dr.',
      givenName: 'Anna',
      middleName: 'Maria',
      familyName: 'Weber',
      suffix: 'PhD',
      company: 'Weber & Co',
      department: 'Sales',
      title: 'Director',
      birthday: '1980-03-15',
      tags: ['VIP', 'Suppliers'],
      notes: 'Met at the trade fair, booth 12.\nLikes tea.',
    });
    expect(anna.record.phones).toEqual(
      expect.arrayContaining([
        { label: 'mobile', value: '+1 (212) 555-0143' },
        { label: 'work', value: '+1 212 555 0100' },
        { label: 'home', value: '+1 212 555 0111' },
      ]),
    );
    expect(anna.record.emails).toHaveLength(2);
    expect(anna.record.addresses).toEqual([
      { label: 'work', street: '1 Main St\nSuite 5', city: 'Springfield', region: 'IL', postcode: '62701', country: 'United States' },
      { label: 'home', street: '22 Elm St', city: 'Springfield', region: 'IL', postcode: '62702', country: 'United States' },
    ]);
    expect(results[1]?.record).toMatchObject({ familyName: '王', givenName: '小明', company: '北京华联商厦' });
    expect(table.rows.map((r) => r.line)).toEqual([1, 28, 37]);
  });

  it('takes the labels an iPhone writes beside grouped numbers (typed ones such as "Büro" included), its anniversary, and a birthday without a year', async () => {
    const { results } = await records('icloud-3.0.vcf');
    const greta = results[2]!;
    // Her birthday has no year: Apple writes it in 1604 and says so, and it is read as a date without a year.
    expect(greta.issues).toEqual([]);
    expect(greta.record).toMatchObject({ birthday: '', birthdayWithoutYear: '04-01' });
    expect(greta.record).toMatchObject({ givenName: 'Greta', familyName: 'Lange', anniversary: '2005-06-18' });
    expect(greta.record.phones).toEqual([
      { label: 'work', value: '+49 30 1234567' },
      { label: 'mobile', value: '+49 151 2345678' },
      { label: 'work', value: '+49 30 7654321' },
    ]);
    expect(greta.record.emails).toEqual([{ label: 'home', value: 'greta@privat.example' }]);
  });

  it('reads messenger handles (an iPhone\'s IMPP, Android\'s X-QQ) as columns named by their service', async () => {
    const cellsOf = async (name: string, row: number) => {
      const table = await readImportFile(fixture(name));
      return Object.fromEntries(table.headers.map((h, i) => [h, table.rows[row]!.cells[i]]).filter(([h]) => h === 'QQ' || h === 'Skype'));
    };
    expect(await cellsOf('icloud-3.0.vcf', 2)).toEqual({ QQ: '10001', Skype: 'greta.lange' });
    expect(await cellsOf('android-2.1.vcf', 1)).toEqual({ QQ: '12345678', Skype: 'bo.chen' });
  });

  it('reads the people a contact is related to as columns named by the relation: Apple\'s labels, Android\'s types, vCard 4.0\'s RELATED by name', async () => {
    const cellsOf = async (name: string, row: number, headers: string[]) => {
      const table = await readImportFile(fixture(name));
      return Object.fromEntries(headers.map((h) => [h, table.rows[row]!.cells[table.headers.indexOf(h)]]));
    };
    expect(await cellsOf('icloud-3.0.vcf', 2, ['Spouse', 'Hausarzt'])).toEqual({ Spouse: 'Peter Lange', Hausarzt: 'Dr. Roth' });
    expect(await cellsOf('android-2.1.vcf', 0, ['Spouse'])).toEqual({ Spouse: 'Wang Lei' });
    // Two children are one column's value; a colleague given only as a link to her card is no name to keep.
    const table = await readImportFile(fixture('vcard-4.0.vcf'));
    expect(table.headers.filter((h) => /^(Child|Colleague|Related)$/.test(h))).toEqual(['Child']);
    expect(table.rows[0]!.cells[table.headers.indexOf('Child')]).toBe('Lena, Paul');
  });

  it('reads what Outlook writes in its own X-MS- lines (the company’s main number, spouse, manager, assistant, children, IM address, gender) and its profession, and an iPhone’s social profile, instead of dropping them', async () => {
    const { table, mapping, results } = await records('outlook-2.1.vcf');
    const anna = results[0]!;
    expect(anna.issues).toEqual([]);
    expect(anna.record).toMatchObject({ givenName: 'Anna', familyName: 'Weber', company: 'Weber GmbH', title: 'Geschäftsführerin', gender: 'F' });
    expect(anna.record.phones).toEqual([
      { label: 'work', value: '+49 30 1234567' },
      { label: 'mobile', value: '+49 151 23456789' },
      { label: 'work', value: '+49 30 1234500' },
    ]);
    const kept = ['Profession', 'IM', 'Spouse', 'Manager', 'Assistant', 'Child', 'LinkedIn'];
    expect(Object.fromEntries(kept.map((h) => [h, table.rows[0]!.cells[table.headers.indexOf(h)]]))).toEqual({
      Profession: 'Ingenieurin',
      IM: 'anna.im@weber.de',
      Spouse: 'Peter Weber',
      Manager: 'Karl Moser',
      Assistant: 'Lisa Roth',
      Child: 'Max, Mia',
      LinkedIn: 'http://www.linkedin.com/in/annaw',
    });
    // No contact field takes them: the import keeps them in custom fields of these names.
    expect(mapping.columns.filter((c) => kept.includes(c.header)).map((c) => c.target)).toEqual(kept.map(() => null));
  });

  it('reads an Android vCard 2.1 with quoted-printable UTF-8, soft line breaks, bare TYPE parameters and its own rows: nickname, anniversary, a date under its own label and a Google Contacts custom field', async () => {
    const { table, results } = await records('android-2.1.vcf');
    expect(table.info.vcardVersions).toEqual(['2.1']);
    const nana = results[0]!.record;
    expect(nana).toMatchObject({ familyName: '欧阳', givenName: '娜娜', fullName: '欧阳娜娜', company: '腾达贸易', title: 'Manager', birthday: '1988-07-15' });
    // Android's own rows for what vCard 2.1 lacks; a custom field is a column named by its label, kept as a custom field.
    expect(nana).toMatchObject({ nickname: '娜娜', anniversary: '2012-05-20' });
    const cell = (header: string) => table.rows[0]!.cells[table.headers.indexOf(header)];
    expect([cell('客户编号'), cell('Kennengelernt'), cell('SIP')]).toEqual(['K-1001', '2019-09-01', 'nana@sip.example.cn']);
    expect(nana.notes).toBe('First line\nSecond line with a soft break');
    expect(nana.phones).toEqual(
      expect.arrayContaining([
        { label: 'mobile', value: '13800138000' },
        { label: 'work', value: '0755-26881234' },
        { label: 'home', value: '0755-26885678' },
      ]),
    );
    expect(nana.addresses[0]).toEqual({ label: 'work', street: '科技园路1号', city: '深圳市', region: '广东省', postcode: '518000', country: '中国' });
    expect(results[1]?.record).toMatchObject({ givenName: 'Bo', familyName: 'Chen', emails: [{ label: 'other', value: 'bo@example.com' }] });
    // Android's own labels: 公司 is a work number; a label that says nothing of the kind is Other.
    expect(results[1]?.record.phones).toEqual([
      { label: 'mobile', value: '+44 20 7946 0958' },
      { label: 'work', value: '010-88886666' },
      { label: 'other', value: '555-010-5656' },
    ]);
  });

  it('reads a vCard 4.0 with tel: URIs, a folded note and an anniversary', async () => {
    const { results } = await records('vcard-4.0.vcf');
    const j = results[0]!.record;
    expect(j).toMatchObject({ fullName: 'Jürgen Müller', familyName: 'Müller', birthday: '1970-01-01', anniversary: '2000-06-10', tags: ['Lieferant'] });
    expect(j.phones).toEqual(expect.arrayContaining([{ label: 'mobile', value: '+49-170-1234567' }]));
    expect(j.notes).toBe('Sehr geehrter Herr Müller, ein sehr langer Hinweis, der über die Zeilenlänge hinaus gefaltet wurde.');
    expect(j.addresses[0]).toMatchObject({ city: 'München', postcode: '80331', country: 'Deutschland' });
  });

  it('reads an iPhone’s other dates and websites under the labels they carry, the first website being the contact’s, and Google’s labels without its own myContacts', async () => {
    const tmp = tempDir();
    try {
      const path = join(tmp.dir, 'greta.vcf');
      const card = ['BEGIN:VCARD', 'VERSION:3.0', 'N:Lange;Greta;;;', 'FN:Greta Lange', 'item1.URL;type=pref:https://lange.example', 'item1.X-ABLabel:_$!<HomePage>!$_'];
      card.push('item2.URL:https://blog.lange.example', 'item2.X-ABLabel:Blog', 'URL;type=WORK:https://work.example');
      card.push('item3.X-ABDATE:2019-09-01', 'item3.X-ABLabel:Kennengelernt', 'item4.X-ABDATE:2020-01-01', 'item4.X-ABLabel:_$!<Other>!$_');
      // As Google's export writes its labels: its own "myContacts" is no tag.
      card.push('CATEGORIES:myContacts,Familie', 'END:VCARD');
      writeFileSync(path, card.join('\r\n'));
      const table = await readImportFile(path);
      expect(Object.fromEntries(table.headers.map((h, i) => [h, table.rows[0]!.cells[i]]))).toMatchObject({
        URL: 'https://lange.example',
        'Website (Blog)': 'https://blog.lange.example',
        'Website (Work)': 'https://work.example',
        Kennengelernt: '2019-09-01',
        Event: '2020-01-01',
        CATEGORIES: 'Familie',
      });
    } finally {
      tmp.dispose();
    }
  });

  describe('in other charsets', () => {
    let tmp: ReturnType<typeof tempDir>;
    beforeEach(() => (tmp = tempDir()));
    afterEach(() => tmp.dispose());

    it('decodes a quoted-printable value in the CHARSET the card names', async () => {
      const path = join(tmp.dir, 'gbk-qp.vcf');
      // 张三 in GBK is D5 C5 C8 FD.
      writeFileSync(path, 'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:=D5=C5;=C8=FD;;;\r\nEND:VCARD\r\n');
      const table = await readImportFile(path);
      expect(table.rows[0]?.cells.slice(0, 2)).toEqual(['三', '张']);
      expect(table.headers.slice(0, 2)).toEqual(['N given', 'N family']);
    });
  });
});
