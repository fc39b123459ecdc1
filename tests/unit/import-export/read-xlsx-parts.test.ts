import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listSheets, readImportFile } from '../../../src/main/core/import-export/read-import-file';
import { writeXlsxSheets } from '../../../src/main/core/import-export/write-xlsx';
import { xmlText } from '../../../src/main/core/import-export/read-xlsx-xml';
import { tempDir } from './fixtures';
import { sheetXml, workbookParts, writeZip } from './xlsx-builder';

const tmp = tempDir();
afterAll(() => tmp.dispose());

const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`;

describe('reading XLSX workbooks as other programs write them', () => {
  it('reads every sheet of a full export (the workbook part written after the sheets) by its name', async () => {
    const path = join(tmp.dir, 'full-export.xlsx');
    await writeXlsxSheets(path, [
      { name: 'contacts', columns: [{ key: 'name', header: 'Name' }, { key: 'zip', header: 'Postcode' }], rows: [{ name: '王小明', zip: '010020' }] },
      { name: 'tags', columns: [{ key: 'tag', header: 'Tag' }], rows: [{ tag: 'VIP' }, { tag: '大客户' }] },
      { name: 'sales', columns: [{ key: 'amount', header: 'Amount', type: 'number' }, { key: 'on', header: 'Sold on', type: 'date' }], rows: [{ amount: 1234.5, on: '2024-02-29' }] },
    ]);
    expect(await listSheets(path)).toEqual(['contacts', 'tags', 'sales']);
    const tags = await readImportFile(path, { sheet: 'tags' });
    expect(tags.info).toMatchObject({ sheet: 'tags', sheets: ['contacts', 'tags', 'sales'] });
    expect(tags.rows.map((r) => r.cells)).toEqual([['VIP'], ['大客户']]);
    const sales = await readImportFile(path, { sheet: 'sales' });
    expect(sales.rows[0]?.cells).toEqual(['1234.5', '2024-02-29']);
    expect((await readImportFile(path)).rows[0]?.cells).toEqual(['王小明', '010020']);
  });

  it('reads prefixed elements, rich text without its phonetic guide, booleans, errors, formulas and dates', async () => {
    const path = join(tmp.dir, 'other-program.xlsx');
    const rows = [
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Birthday</x:t></x:is></x:c><x:c r="C1" t="str"><x:f>"Active"</x:f><x:v>Active</x:v></x:c>',
      '<x:c r="D1" t="s"><x:v>1</x:v></x:c><x:c r="E1" t="inlineStr"><x:is><x:t>Total</x:t></x:is></x:c><x:c r="F1" t="inlineStr"><x:is><x:t>Code</x:t></x:is></x:c></x:row>',
      '<x:row r="2" spans="1:6"><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="B2" s="1"><x:v>32339</x:v></x:c><x:c r="C2" t="b"><x:v>1</x:v></x:c>',
      '<x:c r="D2" t="inlineStr"><x:is><x:r><x:t>Line 1_x000D_</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">&amp; more &#x4E2D;</x:t></x:r></x:is></x:c>',
      '<x:c r="E2"><x:f>SUM(1,2)</x:f></x:c><x:c r="F2" t="e"><x:v>#N/A</x:v></x:c></x:row>',
      '<x:row r="4"><x:c t="inlineStr"><x:is><x:t>Bo</x:t></x:is></x:c><x:c s="1"><x:v>45000.5</x:v></x:c><x:c/><x:c t="s"><x:v>3</x:v></x:c></x:row>',
    ].join('');
    const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Name</t></si><si><t>Notes</t></si><si><r><t>山田</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 太郎</t></r><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><phoneticPr fontId="1"/></si><si/></sst>`;
    const [pkg, rels, workbook] = workbookParts(['Kunden', 'Leer'], { styles: true, sharedStrings: true });
    writeZip(path, [
      ['xl/worksheets/sheet1.xml', sheetXml(rows).replace(/<(\/?)(worksheet|sheetData|dimension|mergeCells)/g, '<$1x:$2').replace('xmlns=', 'xmlns:x=')],
      ['xl/worksheets/sheet2.xml', sheetXml('')],
      pkg!,
      rels!,
      workbook!,
      ['xl/styles.xml', STYLES],
      ['xl/sharedStrings.xml', strings],
    ]);
    expect(await listSheets(path)).toEqual(['Kunden', 'Leer']);
    const table = await readImportFile(path);
    expect(table.headers).toEqual(['Name', 'Birthday', 'Active', 'Notes', 'Total', 'Code']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['山田 太郎', '1988-07-15', 'TRUE', 'Line 1\r& more 中', '', '#N/A'] },
      { line: 4, cells: ['Bo', '2023-03-15 12:00', '', '', '', ''] },
    ]);
    await expect(readImportFile(path, { sheet: 'Leer' })).rejects.toMatchObject({ kind: 'empty' });
  });

  it('counts dates from 1904 in workbooks that say so (old Mac Excel)', async () => {
    const path = join(tmp.dir, 'mac-1904.xlsx');
    const parts = workbookParts(['Sheet1'], { styles: true, workbookPr: '<x:workbookPr date1904="1"/>' });
    writeZip(path, [...parts, ['xl/styles.xml', STYLES], ['xl/worksheets/sheet1.xml', sheetXml('<row><c t="inlineStr"><is><t>Born</t></is></c></row><row><c s="1"><v>0</v></c></row>')]]);
    const table = await readImportFile(path);
    expect(table.rows).toEqual([{ line: 2, cells: ['1904-01-01'] }]);
  });
});

describe('the text of a workbook\'s XML', () => {
  it('reads the five entities and leaves any other as written, "&constructor;" included', () => {
    expect(xmlText('a &amp; b &lt;c&gt; &quot;d&apos; &constructor; &#x4E2D;&#25991;')).toBe('a & b <c> "d\' &constructor; 中文');
  });
});

describe('spreadsheets in a zip that are not XLSX', () => {
  it('reads an OpenDocument sheet (.ods) through SheetJS, also when it is named .xlsx', async () => {
    const path = join(tmp.dir, 'calc-sheet.xlsx');
    const cell = (text: string) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
    const row = (...texts: string[]) => `<table:table-row>${texts.map(cell).join('')}</table:table-row>`;
    writeZip(path, [
      ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
      [
        'content.xml',
        `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="客户">${row('姓名', '邮编')}${row('王小明', '010020')}</table:table></office:spreadsheet></office:body></office:document-content>`,
      ],
      ['META-INF/manifest.xml', `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`],
    ]);
    expect(await listSheets(path)).toEqual(['客户']);
    const table = await readImportFile(path);
    expect(table.rows.map((r) => r.cells)).toEqual([['王小明', '010020']]);
  });
});
