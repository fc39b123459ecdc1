import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../src/main/core/import-export/detect-encoding';
import { readImportFile } from '../../../src/main/core/import-export/read-import-file';
import { fixture } from './fixtures';

const chineseRows = [
  ['欧阳娜娜', '13800138000', '深圳市腾达贸易有限公司', '广东省深圳市南山区科技园路1号', '1988-07-15', '老客户'],
  ['王小明', '13912345678', '北京华联商厦', '北京市朝阳区建国路88号', '1990-01-02', '大客户，需月结'],
];

describe('reading text files in the encodings Excel writes', () => {
  it.each([
    ['utf8-bom.csv', 'utf-8', ','],
    ['utf8-nobom.csv', 'utf-8', ','],
    ['gbk.csv', 'gb18030', ','],
    ['utf16le-excel-unicode.txt', 'utf-16le', '\t'],
    ['utf16be.txt', 'utf-16be', '\t'],
  ])('reads %s without mojibake', async (name, encoding, delimiter) => {
    const table = await readImportFile(fixture(name));
    expect(table.info).toMatchObject({ format: 'csv', encoding, delimiter });
    expect(table.headers).toEqual(['姓名', '手机', '公司', '地址', '生日', '备注']);
    expect(table.rows.map((r) => r.cells)).toEqual(chineseRows);
    expect(table.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reads a traditional Chinese Big5 file from Taiwan', async () => {
    const table = await readImportFile(fixture('big5.csv'));
    expect(table.info.encoding).toBe('big5');
    expect(table.rows[0]?.cells).toEqual(['張偉', '0912345678', '台灣貿易股份有限公司', '台北市信義區信義路五段7號']);
  });

  it('reads a Japanese Shift-JIS file', async () => {
    const table = await readImportFile(fixture('shift-jis.csv'));
    expect(table.info.encoding).toBe('shift_jis');
    expect(table.headers).toEqual(['氏名', '電話', '会社', '住所']);
    expect(table.rows[0]?.cells[2]).toBe('株式会社さくら商事');
  });

  it('reads a German Windows-1252 file with umlauts and a curly apostrophe', async () => {
    const table = await readImportFile(fixture('windows-1252.csv'));
    expect(table.info).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Jürgen', 'Müller', 'Café Größe GmbH', 'München'],
      ['Françoise', 'Lefèvre', 'Société Générale', 'Zoë’s Town'],
    ]);
  });

  it('reads a Mac Roman file as Excel for Mac saves "CSV", lines ended by CR alone', async () => {
    const table = await readImportFile(fixture('mac-roman.csv'));
    expect(table.info).toMatchObject({ encoding: 'macintosh', delimiter: ',' });
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Jürgen', 'Müller', 'Bäckerei Weiß', 'Köln'],
      ['François', 'Dupré', 'Café de l’Église', 'Genève'],
    ]);
    expect(table.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('tells Windows-1252 from Mac Roman, and from GBK, on a line of Western names', () => {
    for (const line of ['Name\r\nJürgen Müller, Straße 5\r\n', 'Name\r\nSeán O’Brien\r\n', 'Note\r\n“Don’t call” – email\r\n']) {
      expect(detectEncoding(iconv.encode(line, 'windows-1252'))).toBe('windows-1252');
      expect(detectEncoding(iconv.encode(line, 'macintosh'))).toBe('macintosh');
    }
  });

  it('reads a Russian Windows-1251 file', async () => {
    const table = await readImportFile(fixture('windows-1251.csv'));
    expect(table.info.encoding).toBe('windows-1251');
    expect(table.rows[1]?.cells).toEqual(['Мария', 'Смирнова', 'АО Север', 'Санкт-Петербург']);
  });

  it('uses the encoding the person picks instead of the detected one', async () => {
    const table = await readImportFile(fixture('gbk.csv'), { encoding: 'big5' });
    expect(table.info.encoding).toBe('big5');
    expect(table.headers[0]).not.toBe('姓名');
  });

  it('tells GBK from Big5 and Shift-JIS on a file of names only', () => {
    const names = '王伟\r\n李娜\r\n张敏\r\n刘洋\r\n陈静\r\n';
    expect(detectEncoding(iconv.encode(names, 'gbk'))).toBe('gb18030');
    expect(detectEncoding(iconv.encode('陳怡君\r\n林志明\r\n黃淑芬\r\n', 'big5'))).toBe('big5');
    expect(detectEncoding(iconv.encode('佐藤健\r\n高橋一郎\r\n', 'shift_jis'))).toBe('shift_jis');
  });

  it('keeps UTF-8 when a multi-byte character straddles the sampled part of a large file', () => {
    const big = Buffer.from('名'.repeat(200_000) + '\n', 'utf8');
    expect(detectEncoding(big)).toBe('utf-8');
    expect(readFileSync(fixture('utf8-nobom.csv')).length).toBeGreaterThan(0);
  });
});
