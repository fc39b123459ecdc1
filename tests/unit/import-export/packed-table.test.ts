import { describe, expect, it } from 'vitest';
import { packTable, packedBuffers, unpackTable } from '../../../src/main/core/imports/packed-table';
import type { ParsedTable } from '../../../src/shared/import-export/table';

describe('handing opened rows to the import thread', () => {
  it('gives back every cell exactly, Chinese, emoji, line breaks and empty cells included', () => {
    const table: ParsedTable = {
      headers: ['姓名', 'Notes', 'Postcode'],
      info: { format: 'xlsx', sheet: '客户', sheets: ['客户'] },
      rows: [
        { line: 2, cells: ['欧阳娜娜', 'likes 🍵\r\nand cake', '010020'] },
        { line: 5, cells: ['', '', ''] },
        { line: 6, cells: ['Anna Weber', 'x'.repeat(40_000), '02134'] },
      ],
    };
    const packed = packTable(table);
    expect(packedBuffers(packed).every((b) => b instanceof ArrayBuffer)).toBe(true);
    // Structured clone is what the thread receives.
    expect(unpackTable(structuredClone(packed, { transfer: packedBuffers(packed) }))).toEqual(table);
  });

  it('keeps a Latin sheet at a byte a character, so a large workbook costs the thread half as much', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ line: i + 2, cells: [`Anna Weber ${i}`, `person${i}@example.com`, '王小明'] }));
    const table: ParsedTable = { headers: ['Name', 'Email', '姓名'], info: { format: 'xlsx', sheet: 'A', sheets: ['A'] }, rows };
    const chars = rows.reduce((n, r) => n + r.cells.join('').length, 0);
    const packed = packTable(table);
    // Three Chinese characters a row take three bytes each; everything else one.
    expect(packed.text.byteLength).toBe(chars + 1000 * 3 * 2);
    expect(unpackTable(packed)).toEqual(table);
  });

  it('an empty table stays empty', () => {
    const table: ParsedTable = { headers: ['Name'], info: { format: 'csv', encoding: 'utf-8', delimiter: ',' }, rows: [] };
    expect(unpackTable(packTable(table))).toEqual(table);
  });
});
