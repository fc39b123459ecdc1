import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileReadError } from '../../../src/main/core/import-export/file-read-error';
import { readImportFile, type ReadOptions } from '../../../src/main/core/import-export/read-import-file';
import { writeXlsx } from '../../../src/main/core/import-export/write-xlsx';
import { importExportErrorsEn } from '../../../src/shared/i18n/importExport.en';
import { importExportErrorsZhCN } from '../../../src/shared/i18n/importExport.zh-CN';
import { fixture, tempDir } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.dispose());

/** Reads the file and returns the FileReadError it must fail with (anything else fails the test). */
async function failure(path: string, options: ReadOptions = {}): Promise<FileReadError> {
  try {
    await readImportFile(path, options);
  } catch (err) {
    expect(err).toBeInstanceOf(FileReadError);
    return err as FileReadError;
  }
  throw new Error(`${path} was read without complaint`);
}

/** The message the dispatcher would show, from the same key and params. */
function message(err: FileReadError, locale: 'en' | 'zh-CN'): string {
  const i = i18next.createInstance();
  void i.init({
    lng: locale,
    initAsync: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
    resources: {
      en: { translation: { errors: { importExport: importExportErrorsEn } } },
      'zh-CN': { translation: { errors: { importExport: importExportErrorsZhCN } } },
    },
  });
  return i.t(`errors.${err.key}`, err.params);
}

describe('files that cannot be imported get a clear message', () => {
  it('random bytes named .xlsx: not an Excel workbook', async () => {
    const err = await failure(fixture('random-bytes.xlsx'));
    expect(err.kind).toBe('notAWorkbook');
    expect(message(err, 'en')).toBe('“random-bytes.xlsx” is not an Excel workbook, although its name says so. Open it in Excel and save it again as .xlsx.');
    expect(message(err, 'zh-CN')).toContain('不是 Excel 工作簿');
  });

  it('an XLSX cut short: damaged or incomplete', async () => {
    const whole = readFileSync(fixture('two-sheets.xlsx'));
    const path = join(tmp.dir, 'cut.xlsx');
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const err = await failure(path);
    expect(err.kind).toBe('workbookIncomplete');
    expect(message(err, 'en')).toBe('“cut.xlsx” is incomplete: the end of the workbook is missing (an interrupted download or copy?). Copy it again from where it came from.');
    expect(message(err, 'zh-CN')).toBe('“cut.xlsx”不完整：工作簿的结尾缺失（可能是下载或复制被中断）。请从原处重新复制一份。');
  });

  it('an XLSX whose insides were overwritten: damaged', async () => {
    const bytes = Buffer.from(readFileSync(fixture('two-sheets.xlsx')));
    bytes.fill(0x41, 200, bytes.length - 1200);
    const path = join(tmp.dir, 'scrambled.xlsx');
    writeFileSync(path, bytes);
    expect((await failure(path)).kind).toBe('corruptWorkbook');
  });

  it('a CSV with an unclosed quote: the row where the quote starts', async () => {
    const err = await failure(fixture('unclosed-quote.csv'));
    expect(err.details).toMatchObject({ line: 3 });
    expect(message(err, 'en')).toBe('“unclosed-quote.csv”, row 3: a quoted value starts here and is never closed, so the rest of the file cannot be read.');
    expect(message(err, 'zh-CN')).toBe('“unclosed-quote.csv”第 3 行：此处开始的带引号的内容没有结束引号，文件其余部分无法读取。');
  });

  it('a vCard without END: the line of the unfinished card', async () => {
    const err = await failure(fixture('no-end.vcf'));
    expect(err.kind).toBe('vcardUnterminated');
    expect(message(err, 'en')).toBe('“no-end.vcf”, line 5: a contact card starts here and has no END:VCARD.');
  });

  it('a .vcf with no card at all', async () => {
    const path = join(tmp.dir, 'notes.vcf');
    writeFileSync(path, 'just some notes\n');
    expect((await failure(path)).kind).toBe('notAVcard');
  });

  it('an empty file, and one of blank lines only', async () => {
    expect(message(await failure(fixture('empty.csv')), 'en')).toBe('“empty.csv” is empty.');
    expect((await failure(fixture('blank-lines.csv'))).kind).toBe('empty');
  });

  it('a CSV with 5 MB in one cell: the row and column of that cell', async () => {
    const path = join(tmp.dir, 'huge-cell.csv');
    writeFileSync(path, `Name,Notes\r\nAnna,short\r\nBo,"${'x'.repeat(5 * 1024 * 1024)}"\r\n`);
    const err = await failure(path);
    expect(err.details).toMatchObject({ line: 3, column: 'Notes', limitChars: 32_767 });
    expect(message(err, 'en')).toBe('“huge-cell.csv”, row 3, Notes: the cell holds more than 32767 characters, more than a spreadsheet cell can.');
  });

  it('an XLSX with 5 MB in one cell: the row and column of that cell', async () => {
    const path = join(tmp.dir, 'huge-cell.xlsx');
    await writeXlsx(path, [{ key: 'name', header: 'Name' }, { key: 'notes', header: 'Notes' }], [{ name: 'Anna', notes: 'x'.repeat(5 * 1024 * 1024) }]);
    expect((await failure(path)).details).toMatchObject({ line: 2, column: 'Notes' });
  });

  it('a file over the size limit is refused before it is read', async () => {
    const path = join(tmp.dir, 'big.csv');
    copyFileSync(fixture('google-contacts.csv'), path);
    const err = await failure(path, { limits: { maxBytes: 512 } });
    expect(err.kind).toBe('tooLarge');
    const huge = join(tmp.dir, 'three-mb.csv');
    writeFileSync(huge, 'a,b\r\n'.repeat(600_000));
    const big = await failure(huge, { limits: { maxBytes: 2 * 1024 * 1024 } });
    expect(message(big, 'en')).toBe('“three-mb.csv” is 2.9 MB; files up to 2 MB can be imported. Split it into smaller files.');
  });

  it('a file that is not there', async () => {
    const err = await failure(join(tmp.dir, 'gone.csv'));
    expect(message(err, 'en')).toBe('“gone.csv” is no longer there. It may have been moved or deleted.');
  });

  it('a folder picked instead of a file, and binary junk named .csv', async () => {
    expect(message(await failure(tmp.dir), 'en')).toMatch(/could not be read \(EISDIR\)/);
    const junk = join(tmp.dir, 'junk.csv');
    copyFileSync(fixture('random-bytes.xlsx'), junk);
    expect(message(await failure(junk), 'zh-CN')).toBe('“junk.csv”既不是表格文件（CSV、TXT、XLSX、XLS），也不是通讯录文件（vCard）。');
  });

  it('a sheet that is not in the workbook', async () => {
    const err = await failure(fixture('two-sheets.xlsx'), { sheet: 'Kunden' });
    expect(message(err, 'en')).toBe('“two-sheets.xlsx” has no sheet named “Kunden”.');
  });
});
