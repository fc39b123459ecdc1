import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { importFile, registerText } from './support';

let a: TempBackend;
let b: TempBackend;
beforeEach(async () => {
  a = await tempBackend({ systemLocale: 'zh-CN' });
  b = await tempBackend({ systemLocale: 'zh-CN' });
});
afterEach(async () => {
  await a.dispose();
  await b.dispose();
});

/** Each stored contact's phones as [label, number, primary], by display name. */
async function phones(t: TempBackend): Promise<Record<string, [string, string, boolean][]>> {
  const out: Record<string, [string, string, boolean][]> = {};
  for (const row of (await t.value('contacts.list', {})).rows) {
    const c = await t.value('contacts.get', { id: row.id });
    out[c.displayName] = c.phones.map((p) => [p.label, p.value, p.primary]);
  }
  return out;
}

describe('a fax number', () => {
  it('stays a fax from a Chinese Excel list, shown so in the preview, and the mobile is the number to call', async () => {
    await a.value('settings.update', { defaultCountry: 'CN' });
    const csv = '姓名,公司,传真,手机,电话\n王建国,西湖茶叶有限公司,0571-88886667,13812345678,0571-88886666\n陈静,宁波海通物流,,13900001111,传真：0574-87654322\n';
    const run = await importFile(a, registerText(a, '客户.csv', csv), { tag: false });
    expect(run.session.mapping.columns.find((c) => c.header === '传真')?.target).toBe('phone.fax');
    expect(run.preview.rows[0]!.phones).toEqual(['0571 8888 6667 (Fax)', '138 1234 5678 (Mobile)', '0571 8888 6666 (Work)']);
    expect(await phones(a)).toEqual({
      王建国: [['fax', '+8657188886667', false], ['mobile', '+8613812345678', true], ['work', '+8657188886666', false]],
      陈静: [['mobile', '+8613900001111', true], ['fax', '+8657487654322', false]],
    });
  });

  it('stays a fax from Outlook’s export, whose business fax comes first, from Google’s labels and from a phone’s vCard', async () => {
    await a.value('settings.update', { defaultCountry: 'DE' });
    const outlook = 'First Name,Last Name,Business Fax,Business Phone,Home Fax,Mobile Phone\nJürgen,Müller,0711 1234568,0711 1234567,0711 7654321,0151 23456789\n';
    const google = 'First Name,Last Name,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value\nGrete,Weiß,Work Fax,030 9876549,Work,030 9876543\n';
    const vcard = [
      'BEGIN:VCARD', 'VERSION:3.0', 'N:Lange;Greta;;;', 'FN:Greta Lange',
      'TEL;TYPE=WORK,FAX:+49 30 1234569', 'item1.TEL:+49 30 1234560', 'item1.X-ABLabel:_$!<HomeFAX>!$_', 'TEL;TYPE=CELL:+49 160 98765432',
      'END:VCARD', '',
    ].join('\r\n');
    await importFile(a, registerText(a, 'outlook.csv', outlook), { tag: false });
    await importFile(a, registerText(a, 'google.csv', google), { tag: false });
    await importFile(a, registerText(a, 'greta.vcf', vcard), { tag: false });
    expect(await phones(a)).toEqual({
      'Jürgen Müller': [['fax', '+497111234568', false], ['work', '+497111234567', true], ['fax', '+497117654321', false], ['mobile', '+4915123456789', false]],
      'Grete Weiß': [['fax', '+49309876549', false], ['work', '+49309876543', true]],
      'Greta Lange': [['fax', '+49301234569', false], ['fax', '+49301234560', false], ['mobile', '+4916098765432', true]],
    });
  });

  it.each<['xlsx' | 'csv' | 'outlook' | 'vcard', string]>([
    ['xlsx', 'Fax'],
    ['csv', 'Fax'],
    ['outlook', 'Business Fax'],
    ['vcard', 'TYPE=fax'],
  ])('is written as a fax to %s and read back as one', async (format, said) => {
    await a.value('contacts.create', {
      givenName: 'Anna',
      familyName: 'Weber',
      phones: [{ label: 'work', value: '+49 30 1234567', primary: true }, { label: 'fax', value: '+49 30 1234568' }],
    });
    const res = await a.call('exports.contacts', { scope: { type: 'all' }, format, vcardVersion: '3.0' }, 'en');
    if (!res.ok) throw new Error(res.error.message);
    const out = res.value;
    const from = filesFor(a.base).get(out.fileId);
    if (format !== 'xlsx') expect(readFileSync(from.path, 'utf8')).toContain(said);
    const to = filesFor(b.base).create(out.fileName);
    execFileSync('cp', [from.path, to.path]);
    await importFile(b, to.id, { tag: false });
    expect((await phones(b))['Anna Weber']).toEqual([['work', '+49301234567', true], ['fax', '+49301234568', false]]);
  });

  it('is a fax in a vCard as python-vobject reads it', async () => {
    await a.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', phones: [{ label: 'fax', value: '+49 30 1234568' }] });
    const out = await a.value('exports.contacts', { scope: { type: 'all' }, format: 'vcard', vcardVersion: '3.0' });
    const script = 'import sys,vobject\nfor c in vobject.readComponents(open(sys.argv[1],encoding="utf-8").read()):\n for t in c.contents["tel"]: print(t.params.get("TYPE"))';
    expect(execFileSync('/usr/bin/python3', ['-c', script, filesFor(a.base).get(out.fileId).path], { encoding: 'utf8' }).trim()).toBe("['fax']");
  });
});
