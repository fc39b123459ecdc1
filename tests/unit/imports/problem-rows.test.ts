import { copyFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { readImportFile } from '../../../src/main/core/import-export/read-import-file';
import { writeXlsx } from '../../../src/main/core/import-export/write-xlsx';
import { tempBackend, tableCounts, type TempBackend } from '../support/temp-backend';
import { importFile, registerText } from './support';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'zh-CN' })));
afterEach(async () => b.dispose());

async function value<T>(res: Promise<{ ok: boolean; value?: T; error?: { message: string } }>): Promise<T> {
  const r = await res;
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
}

describe('rows to correct', () => {
  it('saves the rows with problems, each with its row and problems in the person’s words, keeping zeros, and not the totals row below them; corrected, that file imports without the two added columns', async () => {
    const csv = ['姓名,手机,邮编,生日', '王小明,13800138000,518000,1990-05-12', '李娜,13900139000,010020,1985-02-30', '张伟,12,200120,1978-11-02', '赵敏,13600136000,100020,1992-07-19', '合计：4人,,,'].join('\n');
    const session = await b.value('imports.open', { fileId: registerText(b, '客户.csv', csv) });
    const saved = await value(b.call('imports.problemRows', { sessionId: session.sessionId, mapping: session.mapping }, 'zh-CN'));
    expect([saved.fileName, saved.rows]).toEqual(['客户－待修改的行.xlsx', 2]);
    const path = filesFor(b.base).get(saved.fileId).path;
    const table = await readImportFile(path);
    expect(table.headers).toEqual(['姓名', '手机', '邮编', '生日', '原文件行号', '问题']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['李娜', '13900139000', '010020', '1985-02-30', '3', '第 3 行，生日：1985-02-30 不是有效的日期'],
      ['张伟', '12', '200120', '1978-11-02', '4', '第 4 行，手机：12 中没有电话号码'],
    ]);
    expect(tableCounts(b).contacts).toBe(0);

    // The person corrects the two rows in a spreadsheet program and imports that file.
    const corrected = table.rows.map((r) => [r.cells[0], r.cells[1] === '12' ? '13700137000' : r.cells[1], r.cells[2], r.cells[3] === '1985-02-30' ? '1985-02-28' : r.cells[3], r.cells[4], r.cells[5]]);
    const columns = table.headers.map((header, i) => ({ key: `c${i}`, header }));
    await writeXlsx(path, columns, corrected.map((cells) => Object.fromEntries(cells.map((c, i) => [`c${i}`, c]))));
    const file = filesFor(b.base).create('客户－待修改的行.xlsx');
    copyFileSync(path, file.path);
    const again = await importFile(b, file.id);
    expect(again.session.mapping.columns.map((c) => c.target)).toEqual(['fullName', 'phone.mobile', 'address.work.postcode', 'birthday', null, null]);
    expect(again.job.result).toMatchObject({ created: 2, invalid: 0 });
    expect(await b.value('customFields.list', {})).toEqual([]);
  });

  it('saves a sales file’s rows with problems the same way, its totals row left out', async () => {
    const csv = ['日期,客户,产品,金额', '2026-01-05,王小明,茶叶,1280', '2026-01-06,李娜,茶具,abc', '合计,,,1280'].join('\n');
    const session = await b.value('imports.open', { fileId: registerText(b, 'sales.csv', csv), kind: 'sales' });
    const saved = await b.value('imports.problemRows', { sessionId: session.sessionId, mapping: session.mapping });
    const table = await readImportFile(filesFor(b.base).get(saved.fileId).path);
    expect(table.rows.map((r) => r.cells.slice(0, 5))).toEqual([['2026-01-06', '李娜', '茶具', 'abc', '3']]);
  });
});
