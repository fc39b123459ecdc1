import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tableCounts, tempBackend, type TempBackend } from '../support/temp-backend';
import { waitForJob } from '../../../src/main/core/imports/import-jobs';
import { fixture, importFile, register, registerBytes, registerText } from './support';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'en-US' })));
afterEach(async () => b.dispose());

const names = async () => (await b.value('contacts.list', { limit: 1000 })).rows.map((r) => r.displayName).sort();

describe('importing the files people bring', () => {
  it.each([
    ['google-contacts.csv', 'google'],
    ['outlook-contacts.csv', 'outlook'],
    ['outlook-zh-contacts.csv', 'outlook'],
    ['outlook-de-contacts.csv', 'outlook'],
    ['outlook-fr-contacts.csv', 'outlook'],
    ['thunderbird-de.csv', 'thunderbird'],
    ['thunderbird-zh.csv', 'thunderbird'],
    ['chinese-headers.csv', 'chinese'],
    ['gbk.csv', 'chinese'],
    ['utf16le-excel-unicode.txt', null],
    ['legacy.xls', null],
    ['libreoffice.ods', null],
    ['icloud-3.0.vcf', 'vcard'],
    ['vcard-4.0.vcf', 'vcard'],
    ['android-2.1.vcf', 'vcard'],
    ['windows-1252.csv', null],
    ['mac-roman.csv', null],
    ['big5.csv', null],
    ['shift-jis.csv', null],
  ])('imports %s: the preview counts are what gets written, every new row tagged with the batch', async (name, preset) => {
    const run = await importFile(b, register(b, fixture(name)), { name: 'Moving in' });
    if (preset) expect(run.session.mapping.preset).toBe(preset);
    expect(run.job.state).toBe('done');
    expect(run.job.result).toMatchObject({ created: run.preview.counts.new, invalid: run.preview.counts.invalid, total: run.preview.counts.total });
    expect(run.preview.counts.new).toBeGreaterThan(0);
    const list = await b.value('contacts.list', { limit: 1000 });
    expect(list.total).toBe(run.preview.counts.new);
    expect(list.rows.every((r) => r.tags.includes('Moving in'))).toBe(true);
  });

  it('keeps the messenger handles of a phone\'s address book in custom fields named by their service', async () => {
    await importFile(b, register(b, fixture('android-2.1.vcf')));
    const fields = await b.value('customFields.list', {});
    const bo = await b.value('contacts.get', { id: (await b.value('contacts.list', { search: 'bo@example.com' })).rows[0]!.id });
    expect(Object.fromEntries(fields.map((f) => [f.label, bo.custom[String(f.id)]]))).toEqual({ 'Job title': undefined, Nickname: undefined, QQ: '12345678', Skype: 'bo.chen' });
  });

  it('leaves out the totals row at the foot of a sheet, saying so, and counts it apart from the invalid rows, even when rows with bad values are imported', async () => {
    const csv = ['姓名,手机,订单数', '王小明,13912345678,3', '李娜,13812345678,2', '合计,,5'].join('\r\n');
    const session = await b.value('imports.open', { fileId: registerText(b, '客户.csv', csv) });
    const preview = await b.call('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip', invalidRows: 'importValid' }, 'zh-CN');
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.counts).toMatchObject({ new: 2, invalid: 0, ignored: 1 });
    expect(preview.value.rows.map((r) => r.status)).toEqual(['new', 'new', 'ignored']);
    expect(preview.value.issues.map((i) => i.message)).toEqual(['第 4 行：“合计”是合计行，不是联系人']);
    const run = await importFile(b, registerText(b, 'Kunden.csv', ['Name,Phone', 'Anna Weber,030 1234567', 'Total:,'].join('\n')));
    expect(run.job.result).toMatchObject({ created: 1, invalid: 0, ignored: 1 });
    expect(await names()).toEqual(['Anna Weber']);
    expect((await b.value('imports.history', {}))[0]).toMatchObject({ created: 1, invalid: 0, ignored: 1 });
  });

  it('leaves out the lines below a list in whichever column they start (合计：2人, 制表人：张三 beside a date, Total: 2), each said once, and keeps a firm whose name only starts so', async () => {
    const csv = ['序号,姓名,手机,公司', '1,王小明,13912345678,华联', '2,李娜,13812345678,腾达', '合计：2人,,,', '制表人：张三,,,2026-12-01', 'Total: 2,,,', '3,王五,,统计局'].join('\r\n');
    const session = await b.value('imports.open', { fileId: registerText(b, '客户.csv', csv) });
    const preview = await b.call('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip', invalidRows: 'importValid' }, 'zh-CN');
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.counts).toMatchObject({ new: 3, invalid: 0, ignored: 3 });
    // Nor are they shown as the columns' examples (a date under 公司).
    expect(session.sample.map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(preview.value.issues.map((i) => i.message)).toEqual([
      '第 4 行：“合计：2人”是合计行，不是联系人',
      '第 5 行：“制表人：张三”是表格下方的落款，不是联系人',
      '第 6 行：“Total: 2”是合计行，不是联系人',
    ]);
    const run = await importFile(b, registerText(b, '客户.csv', csv));
    expect(run.job.result).toMatchObject({ created: 3, invalid: 0, ignored: 3 });
    expect((await names()).sort()).toEqual(['李娜', '王五', '王小明']);
  });

  it('reads a list grouped under headings (销售部, 【华东区】, 二、技术部): no heading becomes a contact, and each contact is tagged with the heading it is under', async () => {
    const csv = ['序号,姓名,手机,邮箱', '销售部,,,', '1,王小明,13912345678,', '2,李娜,13812345678,', ',【华东区】,,', '3,赵敏,13712345678,', '二、技术部,,,', '4,张伟,13612345678,', '5,刘洋,,liu@example.cn'].join('\r\n');
    const session = await b.value('imports.open', { fileId: registerText(b, '通讯录.csv', csv) });
    // Nor are the headings the columns' examples.
    expect(session.sample.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
    const preview = await b.call('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip' }, 'zh-CN');
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.counts).toMatchObject({ new: 5, invalid: 0, ignored: 3 });
    expect(preview.value.issues.map((i) => i.message)).toEqual([
      '第 2 行：“销售部”是下面几行的分组标题，不是联系人：这几行会加上该标签',
      '第 5 行：“华东区”是下面几行的分组标题，不是联系人：这几行会加上该标签',
      '第 7 行：“技术部”是下面几行的分组标题，不是联系人：这几行会加上该标签',
    ]);
    await importFile(b, registerText(b, '通讯录.csv', csv), { tag: false });
    const list = await b.value('contacts.list', { limit: 100 });
    const tagsOf = Object.fromEntries(list.rows.map((r) => [r.displayName, r.tags]));
    expect(tagsOf).toEqual({ 王小明: ['销售部'], 李娜: ['销售部'], 赵敏: ['华东区'], 张伟: ['技术部'], 刘洋: ['技术部'] });
  });

  it('takes a phone’s cards saved under one name (“Anna”, “小明”, “客服中心”) as that name, not as given and family name both (“Anna Anna”)', async () => {
    const card = (name: string, tel: string) => ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, `N:;${name};;;`, `TEL;TYPE=CELL:${tel}`, 'END:VCARD'].join('\r\n');
    await importFile(b, registerText(b, 'contacts.vcf', [card('Anna', '+49 151 23456789'), card('小明', '13800138000'), card('客服中心', '4008123123')].join('\r\n')), { tag: false });
    const list = await b.value('contacts.list', {});
    expect(list.rows.map((r) => r.displayName).sort()).toEqual(['Anna', '客服中心', '小明'].sort());
    const anna = await b.value('contacts.get', { id: list.rows.find((r) => r.displayName === 'Anna')!.id });
    expect([anna.givenName, anna.familyName]).toEqual(['Anna', '']);
  });

  it('reads headings that say what they head (Department: Sales, 部门：技术部) the same way', async () => {
    const csv = ['Name,Phone', 'Department: Sales,', 'Anna Weber,030 1234567', '部门：技术部,', 'Bruno Klein,030 7654321'].join('\n');
    const run = await importFile(b, registerText(b, 'staff.csv', csv), { tag: false });
    expect(run.preview.counts).toMatchObject({ new: 2, ignored: 2 });
    expect(Object.fromEntries((await b.value('contacts.list', {})).rows.map((r) => [r.displayName, r.tags]))).toEqual({ 'Anna Weber': ['Sales'], 'Bruno Klein': ['技术部'] });
  });

  it('takes a row of a name alone for a contact, not a heading', async () => {
    const run = await importFile(b, registerText(b, 'names.csv', ['Name,Phone', 'Anna Weber,030 1234567', 'Bruno Klein,', 'Carla Nunes,030 7654321'].join('\n')), { tag: false });
    expect(run.preview.counts).toMatchObject({ new: 3, ignored: 0 });
    expect((await b.value('contacts.list', {})).rows.every((r) => r.tags.length === 0)).toBe(true);
  });

  it('keeps a birthday given without its year (Google, iPhone) beside the contact, as the office writes such a date, instead of leaving the contact out', async () => {
    const run = await importFile(b, register(b, fixture('google-contacts.csv')));
    expect(run.preview.counts).toMatchObject({ new: 2, invalid: 0 });
    const field = (await b.value('customFields.list', {})).find((f) => f.label === 'Birthday (no year)')!;
    const bo = await b.value('contacts.get', { id: (await b.value('contacts.list', { search: 'bo@example.com' })).rows[0]!.id });
    expect(bo.birthday).toBeNull();
    expect(bo.custom[String(field.id)]).toBe('April 1');
    // A file whose birthdays all have their year leaves no such field behind.
    const c = await tempBackend({ systemLocale: 'zh-CN' });
    try {
      await importFile(c, registerText(c, '客户.csv', ['姓名,生日', '王小明,1990-01-02'].join('\n')));
      expect((await c.value('customFields.list', {})).map((f) => f.label)).toEqual([]);
      // In Chinese, the field and the date are named as a Chinese office writes them.
      const zh = async <T,>(res: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
        const r = await res;
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      // A Chinese sheet keeps birthdays as 4月1日 more often than with their year: those rows come in too.
      const sheet = await importFile(c, registerText(c, '生日.csv', ['姓名,手机,生日', '李娜,13800138000,4月1日', '张伟,13900139000,1985年12月3日'].join('\n')));
      expect(sheet.preview.counts).toMatchObject({ new: 2, invalid: 0 });
      const li = await c.value('contacts.get', { id: (await c.value('contacts.list', { search: '13800138000' })).rows[0]!.id });
      // Imported with an English screen: the field and the date are written in English.
      const sheetField = (await c.value('customFields.list', {})).find((f) => f.label === 'Birthday (no year)')!;
      expect([li.birthday, li.custom[String(sheetField.id)]]).toEqual([null, 'April 1']);
      const session = await zh(c.call('imports.open', { fileId: register(c, fixture('icloud-3.0.vcf')) }, 'zh-CN'));
      const job = await zh(c.call('imports.start', { sessionId: session.sessionId, mapping: session.mapping, name: 'iPhone' }, 'zh-CN'));
      await waitForJob(c.base, job.jobId);
      const greta = await c.value('contacts.get', { id: (await c.value('contacts.list', { search: 'greta@privat' })).rows[0]!.id });
      const noYear = (await c.value('customFields.list', {})).find((f) => f.label === '生日（无年份）')!;
      expect(greta.custom[String(noYear.id)]).toBe('4月1日');
    } finally {
      await c.dispose();
    }
  });

  it('says which phone numbers Excel shortened to scientific notation, instead of storing what is left of them', async () => {
    const csv = ['姓名,手机', '王小明,1.38001E+10', '李娜,13912345678', 'Karl Moser,"1,51234E+10"'].join('\r\n');
    const session = await b.value('imports.open', { fileId: registerText(b, '客户.csv', csv) });
    const preview = await b.call('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip', invalidRows: 'skip' }, 'zh-CN');
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.counts).toMatchObject({ new: 1, invalid: 2 });
    expect(preview.value.issues.map((i) => i.message)).toEqual([
      '第 2 行，手机：1.38001E+10 是被 Excel 缩写的数字（科学计数法），文件中已没有完整号码。请在 Excel 中把该列设为“文本”格式，重新输入号码后再保存',
      '第 4 行，手机：1,51234E+10 是被 Excel 缩写的数字（科学计数法），文件中已没有完整号码。请在 Excel 中把该列设为“文本”格式，重新输入号码后再保存',
    ]);
  });

  it('counts the faults of rows past the shown ones exactly as the import then finds them', async () => {
    const rows = Array.from({ length: 40 }, (_, n) => [`Anna Weber${n}`, `0151 ${10_000_000 + n}`, `anna${n}@example.com`, '1980-03-15', `Hauptstraße ${n}`, 'Berlin', 'VIP; Messe']);
    rows[29]![1] = 'call me';
    rows[32]![0] = '';
    rows[32]![1] = '';
    rows[32]![2] = '';
    rows[33]![0] = '';
    rows[34]![3] = '1980-02-30';
    rows[36]![2] = 'anna36@';
    const csv = ['Name,Mobile Phone,E-mail Address,Birthday,Street,City,Categories', ...rows.map((r) => r.join(','))].join('\n');
    const run = await importFile(b, registerText(b, 'people.csv', csv));
    expect(run.preview.rows).toHaveLength(20);
    expect(run.preview.counts).toEqual({ total: 40, new: 35, duplicate: 0, invalid: 5, ignored: 0 });
    expect(run.preview.issues.map((i) => i.message)).toEqual([
      'Row 31, Mobile Phone: call me has no phone number in it',
      'Row 34: no name, company, phone or email',
      // A phone and an email but no name: said so, not "no phone or email".
      'Row 35: anna33@example.com has no name or company beside it, and a contact needs one',
      'Row 36, Birthday: 1980-02-30 is not a date',
      'Row 38, E-mail Address: anna36@ is not an email address',
    ]);
    expect(run.job.result).toMatchObject({ created: 35, invalid: 5 });
    const berlin = await b.value('contacts.get', { id: (await b.value('contacts.list', { search: 'Weber39' })).rows[0]!.id });
    expect(berlin.addresses[0]).toMatchObject({ street: 'Hauptstraße 39', city: 'Berlin' });
    expect(berlin.tags.map((t) => t.name).sort()).toEqual(['Messe', 'Test import', 'VIP']);
  });

  it('imports a Chinese Excel sheet: two-character surnames split, phones kept, bad values listed by row and column', async () => {
    const run = await importFile(b, register(b, fixture('chinese-headers.csv')));
    expect(run.preview.issues.map((i) => i.message)).toContain('Row 4, 生日: 31/02/1980 is not a date');
    const sima = (await b.value('contacts.list', { search: '司马光' })).rows[0]!;
    const detail = await b.value('contacts.get', { id: sima.id });
    expect(detail).toMatchObject({ familyName: '司马', givenName: '光', companyName: '资治通鉴出版社', tier: 'key', source: '展会' });
    // A Chinese number, the country of the address, in an office in the United States.
    expect(detail.phones.map((p) => p.value)).toContain('+8613800000001');
    expect(detail.addresses[0]).toMatchObject({ city: '洛阳市', region: '河南省', postcode: '471000', country: 'CN' });
    expect(detail.tags.map((t) => t.name).sort()).toEqual(['VIP', 'Test import', '老客户'].sort());
  });

  it('takes 无, 暂无, “/”, “-”, N/A and NULL where a sheet has nothing for empty cells: every row comes in without a bad phone, email or birthday and without a firm called 无, 个人 under 公司 is a private person, and 无 still answers a yes-or-no column', async () => {
    const csv = [
      '姓名,公司,手机,电话,邮箱,生日,备注,是否签约',
      '王建国,无,13800138000,无,无,无,无,是',
      '李娜,/,13900139000,/,/,/,/,无',
      '张伟,-,13700137000,——,N/A,-,NULL,-',
      '赵敏,个人,13600136000,暂无,暂无,不详,暂无,是',
    ].join('\r\n');
    const run = await importFile(b, registerText(b, '客户.csv', csv), { name: 'T' });
    expect(run.preview.issues).toEqual([]);
    expect(run.preview.counts).toMatchObject({ new: 4, invalid: 0 });
    expect(run.preview.rows.map((r) => [r.name, r.company, r.phones.length, r.emails.length, r.birthday])).toEqual([
      ['王建国', '', 1, 0, ''],
      ['李娜', '', 1, 0, ''],
      ['张伟', '', 1, 0, ''],
      ['赵敏', '', 1, 0, ''],
    ]);
    const field = (await b.value('customFields.list', {})).find((f) => f.label === '是否签约')!;
    expect(field.type).toBe('yesno');
    const stored = await Promise.all(['王建国', '李娜', '张伟', '赵敏'].map(async (n) => b.value('contacts.get', { id: (await b.value('contacts.list', { search: n })).rows[0]!.id })));
    expect(stored.map((c) => [c.companyName, c.phones.map((p) => p.value), c.emails, c.birthday ?? '', c.notes ?? '', c.custom[String(field.id)]])).toEqual([
      ['', ['13800138000'], [], '', '', true],
      ['', ['13900139000'], [], '', '', false],
      ['', ['13700137000'], [], '', '', undefined],
      ['', ['13600136000'], [], '', '', true],
    ]);
    // Nan and Nil are given names, not "nothing".
    await importFile(b, registerText(b, 'names.csv', 'First Name,Last Name\nNan,Li\nNil,Kaya\n'), { tag: false });
    expect((await b.value('contacts.list', { search: 'Li' })).rows.map((r) => r.displayName)).toContain('Nan Li');
    expect((await b.value('contacts.list', { search: 'Kaya' })).rows.map((r) => r.displayName)).toEqual(['Nil Kaya']);
  });

  it('keeps the job title and department of an Outlook file in custom fields of those names', async () => {
    await importFile(b, register(b, fixture('outlook-contacts.csv')));
    const john = (await b.value('contacts.list', { search: 'Public' })).rows[0]!;
    const detail = await b.value('contacts.get', { id: john.id });
    const fields = await b.value('customFields.list', {});
    const byLabel = Object.fromEntries(fields.map((f) => [f.label, detail.custom[String(f.id)]]));
    expect(byLabel).toMatchObject({ 'Job title': 'Controller', Department: 'Finance' });
    expect(detail.addresses.map((a) => a.city).sort()).toEqual(['Redmond', 'Seattle']);
  });

  it('keeps what the person typed in an Outlook export\'s other columns (Partner, Hobby, Benutzer 1), not the settings and initials it writes for every contact', async () => {
    const run = await importFile(b, register(b, fixture('outlook-de-contacts.csv')));
    expect(run.session.mapping.columns.filter((c) => c.target === 'newField').map((c) => c.header)).toEqual(['Benutzer 1', 'Hobby', 'Partner']);
    const fields = await b.value('customFields.list', {});
    expect(fields.map((f) => f.label).sort()).toEqual(['Benutzer 1', 'Department', 'Hobby', 'Job title', 'Partner', 'Website']);
    const juergen = await b.value('contacts.get', { id: (await b.value('contacts.list', { search: 'j.mueller@mueller-soehne.example' })).rows[0]!.id });
    const byLabel = Object.fromEntries(fields.map((f) => [f.label, juergen.custom[String(f.id)]]));
    expect(byLabel).toMatchObject({ Partner: 'Anna Müller', Hobby: 'Golf', 'Benutzer 1': 'Kd-Nr. 4711' });
  });

  it('keeps the relations, dates, messengers and custom fields of a Google export under their labels', async () => {
    const run = await importFile(b, register(b, fixture('google-contacts.csv')));
    expect(run.job.state).toBe('done');
    const fields = await b.value('customFields.list', {});
    const values = async (email: string) => {
      const c = await b.value('contacts.get', { id: (await b.value('contacts.list', { search: email })).rows[0]!.id });
      return { anniversary: c.anniversary, ...Object.fromEntries(fields.filter((f) => c.custom[String(f.id)]).map((f) => [f.label, c.custom[String(f.id)]])) };
    };
    expect(await values('anna@weber.example')).toMatchObject({ anniversary: '2008-06-21', Spouse: 'Thomas Weber', Kundennummer: 'K-1001', Skype: 'anna.weber' });
    expect(await values('bo@example.com')).toMatchObject({ Child: 'Mia, Max', Kundennummer: 'K-1002', QQ: '12345678' });
  });

  it('previews each address the way the contact page will show it, in its country\'s own order', async () => {
    const csv = [
      'Name,Street,City,State,Postal Code,Country',
      'Anna Weber,Hauptstraße 5,Berlin,,10115,DE',
      '王小明,福田区深南大道1001号,深圳市,广东省,518000,CN',
      'John Smith,1 Main St,Springfield,IL,62701,US',
    ].join('\n');
    const session = await b.value('imports.open', { fileId: registerText(b, 'addresses.csv', csv) });
    const preview = await b.value('imports.preview', { sessionId: session.sessionId, mapping: session.mapping });
    // The office is in the US (en-US): its own country is left out, the others named.
    expect(preview.rows.map((r) => r.address)).toEqual([
      'Hauptstraße 5, 10115 Berlin, GERMANY',
      '518000 广东省深圳市福田区深南大道1001号 CHINA',
      '1 Main St, Springfield, IL 62701',
    ]);
  });

  it('opens a workbook at its sheet of contacts, past a sheet of notes in front of it, and at the sheet the person picks', async () => {
    const fileId = register(b, fixture('two-sheets.xlsx'));
    const opened = await b.value('imports.open', { fileId });
    expect(opened.sheets).toEqual(['Notes', '客户']);
    expect(opened.sheet).toBe('客户');
    expect(opened.headers.slice(0, 2)).toEqual(['姓名', '手机']);
    const preview = await b.value('imports.preview', { sessionId: opened.sessionId, mapping: opened.mapping });
    expect(preview.counts.new).toBeGreaterThan(0);
    const picked = await b.value('imports.open', { fileId, sheet: 'Notes' });
    expect(picked.sheet).toBe('Notes');
    expect(picked.headers).toEqual(['This sheet is not the contact list']);
  });

  it.each(['random-bytes.xlsx', 'unclosed-quote.csv', 'no-end.vcf', 'empty.csv'])('refuses %s with a message naming the file, and changes nothing', async (name) => {
    const before = tableCounts(b);
    const res = await b.call('imports.open', { fileId: register(b, fixture(name)) });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toContain(name);
    expect(tableCounts(b)).toEqual(before);
  });

  it('refuses a workbook cut short in English and in Chinese, read on its own thread, and changes nothing', async () => {
    const whole = readFileSync(fixture('two-sheets.xlsx'));
    const before = tableCounts(b);
    const fileId = registerBytes(b, '客户 cut.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    const res = await b.call('imports.open', { fileId });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toContain('客户 cut.xlsx');
    const zh = await b.call('imports.open', { fileId }, 'zh-CN');
    expect(zh.ok).toBe(false);
    if (!zh.ok && !res.ok) {
      expect(zh.error.code).toBe(res.error.code);
      expect(zh.error.message).not.toBe(res.error.message);
      expect(zh.error.message).toContain('客户 cut.xlsx');
    }
    expect(tableCounts(b)).toEqual(before);
  });

  it('asks for the order of ambiguous dates, and imports them once answered', async () => {
    const fileId = register(b, fixture('dates-ambiguous.csv'));
    const session = await b.value('imports.open', { fileId });
    const asked = await b.value('imports.preview', { sessionId: session.sessionId, mapping: session.mapping });
    expect(asked.ambiguousDates).toEqual([{ index: 1, header: 'Birthday', examples: ['03/04/1980', '01/02/1990', '05/06/75'] }]);
    const mapping = { ...session.mapping, dateOrders: { '1': 'dmy' as const } };
    const answered = await b.value('imports.preview', { sessionId: session.sessionId, mapping });
    expect(answered.ambiguousDates).toEqual([]);
    expect(answered.counts.invalid).toBe(0);
    expect(answered.rows[0]!.birthday).toBe('1980-04-03');
  });

  it('reuses a mapping saved by name for the next file with the same headers', async () => {
    const fileId = register(b, fixture('delim-semicolon.csv'));
    const session = await b.value('imports.open', { fileId });
    const mapping = { ...session.mapping, columns: session.mapping.columns.map((c, i) => (i === 0 ? { ...c, target: 'notes' } : c)) };
    const saved = await b.value('imports.saveMapping', { sessionId: session.sessionId, name: 'Shop export', mapping });
    expect((await b.value('imports.mappings', {})).map((m) => m.name)).toEqual(['Shop export']);
    const again = await b.value('imports.open', { fileId: register(b, fixture('delim-semicolon.csv')), mappingId: saved.id });
    expect(again.mapping.columns[0]!.target).toBe('notes');
    expect(await names()).toEqual([]);
  });
});

describe('the preview of a Google export', () => {
  it('shows each phone and email with the label it will be stored with, in the person’s language', async () => {
    const session = await b.value('imports.open', { fileId: register(b, fixture('google-contacts.csv')) });
    const preview = async (locale: 'en' | 'zh-CN') => {
      const res = await b.call('imports.preview', { sessionId: session.sessionId, mapping: session.mapping }, locale);
      if (!res.ok) throw new Error(res.error.message);
      return res.value.rows[0]!;
    };
    const en = await preview('en');
    expect([en.phones, en.emails]).toEqual([
      ['(212) 555-0143 (Mobile)', '(212) 555-0100 (Work)'],
      ['anna@weber.example (Work)', 'anna.home@example.com (Home)'],
    ]);
    const zh = await preview('zh-CN');
    expect(zh.emails).toEqual(['anna@weber.example（工作）', 'anna.home@example.com（住宅）']);
    expect(zh.phones[0]).toMatch(/（手机）$/);
  });

  it('shows an extension typed as 转808 the way the person’s screen writes extensions', async () => {
    await b.value('settings.update', { defaultCountry: 'CN' });
    const session = await b.value('imports.open', { fileId: registerText(b, 'kehu.csv', '姓名,电话\n王小明,0755-26881234转808\n') });
    const phones = async (locale: 'en' | 'zh-CN') => {
      const res = await b.call('imports.preview', { sessionId: session.sessionId, mapping: session.mapping }, locale);
      if (!res.ok) throw new Error(res.error.message);
      return res.value.rows[0]!.phones;
    };
    expect(await phones('zh-CN')).toEqual(['0755 2688 1234 转808（工作）']);
    expect(await phones('en')).toEqual(['0755 2688 1234 ext. 808 (Work)']);
  });
});

describe('moving in from other programs’ lists, as stored', () => {
  it('moves in a customer list from Taiwan in Big5 by its headers’ words, in traditional characters as in simplified (客戶名稱, 聯絡人, 辦公室電話, 住家電話, 傳真, 聯絡地址), none of them left as a text field', async () => {
    const sheet = ['客戶名稱,聯絡人,職稱,行動電話,辦公室電話,住家電話,傳真,電子郵件,聯絡地址,客戶標籤', '台灣茶葉有限公司,陳怡君,經理,0912-345-678,02-2345-6789,02-2765-4321,02-2345-6790,chen@tea.example.tw,台北市信義區松仁路100號,VIP'].join('\r\n');
    const run = await importFile(b, registerBytes(b, '客戶資料.csv', iconv.encode(sheet, 'big5')), { tag: false });
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual(['company', 'fullName', 'title', 'phone.mobile', 'phone.work', 'phone.home', 'phone.fax', 'email.work', 'address.work.full', 'tags']);
    const chen = await b.value('contacts.get', { id: (await b.value('contacts.list', { search: 'chen@tea.example.tw' })).rows[0]!.id });
    expect(chen).toMatchObject({ familyName: '陳', givenName: '怡君', companyName: '台灣茶葉有限公司' });
    expect(chen.phones.map((p) => p.label)).toEqual(['mobile', 'work', 'home', 'fax']);
    expect(chen.addresses.map((a) => a.label)).toEqual(['work']);
    expect(chen.tags.map((t) => t.name)).toEqual(['VIP']);
    expect((await b.value('customFields.list', {})).map((f) => f.label)).toEqual(['Job title']);
  });

  it('keeps the country an address names the old or the short way (Hong Kong, Czech Republic, Turkey, The Netherlands, Korea, Republic of, PR China, Saudi Arabia (SA)), where the office’s own country took its place, and reads a Hong Kong address written in Chinese (香港九龍…, 香港 as the province) as Hong Kong’s, and a Chinese one’s postcode after 邮编： or a comma', async () => {
    await b.value('settings.update', { defaultCountry: 'DE' });
    const en = ['Name,Street,City,Postcode,Country', 'Chan Tai Man,100 Nathan Road,Kowloon,,Hong Kong', 'Jan Novák,Národní 1,Praha,110 00,Czech Republic', 'Ayşe Yılmaz,İstiklal Cd. 1,İstanbul,34430,Turkey', 'Piet de Vries,Damrak 1,Amsterdam,1012 LG,The Netherlands', 'Kim Min-jun,Sejong-daero 1,Seoul,04524,"Korea, Republic of"', 'Li Wei,1 Nanjing Road,Shanghai,200001,PR China', 'Sara Ali,1 King Fahd Rd,Riyadh,11564,Saudi Arabia (SA)'].join('\n');
    await importFile(b, registerText(b, 'customers.csv', en), { tag: false });
    const zh = ['姓名,手机,省份,地址', '陈大文,+852 9123 4567,,香港九龍旺角彌敦道100號', '何小文,+853 6612 3456,澳门,新马路100号', '王一,13800138001,,广东省深圳市南山区科技园南区8栋 ，518057', '王三,13800138003,,北京市海淀区中关村大街1号 邮编：100080'].join('\n');
    await importFile(b, registerText(b, 'kehu.csv', zh), { tag: false });
    const rows = b.connection.sqlite.prepare(`select c.display_name, a.street, a.region, a.postcode, a.country from contact_addresses a join contacts c on c.id = a.contact_id order by a.id`).raw().all();
    expect(rows).toEqual([
      ['Chan Tai Man', '100 Nathan Road', '', '', 'HK'],
      ['Jan Novák', 'Národní 1', '', '110 00', 'CZ'],
      ['Ayşe Yılmaz', 'İstiklal Cd. 1', '', '34430', 'TR'],
      ['Piet de Vries', 'Damrak 1', '', '1012 LG', 'NL'],
      ['Kim Min-jun', 'Sejong-daero 1', '', '04524', 'KR'],
      ['Li Wei', '1 Nanjing Road', '', '200001', 'CN'],
      ['Sara Ali', '1 King Fahd Rd', '', '11564', 'SA'],
      ['陈大文', '九龍旺角彌敦道100號', '', '', 'HK'],
      ['何小文', '新马路100号', '', '', 'MO'],
      ['王一', '南山区科技园南区8栋', '广东省', '518057', 'CN'],
      ['王三', '海淀区中关村大街1号', '北京市', '100080', 'CN'],
    ]);
  });

  it('tells a firm’s name from a person’s written in one name cell (华信科技有限公司 李娜, 张伟-星辰贸易有限公司, 王经理（华信科技有限公司）, 深圳腾达 刘总, Acme Ltd - Anna Weber), where the firm was taken for a family name, for the whole name or for a note', async () => {
    const text = ['姓名,手机', '华信科技有限公司 李娜,13800138001', '张伟-星辰贸易有限公司,13800138002', '王经理（华信科技有限公司）,13800138003', '深圳腾达 刘总,13800138004', 'Acme Ltd - Anna Weber,+44 7700 900123', '赵敏（财务）,13800138005', 'Müller-Lüdenscheidt,+49 151 23456788'].join('\n');
    await importFile(b, registerText(b, 'kehu.csv', text), { tag: false });
    const rows = b.connection.sqlite.prepare(`select display_name, family_name, given_name, name_prefix, company_name, notes from contacts order by id`).raw().all();
    expect(rows).toEqual([
      ['李娜', '李', '娜', '', '华信科技有限公司', ''],
      ['张伟', '张', '伟', '', '星辰贸易有限公司', ''],
      ['王经理', '王', '', '经理', '华信科技有限公司', ''],
      ['刘总', '刘', '', '总', '深圳腾达', ''],
      ['Anna Weber', 'Weber', 'Anna', '', 'Acme Ltd', ''],
      ['赵敏', '赵', '敏', '', '', '财务'],
      ['Müller-Lüdenscheidt', '', 'Müller-Lüdenscheidt', '', '', ''],
    ]);
  });

  it('takes a Chinese name written with an English one (王小明 Tom, Tom Wang 王小明, 李娜(Lina)) for the Chinese name, the English one kept as the nickname where the file has a nickname column, else in the notes', async () => {
    const text = ['姓名,手机', '王小明 Tom,13800138001', 'Tom Wang 王小明,13800138002', '李娜(Lina),13800138003'].join('\n');
    await importFile(b, registerText(b, 'kehu.csv', text), { tag: false });
    expect(b.connection.sqlite.prepare('select family_name, given_name, notes from contacts order by id').raw().all()).toEqual([
      ['王', '小明', 'Tom'],
      ['王', '小明', 'Tom Wang'],
      ['李', '娜', 'Lina'],
    ]);
    await importFile(b, registerText(b, 'kehu2.csv', '姓名,昵称,手机\n欧阳娜娜 Nana,,13800138004\n'), { tag: false });
    const nana = await b.value('contacts.get', { id: (await b.value('contacts.list', { search: '13800138004' })).rows[0]!.id });
    const nickname = (await b.value('customFields.list', {})).find((f) => f.label === 'Nickname')!;
    expect([nana.familyName, nana.givenName, nana.custom[String(nickname.id)]]).toEqual(['欧阳', '娜娜', 'Nana']);
  });

  it('reads a column named by a use alone (Yahoo’s Home, Work, Other, Primary) as the phones or emails its values are, labelled so, not as text fields', async () => {
    await b.value('settings.update', { defaultCountry: 'DE' });
    const text = ['First,Last,Email,Home,Work,Mobile,Other,Primary', 'Anna,Weber,anna@example.com,030 1234567,030 7654321,0151 23456789,anna.w@example.org,+49 30 1112223'].join('\n');
    const run = await importFile(b, registerText(b, 'yahoo.csv', text), { tag: false });
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual(['givenName', 'familyName', 'email.work', 'phone.home', 'phone.work', 'phone.mobile', 'email.other', 'phone.other']);
    const anna = await b.value('contacts.get', { id: (await b.value('contacts.list', { search: 'Weber' })).rows[0]!.id });
    expect(anna.phones.map((p) => [p.label, p.value])).toEqual([['home', '+49301234567'], ['work', '+49307654321'], ['mobile', '+4915123456789'], ['other', '+49301112223']]);
    expect(anna.emails.map((e) => [e.label, e.value])).toEqual([['work', 'anna@example.com'], ['other', 'anna.w@example.org']]);
    expect(await b.value('customFields.list', {})).toEqual([]);
  });

  it('moves in a Mailchimp audience: its address split from its two-space pieces, its quoted tags, and nothing of its subscription columns (IP addresses, ids, the place its IP suggests) kept as fields', async () => {
    const run = await importFile(b, register(b, fixture('mailchimp-audience.csv')), { tag: false });
    expect(run.session.mapping.preset).toBe('mailchimp');
    expect(run.preview.counts).toMatchObject({ new: 2, invalid: 0 });
    const anna = await b.value('contacts.get', { id: (await b.value('contacts.list', { search: 'anna@weber.example' })).rows[0]!.id });
    expect(anna.addresses.map((a) => [a.street, a.city, a.region, a.postcode, a.country])).toEqual([['1 Main St\nSuite 5', 'Springfield', 'IL', '62701', 'US']]);
    expect(anna.tags.map((t) => t.name).sort()).toEqual(['Customers', 'VIP']);
    expect((await b.value('customFields.list', {})).map((f) => f.label)).toEqual(['Birthday (no year)']);
  });

  it('reads a Mailchimp birthday month first, as Mailchimp writes it, without asking: 03/04 is March 4 in a German office too', async () => {
    await b.value('settings.update', { defaultCountry: 'DE' });
    const text = 'Email Address,First Name,Last Name,Birthday,MEMBER_RATING,OPTIN_TIME,LEID,EUID\nanna@weber.example,Anna,Weber,03/04,2,2023-01-05 10:00:00,1,a1\nbo@example.com,Bo,Chen,11/12,2,2023-01-05 10:00:00,2,b2\n';
    const run = await importFile(b, registerText(b, 'audience.csv', text), { tag: false });
    expect(run.preview.ambiguousDates).toEqual([]);
    const fields = new Map((await b.value('customFields.list', {})).map((f) => [String(f.id), f.label]));
    const anna = await b.value('contacts.get', { id: (await b.value('contacts.list', { search: 'anna@weber.example' })).rows[0]!.id });
    expect(Object.entries(anna.custom).map(([id, v]) => [fields.get(id), v])).toEqual([['Birthday (no year)', 'March 4']]);
  });

  it('puts back the leading zero a spreadsheet dropped from a postcode stored as a number (1067 Dresden is 01067, 2134 Boston 02134), by the address’s country, where a German or French one says its country (1010 Wien could be Austrian), and reads full-width and decimal postcodes as digits', async () => {
    const postcodes = async (country: string, name: string, text: string) => {
      await b.value('settings.update', { defaultCountry: country });
      const run = await importFile(b, registerText(b, name, text), { tag: false });
      expect(run.preview.counts.invalid).toBe(0);
      const rows = (await b.value('contacts.list', { limit: 100, sort: 'created' })).rows;
      return Promise.all(rows.map(async (r) => (await b.value('contacts.get', { id: r.id })).addresses.map((a) => `${a.country} ${a.postcode}`).join()));
    };
    expect(await postcodes('DE', 'kunden.csv', 'Name;Straße;PLZ;Ort;Land\nAnna Weber;Hauptstraße 5;1067;Dresden;Deutschland\nJohn Miller;1 Main St;2134;Boston;USA\nKarl Moser;Ring 1;1010;Wien;Österreich\nEva Gruber;Ring 2;1010;Wien;\n')).toEqual(['DE 01067', 'US 02134', 'AT 1010', 'DE 1010']);
    expect(await postcodes('CN', 'kehu.csv', '姓名,地址,邮编\n王小明,内蒙古呼和浩特市新城区1号,10000\n李娜,广东省深圳市南山区科技园1号,５１８０００\n张伟,北京市朝阳区建国路88号,100020.0\n')).toEqual(['DE 01067', 'US 02134', 'AT 1010', 'DE 1010', 'CN 010000', 'CN 518000', 'CN 100020']);
  });

  it('stores a landline or a 400 number in a 手机 column as a work number, as the preview shows it, for a new contact and for one the file fills in; a mobile in an office phone column keeps the column’s label', async () => {
    await b.value('settings.update', { defaultCountry: 'CN' });
    await b.value('contacts.create', { givenName: '娜', familyName: '李', emails: [{ value: 'li@example.cn' }] });
    const text = '姓名,邮箱,手机,办公电话\n王小明,wang@example.cn,0755-26881234,13800138000\n李娜,li@example.cn,4008001234,\n张伟,zhang@example.cn,13900139000,\n';
    const run = await importFile(b, registerText(b, 'kehu.csv', text), { tag: false, mode: 'fillEmpty' });
    expect(run.preview.rows.map((r) => r.phones)).toEqual([['0755 2688 1234 (Work)', '138 0013 8000 (Work)'], ['400 800 1234 (Work)'], ['139 0013 9000 (Mobile)']]);
    const stored = async (email: string) => (await b.value('contacts.get', { id: (await b.value('contacts.list', { search: email })).rows[0]!.id })).phones.map((p) => `${p.label} ${p.value}`);
    expect(await stored('wang@example.cn')).toEqual(['work +8675526881234', 'work +8613800138000']);
    expect(await stored('li@example.cn')).toEqual(['work +864008001234']);
    expect(await stored('zhang@example.cn')).toEqual(['mobile +8613900139000']);
  });

  it('stores each number of a phone column named for no use (电话, Telefon) as its line is: a mobile as a mobile, a landline as a work number, in the preview too', async () => {
    const stored = async (name: string, country: string, text: string) => {
      await b.value('settings.update', { defaultCountry: country });
      const run = await importFile(b, registerText(b, name, text), { tag: false });
      const rows = (await b.value('contacts.list', { limit: 100, sort: 'created' })).rows;
      const out: Record<string, string[]> = {};
      for (const r of rows) out[r.displayName] = (await b.value('contacts.get', { id: r.id })).phones.map((p) => `${p.label} ${p.value}`);
      return { shown: run.preview.rows.map((r) => r.phones), out };
    };
    const cn = await stored('kehu.csv', 'CN', '姓名,电话\n王小明,13800138000\n李娜,0755-26881234\n');
    expect(cn.shown).toEqual([['138 0013 8000 (Mobile)'], ['0755 2688 1234 (Work)']]);
    expect(cn.out).toEqual({ 王小明: ['mobile +8613800138000'], 李娜: ['work +8675526881234'] });
    const de = await stored('kunden.csv', 'DE', 'Name;Telefon\nAnna Weber;0151 23456789\nKarl Moser;030 1234567\n');
    expect(de.out).toMatchObject({ 'Anna Weber': ['mobile +4915123456789'], 'Karl Moser': ['work +49301234567'] });
    // A US number may be either: the column's label stands.
    const us = await stored('us.csv', 'US', 'Name,Phone\nJohn Miller,(212) 555-0143\n');
    expect(us.out).toMatchObject({ 'John Miller': ['work +12125550143'] });
  });

  it('reads what a contact agreed to or opted out of from columns of yes or no (Accepts Email Marketing, Email Opt Out, Do Not Call) into their contact preferences', async () => {
    const text = ['First Name,Last Name,Email,Accepts Email Marketing,Email Opt Out,Do Not Call', 'Anna,Weber,anna@example.com,no,false,', 'Bo,Chen,bo@example.com,yes,TRUE,yes', 'Carl,Moser,carl@example.com,yes,,'].join('\n');
    const run = await importFile(b, registerText(b, 'customers.csv', text), { tag: false });
    expect(run.session.mapping.columns.slice(3).map((c) => c.target)).toEqual(['contactPreferences', 'contactPreferences', 'contactPreferences']);
    const comm = async (email: string) => (await b.value('contacts.get', { id: (await b.value('contacts.list', { search: email })).rows[0]!.id })).comm;
    expect(await comm('anna@example.com')).toEqual({ phone: true, email: true, letter: true, marketing: false, doNotContact: false });
    expect(await comm('bo@example.com')).toEqual({ phone: false, email: false, letter: true, marketing: true, doNotContact: false });
    expect(await comm('carl@example.com')).toEqual({ phone: true, email: true, letter: true, marketing: true, doNotContact: false });
  });

  it('reads several numbers in one cell: side by side (010-65123456 13912345678), or each after the word that names it (手机:… 座机:…, 传真 as a fax, Tel: … Mobil: …)', async () => {
    await b.value('settings.update', { defaultCountry: 'CN' });
    const text = '姓名,电话\n王小明,010-65123456 13912345678\n李娜,手机:13800138002 座机:020-12345678\n张伟,手机：13800138003，传真：020-87654321\n';
    const run = await importFile(b, registerText(b, 'kehu.csv', text), { tag: false });
    expect(run.preview.counts.invalid).toBe(0);
    expect(run.preview.rows.map((r) => r.phones)).toEqual([
      ['010 6512 3456 (Work)', '139 1234 5678 (Mobile)'],
      ['138 0013 8002 (Mobile)', '020 1234 5678 (Work)'],
      ['138 0013 8003 (Mobile)', '020 8765 4321 (Fax)'],
    ]);
    await b.value('settings.update', { defaultCountry: 'DE' });
    const de = await importFile(b, registerText(b, 'kunden.csv', 'Name;Telefon\nAnna Weber;Tel: 030 1234567 Mobil: 0151 23456789\n'), { tag: false });
    expect(de.preview.rows.map((r) => r.phones)).toEqual([['030 1234567 (Work)', '01512 3456789 (Mobile)']]);
  });

  it('reads the numbers of a cell as Chinese lists write them: each with a note in brackets after it (13800138000（工作） 13900139000（私人）, （微信同号）), a switchboard’s next line without its area code (0755-26881234/26881235) or by its last digits (0755-26881234/35)', async () => {
    await b.value('settings.update', { defaultCountry: 'CN' });
    const text = ['姓名,电话', '王小明,13800138000（工作） 13900139000（私人）', '李娜,13800138002（微信同号）', '张伟,0755-26881234/26881235', '赵敏,0755 2688 1234 / 2688 1235', '刘洋,0755-26881234/35'].join('\n');
    const run = await importFile(b, registerText(b, 'kehu.csv', text), { tag: false });
    expect(run.preview.counts.invalid).toBe(0);
    expect(run.preview.rows.map((r) => r.phones)).toEqual([
      ['138 0013 8000 (Work)', '139 0013 9000 (Home)'],
      ['138 0013 8002 (Mobile)'],
      ['0755 2688 1234 (Work)', '0755 2688 1235 (Work)'],
      ['0755 2688 1234 (Work)', '0755 2688 1235 (Work)'],
      ['0755 2688 1234 (Work)', '0755 2688 1235 (Work)'],
    ]);
    const stored = b.connection.sqlite.prepare(`select p.value from contact_phones p join contacts c on c.id = p.contact_id where c.display_name = '刘洋' order by p.id`).pluck().all();
    expect(stored).toEqual(['+8675526881234', '+8675526881235']);
  });

  it('takes each email address a cell writes among other words (Email: …, QQ邮箱：…, … 或 …), without the note in brackets after it, which names its use (（私人）, （工作）), where it stored “wang@example.com（常用）” as the address or called the row invalid', async () => {
    const text = ['姓名,手机,邮箱', '王一,13800138001,wang@example.com（常用）', '王二,13800138002,wang2@example.com(私人) wang2@corp.cn(工作)', '王三,13800138003,wang3@example.com 或 wang3@qq.com', '王四,13800138004,QQ邮箱：12345678@qq.com', '王五,13800138005,Email: wang5@example.com', '王六,13800138006,wang6@example.com.', '王七,13800138007,wang7 at example'].join('\n');
    const run = await importFile(b, registerText(b, 'kehu.csv', text), { tag: false });
    expect(run.preview.rows.map((r) => r.emails)).toEqual([
      ['wang@example.com (Work)'],
      ['wang2@example.com (Home)', 'wang2@corp.cn (Work)'],
      ['wang3@example.com (Work)', 'wang3@qq.com (Work)'],
      ['12345678@qq.com (Work)'],
      ['wang5@example.com (Work)'],
      ['wang6@example.com (Work)'],
      [],
    ]);
    expect(run.preview.issues.map((i) => i.message)).toEqual(['Row 8, 邮箱: wang7 at example is not an email address']);
    const stored = b.connection.sqlite.prepare(`select value from contact_emails order by value`).pluck().all();
    expect(stored).toEqual(['12345678@qq.com', 'wang2@corp.cn', 'wang2@example.com', 'wang3@example.com', 'wang3@qq.com', 'wang5@example.com', 'wang6@example.com', 'wang@example.com']);
  });

  it('joins an extension column to the phone beside it: 分机号 and Ext. as extensions, a German Durchwahl dialled straight through in place of the switchboard’s -0; an extension with no number is kept as typed', async () => {
    const stored = async (name: string, country: string, text: string) => {
      await b.value('settings.update', { defaultCountry: country });
      const run = await importFile(b, registerText(b, name, text), { tag: false });
      expect(run.session.mapping.columns.map((c) => c.target)).toContain('phoneExtension');
      expect(run.preview.counts.invalid).toBe(0);
      const rows = (await b.value('contacts.list', { limit: 100, sort: 'created' })).rows;
      const out: Record<string, string[]> = {};
      for (const r of rows) out[r.displayName] = (await b.value('contacts.get', { id: r.id })).phones.map((p) => `${p.label} ${p.value}`);
      return out;
    };
    expect(await stored('kehu.csv', 'CN', '姓名,办公电话,分机号,手机\n王小明,0755-26881234,808,13800138000\n李娜,,809,13900139000\n')).toEqual({
      王小明: ['work +8675526881234;ext=808', 'mobile +8613800138000'],
      李娜: ['work 809', 'mobile +8613900139000'],
    });
    expect(await stored('kunden.csv', 'DE', 'Name;Telefon;Durchwahl\nAnna Weber;030 123456-0;12\n')).toMatchObject({ 'Anna Weber': ['work +493012345612'] });
    expect(await stored('us.csv', 'US', 'Name,Phone,Ext.\nJohn Miller,(212) 555-0143,x12\n')).toMatchObject({ 'John Miller': ['work +12125550143;ext=12'] });
  });
});
