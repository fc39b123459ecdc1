import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEW_FIELD_TARGET } from '../../../src/shared/contract/imports.contract';
import { cancelJob, jobProgress } from '../../../src/main/core/imports/import-jobs';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { fixture, importFile, register, registerText } from './support';
import { greeting } from '../../../src/shared/documents/merge-fields';
import { splitNamePrefix } from '../../../src/main/core/mailings/name-prefix';
import { nameLine } from '../../../src/shared/documents/name-lines';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'zh-CN' })));
afterEach(async () => b.dispose());

/** A Chinese customer list: a row number, the customer and the person to ask for, and columns no contact field takes. */
const LIST = [
  '序号,客户名称,联系人,手机,QQ,微信,备用',
  '1,深圳市华强电子有限公司,张伟,13800138000,12345678,zhangwei_hq,',
  '2,李记小吃店,李娜,13900139000,,lina88,',
  '3,王小明,,13700137000,87654321,,',
].join('\n');

const fieldNames = async () => (await b.value('customFields.list', {})).map((f) => f.label);

async function contactNamed(name: string) {
  const hit = (await b.value('contacts.list', { search: name })).rows[0];
  if (!hit) throw new Error(`no contact ${name}`);
  const fields = await b.value('customFields.list', {});
  const contact = await b.value('contacts.get', { id: hit.id });
  return { ...contact, byLabel: Object.fromEntries(fields.map((f) => [f.label, contact.custom[String(f.id)] ?? null])) };
}

describe('columns no contact field takes', () => {
  it('are kept in new custom fields named after them unless the person says otherwise; row numbers and empty columns are left out', async () => {
    const session = await b.value('imports.open', { fileId: registerText(b, 'customers.csv', LIST) });
    expect(session.mapping.columns.map((c) => c.target)).toEqual([null, 'company', 'fullName', 'phone.mobile', NEW_FIELD_TARGET, NEW_FIELD_TARGET, null]);
    const run = await importFile(b, registerText(b, 'customers.csv', LIST));
    expect(run.job.result).toMatchObject({ created: 3, invalid: 0 });
    expect(await fieldNames()).toEqual(['QQ', '微信']);
    const zhang = await contactNamed('张伟');
    expect(zhang).toMatchObject({ kind: 'person', familyName: '张', givenName: '伟', companyName: '深圳市华强电子有限公司' });
    expect(zhang.byLabel).toEqual({ QQ: '12345678', 微信: 'zhangwei_hq' });
    expect((await contactNamed('李娜')).byLabel).toEqual({ QQ: null, 微信: 'lina88' });
    // A row naming no contact person, but a person as the customer, is that person.
    expect(await contactNamed('王小明')).toMatchObject({ kind: 'person', familyName: '王', givenName: '小明', companyName: '' });
  });

  it('a tier or stage column written as offices grade (A级, B级, VIP, 普通, 跟进中, 已成交) sets the tier and stage; one of words this app does not grade is kept as it is', async () => {
    const graded = ['客户名称,联系人,手机,客户级别,跟进状态', '腾达贸易,王小明,13800138000,A级,跟进中', '华联商厦,张伟,13900139000,C类客户,已成交'].join('\n');
    const run = await importFile(b, registerText(b, 'graded.csv', graded));
    expect(run.session.mapping.columns.map((c) => c.target).slice(3)).toEqual(['tier', 'lifecycle']);
    expect(await contactNamed('王小明')).toMatchObject({ tier: 'key', lifecycle: 'prospect' });
    expect(await contactNamed('张伟')).toMatchObject({ tier: 'regular', lifecycle: 'customer' });
    // VIP, 重要 and 普通 are how many Chinese sheets grade, with or without 客户.
    const worded = ['客户名称,手机,客户等级', '赵敏,13700137000,VIP', '周芷若,13600136000,重要', '殷离,13500135000,普通'].join('\n');
    expect((await importFile(b, registerText(b, 'worded.csv', worded))).session.mapping.columns.map((c) => c.target)).toEqual(['fullName', 'phone.mobile', 'tier']);
    expect([await contactNamed('赵敏'), await contactNamed('周芷若'), await contactNamed('殷离')].map((c) => c.tier)).toEqual(['key', 'key', 'regular']);
    // Diamond and Gold are no tier here: taken as one, Diamond would have been lost.
    const own = ['Name,Phone,Level', 'Anna Weber,030 1234567,Diamond', 'Bo Chen,030 1234568,Gold'].join('\n');
    const kept = await importFile(b, registerText(b, 'levels.csv', own));
    expect(kept.session.mapping.columns.map((c) => c.target)).toEqual(['fullName', 'phone.work', NEW_FIELD_TARGET]);
    expect(await contactNamed('Anna Weber')).toMatchObject({ tier: null, byLabel: { Level: 'Diamond' } });
  });

  it('a 联系方式 column is read as what it holds: mobiles, other phones or emails; one of WeChat ids and numbers is kept as written', async () => {
    const targets = async (name: string, rows: string[]) => (await b.value('imports.open', { fileId: registerText(b, name, ['姓名,联系方式', ...rows].join('\n')) })).mapping.columns.map((c) => c.target);
    expect(await targets('m.csv', ['王小明,13800138000', '李娜,139 0013 9000'])).toEqual(['fullName', 'phone.mobile']);
    expect(await targets('p.csv', ['王小明,13800138000', '李娜,0755-26881234'])).toEqual(['fullName', 'phone.work']);
    expect(await targets('e.csv', ['王小明,wang@example.cn', '李娜,lina＠qq。com'])).toEqual(['fullName', 'email.work']);
    expect(await targets('w.csv', ['王小明,微信 wxid_123', '李娜,13900139000'])).toEqual(['fullName', NEW_FIELD_TARGET]);
    const run = await importFile(b, registerText(b, 'kehu.csv', ['姓名,联系方式', '王小明,138 0013 8000'].join('\n')));
    expect(run.job.result).toMatchObject({ created: 1 });
    expect((await contactNamed('王小明')).phones.map((p) => [p.value, p.label])).toEqual([['+8613800138000', 'mobile']]);
  });

  it('a Role column of a web shop’s account roles is no job title: all “customer” is not imported, customers told apart keep it in a field of its own, and people’s roles stay their job titles', async () => {
    const targets = async (name: string, rows: string[]) => (await b.value('imports.open', { fileId: registerText(b, name, ['First Name,Last Name,Email,Role', ...rows].join('\n')) })).mapping.columns.map((c) => c.target);
    expect(await targets('customers.csv', ['Anna,Weber,anna@weber.example,customer', 'Bo,Chen,bo@example.com,customer'])).toEqual(['givenName', 'familyName', 'email.work', null]);
    expect(await targets('b2b.csv', ['Anna,Weber,anna@weber.example,customer', 'Bo,Chen,bo@example.com,wholesale_customer'])).toEqual(['givenName', 'familyName', 'email.work', NEW_FIELD_TARGET]);
    expect(await targets('team.csv', ['Anna,Weber,anna@weber.example,Buyer', 'Bo,Chen,bo@example.com,Sales manager'])).toEqual(['givenName', 'familyName', 'email.work', 'title']);
    await importFile(b, registerText(b, 'b2b-import.csv', ['First Name,Last Name,Email,Role', 'Karl,Moser,karl@moser.example,wholesale_customer', 'Eva,Roth,eva@roth.example,customer'].join('\n')));
    // In a field named Role, not the job title's.
    const karl = await contactNamed('Karl Moser');
    expect(Object.entries(karl.byLabel).filter(([, v]) => v === 'wholesale_customer')).toEqual([['Role', 'wholesale_customer']]);
  });

  it('a 电话 or Phone column of mobile numbers gives mobile numbers, a 联系电话 one of office lines gives work numbers, and a mixed one keeps its header’s label', async () => {
    const targets = async (name: string, header: string, rows: string[]) =>
      (await b.value('imports.open', { fileId: registerText(b, name, [`姓名,${header}`, ...rows].join('\n')) })).mapping.columns.map((c) => c.target);
    expect(await targets('m.csv', '电话', ['王小明,138 0013 8000', '李娜,+86 139-0013-9000', '张伟,'])).toEqual(['fullName', 'phone.mobile']);
    expect(await targets('p.csv', 'Phone 2', ['Anna Weber,13800138000', 'Bo Chen,13900139000'])).toEqual(['fullName', 'phone.mobile']);
    expect(await targets('f.csv', '联系电话', ['王小明,0755-26881234', '李娜,010 8888 6666'])).toEqual(['fullName', 'phone.work']);
    expect(await targets('x.csv', '电话', ['王小明,13800138000', '李娜,0755-26881234'])).toEqual(['fullName', 'phone.work']);
    // A header that says which kind is believed: a landline in a 手机 column stays a mobile one.
    expect(await targets('s.csv', '手机', ['王小明,0755-26881234'])).toEqual(['fullName', 'phone.mobile']);
    const run = await importFile(b, registerText(b, 'kehu.csv', ['姓名,电话', '王小明,138 0013 8000'].join('\n')));
    expect(run.job.result).toMatchObject({ created: 1 });
    expect((await contactNamed('王小明')).phones.map((p) => [p.value, p.label])).toEqual([['+8613800138000', 'mobile']]);
  });

  it('a template’s notes on filling it in and its example row are no contacts: the preview says so, the import leaves them out, and the columns are not read by them', async () => {
    const template = [
      '序号,客户名称,联系人,手机,邮箱,备注',
      ',必填，填写客户全称,必填,必填，11位手机号,选填,选填',
      '示例,深圳市某某贸易有限公司,张三,13800000000,zhangsan@example.com,',
      '1,深圳市腾达贸易有限公司,王小明,13800138000,wang@example.cn,老客户',
    ].join('\n');
    const run = await importFile(b, registerText(b, 'moban.csv', template));
    // 序号 is still the row number it is, and the examples shown are the first contact's.
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual([null, 'company', 'fullName', 'phone.mobile', 'email.work', 'notes']);
    expect(run.session.sample[0]).toEqual(['1', '深圳市腾达贸易有限公司', '王小明', '13800138000', 'wang@example.cn', '老客户']);
    expect(run.preview.issues.map((i) => i.message)).toEqual(['Row 2: the template’s notes on filling it in, not a contact', 'Row 3: the template’s example (示例), not a contact']);
    const zh = await b.call('imports.open', { fileId: registerText(b, 'moban.csv', template) }, 'zh-CN');
    if (!zh.ok) throw new Error(zh.error.message);
    const said = await b.call('imports.preview', { sessionId: zh.value.sessionId, mapping: zh.value.mapping }, 'zh-CN');
    expect(said.ok && said.value.issues.map((i) => i.message)).toEqual(['第 2 行：模板的填写说明，不是联系人', '第 3 行：模板的示例（示例），不是联系人']);
    expect(run.job.result).toMatchObject({ created: 1, invalid: 0, ignored: 2 });
    expect((await b.value('contacts.list', {})).rows.map((r) => r.displayName)).toEqual(['王小明']);
  });

  it('an Outlook vCard’s spouse, manager, children, IM address and profession are kept in custom fields named after them, its gender gives the form of address, and the company’s main number is a work number', async () => {
    const run = await importFile(b, register(b, fixture('outlook-2.1.vcf')));
    expect(run.job.result).toMatchObject({ created: 1, invalid: 0 });
    const anna = await contactNamed('Anna Weber');
    expect(anna.namePrefix).toBe('Ms');
    expect(anna.phones.map((p) => [p.label, p.value])).toEqual([['work', '+49301234567'], ['mobile', '+4915123456789'], ['work', '+49301234500']]);
    expect(anna.byLabel).toEqual({ 'Job title': 'Geschäftsführerin', Profession: 'Ingenieurin', IM: 'anna.im@weber.de', Spouse: 'Peter Weber', Manager: 'Karl Moser', Assistant: 'Lisa Roth', Child: 'Max, Mia', LinkedIn: 'http://www.linkedin.com/in/annaw' });
  });

  it('a name written with its form of address or title (张先生, 李娜女士, 王总, 刘经理) is listed so, greeted 尊敬的张先生 and 尊敬的王总, and addressed 张先生 on the envelope, the form of address not printed twice when a 性别 column says it too', async () => {
    const sheet = ['姓名,性别,手机', '张先生,男,13700137000', '李娜女士,女,13900139000', '王小姐,,13800138000', '王总,男,13600136000', '刘经理,,13500135000', '陈建国老师,,13400134000'];
    const run = await importFile(b, registerText(b, 'kehu.csv', sheet.join('\n')));
    // The preview names them as the list will.
    expect(run.preview.rows.map((r) => r.name)).toEqual(['张先生', '李娜', '王小姐', '王总', '刘经理', '陈建国']);
    const names = (await b.value('contacts.list', {})).rows.map((r) => r.displayName).sort();
    expect(names).toEqual(['张先生', '李娜', '王小姐', '王总', '刘经理', '陈建国'].sort());
    const printed = async (name: string) => {
      const c = await contactNamed(name);
      const prefix = splitNamePrefix(c.namePrefix);
      const r = { id: c.id, kind: 'person' as const, givenName: c.givenName, familyName: c.familyName, salutation: prefix.salutation, title: prefix.title, address: null };
      return [greeting(r, 'zh-CN'), nameLine(r)];
    };
    expect(await printed('张先生')).toEqual(['尊敬的张先生：', '张先生']);
    expect(await printed('李娜')).toEqual(['尊敬的李女士：', '李娜 女士']);
    expect(await printed('王小姐')).toEqual(['尊敬的王女士：', '王女士']);
    // A title is the name's, not its given name: 王总 is 王, called 总 (a 性别 column adds no 先生 to it).
    expect(await contactNamed('王总')).toMatchObject({ familyName: '王', givenName: '', namePrefix: '总' });
    expect(await printed('王总')).toEqual(['尊敬的王总：', '王总']);
    expect(await printed('刘经理')).toEqual(['尊敬的刘经理：', '刘经理']);
    expect(await printed('陈建国')).toEqual(['尊敬的陈老师：', '陈建国 老师']);
  });

  it('a household in one name cell is greeted and addressed as both: “Dear Anna & Peter Weber”, “Dear Mr & Mrs Smith” on “Mr & Mrs John Smith”; “Mr Smith” is greeted by his family name', async () => {
    await importFile(b, registerText(b, 'households.csv', ['Name,Email', 'Anna & Peter Weber,weber@example.com', 'Mr & Mrs John Smith,smith@example.com', 'Mr Smith,mr.smith@example.com'].join('\n')));
    const recipient = async (name: string) => {
      const c = await contactNamed(name);
      const prefix = splitNamePrefix(c.namePrefix);
      return { id: c.id, kind: 'person' as const, givenName: c.givenName, familyName: c.familyName, salutation: prefix.salutation, title: prefix.title, address: null };
    };
    const weber = await recipient('Anna & Peter Weber');
    expect([greeting(weber, 'en'), nameLine(weber)]).toEqual(['Dear Anna & Peter Weber,', 'Anna & Peter Weber']);
    const smiths = await recipient('John Smith');
    expect([greeting(smiths, 'en'), nameLine(smiths)]).toEqual(['Dear Mr & Mrs Smith,', 'Mr & Mrs John Smith']);
    const smith = await recipient('Smith');
    expect([greeting(smith, 'en'), nameLine(smith)]).toEqual(['Dear Mr Smith,', 'Mr Smith']);
  });

  it('a 性别 or Gender column (or a vCard’s GENDER) gives each person the form of address letters greet them with (先生/女士 after a Chinese name, Mr/Ms otherwise); 未知 gives none, and a column of other words is kept as written', async () => {
    const sheet = ['姓名,性别,手机', '王小明,男,13800138000', '李娜,女,13900139000', '张伟,未知,13700137000', 'Anna Weber,Female,13600136000', '赵敏,女士,13500135000'].join('\n');
    const run = await importFile(b, registerText(b, 'kehu.csv', sheet));
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual(['fullName', 'gender', 'phone.mobile']);
    const prefixes = await Promise.all(['王小明', '李娜', '张伟', 'Anna Weber', '赵敏'].map(async (n) => (await contactNamed(n)).namePrefix));
    expect(prefixes).toEqual(['先生', '女士', '', 'Ms', '女士']);
    const wang = await contactNamed('王小明');
    expect(greeting({ id: wang.id, kind: 'person', givenName: wang.givenName, familyName: wang.familyName, salutation: splitNamePrefix(wang.namePrefix).salutation, address: null }, 'zh-CN')).toBe('尊敬的王先生：');
    // No field of its own is made for it: the prefix says it.
    expect(Object.keys(wang.byLabel)).toEqual([]);
    const other = ['Name,Gender,Phone', 'Bo Chen,VIP,030 1234567', 'Karl Moser,Newsletter,030 1234568'].join('\n');
    const kept = await importFile(b, registerText(b, 'other.csv', other));
    expect(kept.session.mapping.columns.map((c) => c.target)).toEqual(['fullName', NEW_FIELD_TARGET, 'phone.work']);
    expect(await contactNamed('Bo Chen')).toMatchObject({ namePrefix: '', byLabel: { Gender: 'VIP' } });
    // A vCard 4.0's GENDER: its sex, before the identity text.
    const cards = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Maria Rossi', 'N:Rossi;Maria;;;', 'GENDER:F;she/her', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:4.0', 'FN:Luca Bianchi', 'N:Bianchi;Luca;;;', 'GENDER:M', 'END:VCARD'];
    await importFile(b, registerText(b, 'phone.vcf', cards.join('\r\n')));
    expect([(await contactNamed('Maria Rossi')).namePrefix, (await contactNamed('Luca Bianchi')).namePrefix]).toEqual(['Ms', 'Mr']);
  });

  it('a date column of what is no date (出生年月: a year and month) is kept as written, instead of every row being invalid; a date off the calendar still is', async () => {
    const months = ['姓名,手机,出生年月', '李娜,13800138000,1985.12', '张伟,13900139000,1990年3月'].join('\n');
    const run = await importFile(b, registerText(b, 'staff.csv', months));
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual(['fullName', 'phone.mobile', NEW_FIELD_TARGET]);
    expect(run.job.result).toMatchObject({ created: 2, invalid: 0 });
    expect(await contactNamed('李娜')).toMatchObject({ birthday: null, byLabel: { 出生年月: '1985.12' } });
    const days = ['姓名,手机,生日', '王芳,13700137000,1988-07-15', '赵敏,13600136000,31/02/1980'].join('\n');
    const session = await b.value('imports.open', { fileId: registerText(b, 'days.csv', days) });
    expect(session.mapping.columns[2]!.target).toBe('birthday');
  });

  it('a customer column of firms and people gives firms as companies, the people as persons', async () => {
    const run = await importFile(b, registerText(b, 'customers.csv', ['客户名称,手机', '深圳市华强电子有限公司,13800138000', '欧阳娜娜,13900139000', 'Weber GmbH,+49 30 1234567'].join('\n')));
    expect(run.job.result).toMatchObject({ created: 3 });
    expect(await contactNamed('华强电子')).toMatchObject({ kind: 'company', companyName: '深圳市华强电子有限公司', givenName: '', familyName: '' });
    expect(await contactNamed('Weber')).toMatchObject({ kind: 'company', companyName: 'Weber GmbH' });
    expect(await contactNamed('娜娜')).toMatchObject({ kind: 'person', familyName: '欧阳', givenName: '娜娜' });
  });

  it('goes into a stored field of the same name instead of a second one, and the person may leave it out', async () => {
    const qq = await b.value('customFields.create', { label: 'qq', type: 'text' });
    const session = await b.value('imports.open', { fileId: registerText(b, 'customers.csv', LIST) });
    expect(session.mapping.columns.map((c) => c.target)).toEqual([null, 'company', 'fullName', 'phone.mobile', `custom:${qq.id}`, NEW_FIELD_TARGET, null]);
    await importFile(b, registerText(b, 'customers.csv', LIST), { edit: (m) => ({ ...m, columns: m.columns.map((c) => (c.header === '微信' ? { ...c, target: null } : c)) }) });
    expect(await fieldNames()).toEqual(['qq']);
    expect((await contactNamed('张伟')).byLabel).toEqual({ qq: '12345678' });
    // Two columns the person sends to a new field of the same name share it.
    await importFile(b, registerText(b, 'more.csv', ['Name,Kundennummer,KUNDENNUMMER', 'Anna Weber,K-1,'].join('\n')), {
      edit: (m) => ({ ...m, columns: m.columns.map((c) => (c.index > 0 ? { ...c, target: NEW_FIELD_TARGET } : c)) }),
    });
    expect(await fieldNames()).toEqual(['qq', 'Kundennummer']);
  });

  it('fills a new field on the stored contacts a file updates, and undo takes the values and the field away again', async () => {
    await importFile(b, registerText(b, 'first.csv', ['姓名,手机', '张伟,13800138000', '李娜,13900139000'].join('\n')));
    const second = await importFile(b, registerText(b, 'second.csv', ['姓名,手机,微信', '张伟,13800138000,zhangwei_hq', '李娜,13900139000,'].join('\n')), { mode: 'fillEmpty' });
    expect(second.job.result).toMatchObject({ created: 0, updated: 2 });
    expect((await contactNamed('张伟')).byLabel).toEqual({ 微信: 'zhangwei_hq' });
    await b.value('imports.undo', { importId: second.job.result!.id });
    expect(await fieldNames()).toEqual([]);
    expect((await contactNamed('张伟')).phones.map((p) => p.value)).toEqual(['+8613800138000']);
  });

  it('takes a column named like a JavaScript object member (constructor) as any other unknown column', async () => {
    const run = await importFile(b, registerText(b, 'odd.csv', ['Name,constructor,toString', 'Anna Weber,builder,x1', 'Bruno Klein,architect,x2'].join('\n')));
    expect(run.job.result).toMatchObject({ created: 2 });
    expect(await fieldNames()).toEqual(['constructor', 'toString']);
    expect((await contactNamed('Bruno')).byLabel).toEqual({ constructor: 'architect', toString: 'x2' });
  });

  it('undoing the import removes the fields it made, unless a contact was given a value in one since', async () => {
    const first = await importFile(b, registerText(b, 'customers.csv', LIST));
    await b.value('imports.undo', { importId: first.job.result!.id });
    expect(await fieldNames()).toEqual([]);
    const second = await importFile(b, registerText(b, 'customers.csv', LIST));
    const wechat = (await b.value('customFields.list', {})).find((f) => f.label === '微信')!;
    await b.value('contacts.create', { givenName: '小明', familyName: '赵', custom: { [String(wechat.id)]: 'zhao_xm' } });
    await b.value('imports.undo', { importId: second.job.result!.id });
    expect(await fieldNames()).toEqual(['微信']);
  });

  it('a file planned in a second thread fills them the same way, and cancelling it leaves no field behind', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `${i + 1},客户${i}有限公司,联系人${i},139${String(i).padStart(8, '0')},${100_000 + i},wx${i},`);
    const text = [LIST.split('\n')[0], ...rows].join('\n');
    const run = await importFile(b, registerText(b, 'large.csv', text));
    expect(run.job.result).toMatchObject({ created: 6000, invalid: 0 });
    expect((await contactNamed('联系人5999')).byLabel).toEqual({ QQ: '105999', 微信: 'wx5999' });
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(await fieldNames()).toEqual([]);

    const big = Array.from({ length: 40_000 }, (_, i) => `${i + 1},客户${i}有限公司,联系人${i},139${String(i).padStart(8, '0')},${100_000 + i},wx${i},`);
    const session = await b.value('imports.open', { fileId: registerText(b, 'big.csv', [LIST.split('\n')[0], ...big].join('\n')) });
    const job = await b.value('imports.start', { sessionId: session.sessionId, mapping: session.mapping, name: 'Big' });
    await expect.poll(() => jobProgress(b.base, job.jobId).processed, { timeout: 60_000, interval: 20 }).toBeGreaterThan(0);
    expect((await cancelJob(b.base, job.jobId)).state).toBe('cancelled');
    expect(await fieldNames()).toEqual([]);
  });
});
