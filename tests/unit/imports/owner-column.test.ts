import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { importFile, registerText, tableDump } from './support';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'zh-CN' })));
afterEach(async () => b.dispose());

const CRM = [
  '客户名称,联系人,手机,负责人',
  '深圳市腾达贸易有限公司,王小明,13800138000,李娜',
  '北京华联商厦,张伟,13900139000,anna weber',
  '上海光明乳业,赵敏,13700137000,李娜',
].join('\n');

const ownerOf = async (phone: string) => {
  const id = (await b.value('contacts.list', { search: phone })).rows[0]!.id;
  return (await b.value('contacts.get', { id })).owner?.name ?? null;
};

describe('the column naming who looks after each customer', () => {
  it('is read as the owner beside a contact person (负责人 is then no second name), the office\'s staff found by name or added', async () => {
    await b.value('staff.create', { name: 'Anna Weber' });
    const run = await importFile(b, registerText(b, 'CRM导出.csv', CRM));
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual(['company', 'fullName', 'phone.mobile', 'owner']);
    expect(run.job.state).toBe('done');
    expect(await ownerOf('13800138000')).toBe('李娜');
    expect(await ownerOf('13700137000')).toBe('李娜');
    // A name any case matches the staff member the office has.
    expect(await ownerOf('13900139000')).toBe('Anna Weber');
    expect((await b.value('staff.list', {})).map((s) => s.name).sort()).toEqual(['Anna Weber', '李娜']);
    // The contact keeps its own name: before, 负责人 was a second name column joined into it.
    expect((await b.value('contacts.list', { search: '13800138000' })).rows[0]!.displayName).toBe('王小明');
  });

  it('alone beside a firm, 负责人 names the person to speak to there', async () => {
    const session = await b.value('imports.open', { fileId: registerText(b, '单位.csv', ['单位名称,负责人,电话', '腾达贸易,王小明,0755-26881234'].join('\n')) });
    expect(session.mapping.columns.map((c) => c.target)).toEqual(['company', 'fullName', 'phone.work']);
  });

  it('fills the owner of a stored contact a row updates only where it has none, unless the person chose to overwrite', async () => {
    const li = await b.value('staff.create', { name: '李娜' });
    const zhao = await b.value('staff.create', { name: '赵敏' });
    await b.value('contacts.create', { givenName: '小明', familyName: '王', phones: [{ value: '13800138000' }], ownerId: zhao.id });
    await b.value('contacts.create', { givenName: '伟', familyName: '张', phones: [{ value: '13900139000' }] });
    await importFile(b, registerText(b, 'a.csv', CRM), { mode: 'fillEmpty' });
    expect([await ownerOf('13800138000'), await ownerOf('13900139000')]).toEqual(['赵敏', 'anna weber']);
    await importFile(b, registerText(b, 'b.csv', CRM), { mode: 'overwrite' });
    expect(await ownerOf('13800138000')).toBe(li.name);
  });

  it('undoing the import removes the staff it added and leaves the database as it was', async () => {
    await b.value('staff.create', { name: '李娜' });
    const before = tableDump(b);
    const run = await importFile(b, registerText(b, 'CRM导出.csv', CRM));
    expect((await b.value('staff.list', {})).map((s) => s.name).sort()).toEqual(['anna weber', '李娜']);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(tableDump(b)).toEqual({ ...before, undo_batches: expect.any(Array), undo_entries: expect.any(Array), import_batches: expect.any(Array) });
    expect((await b.value('staff.list', {})).map((s) => s.name)).toEqual(['李娜']);
  });
});
