import { describe, expect, it } from 'vitest';
import { spreadLabelledPairs } from '../../../src/main/core/import-export/labelled-pairs';
import type { ParsedTable } from '../../../src/shared/import-export/table';

const table = (headers: string[], ...rows: string[][]): ParsedTable => ({
  headers,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  info: { format: 'csv', encoding: 'utf-8', delimiter: ',' },
});

describe('the labelled pairs of a Google export', () => {
  it('become columns named by their labels, whatever pair each contact used', () => {
    const spread = spreadLabelledPairs(
      table(
        ['Name', 'Relation 1 - Label', 'Relation 1 - Value', 'Relation 2 - Label', 'Relation 2 - Value', 'Notes'],
        ['Anna', 'Spouse', 'Thomas', '', '', 'a'],
        ['Bo', 'Child', 'Mia', 'Spouse', 'Lin', 'b'],
      ),
    );
    expect(spread.headers).toEqual(['Name', 'Notes', 'Spouse', 'Child']);
    expect(spread.rows).toEqual([
      { line: 2, cells: ['Anna', 'a', 'Thomas', ''] },
      { line: 3, cells: ['Bo', 'b', 'Lin', 'Mia'] },
    ]);
    expect(spread.info.labelled).toEqual(['Spouse', 'Child']);
  });

  it('names a pair without a label, or labelled "Other", by its kind, and drops Google\'s "*" of the main one', () => {
    const spread = spreadLabelledPairs(
      table(['Custom Field 1 - Label', 'Custom Field 1 - Value', 'Event 1 - Label', 'Event 1 - Value', 'IM 1 - Label', 'IM 1 - Service', 'IM 1 - Value'], ['', 'x', 'Other', '2001-02-03', '* Work', '', 'bo@jabber.example']),
    );
    expect(spread.headers).toEqual(['Custom Field', 'Event', 'Work']);
    expect(spread.rows[0]!.cells).toEqual(['x', '2001-02-03', 'bo@jabber.example']);
  });

  it('joins two values of one label in a row, and tells a label apart from a column the file has already', () => {
    const spread = spreadLabelledPairs(
      table(['Notes', 'Custom Field 1 - Label', 'Custom Field 1 - Value', 'Custom Field 2 - Label', 'Custom Field 2 - Value', 'Custom Field 3 - Label', 'Custom Field 3 - Value'], ['n', 'Notes', 'VIP since 2019', 'Hobby', 'Golf', 'hobby', 'Chess']),
    );
    expect(spread.headers).toEqual(['Notes', 'Custom Field - Notes', 'Hobby']);
    expect(spread.rows[0]!.cells).toEqual(['n', 'VIP since 2019', 'Golf, Chess']);
  });

  it('leaves a table without such pairs as it is', () => {
    const plain = table(['Name', 'Phone 1 - Label', 'Phone 1 - Value'], ['Anna', 'Mobile', '0151 1234567']);
    expect(spreadLabelledPairs(plain)).toBe(plain);
  });
});

describe('the websites of a Google export', () => {
  it('keeps the second and third under their labels beside the first, which stays the contact’s website', () => {
    const spread = spreadLabelledPairs(
      table(
        ['Name', 'Website 1 - Label', 'Website 1 - Value', 'Website 2 - Label', 'Website 2 - Value', 'Website 3 - Label', 'Website 3 - Value'],
        ['Anna', 'Work', 'https://weber.example', 'Blog', 'https://anna.blog.example', '', 'https://old.example'],
        ['Bo', '', 'https://bo.example', '', '', '', ''],
      ),
    );
    expect(spread.headers).toEqual(['Name', 'Website 1 - Label', 'Website 1 - Value', 'Website (Blog)', 'Website 3']);
    expect(spread.rows.map((r) => r.cells.slice(3))).toEqual([
      ['https://anna.blog.example', 'https://old.example'],
      ['', ''],
    ]);
  });
});
