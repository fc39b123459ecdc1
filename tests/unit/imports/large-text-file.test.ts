import { describe, expect, it } from 'vitest';
import { readSessionTable } from '../../../src/main/core/imports/import-sessions';
import { fixture } from './support';

const rowsOf = (t: Awaited<ReturnType<typeof readSessionTable>>) => ({ headers: t.headers, info: t.info, rowCount: t.rowCount, rows: [...t.rows] });
const inThread = (name: string) => readSessionTable(fixture(name), {}, 0);
const here = (name: string) => readSessionTable(fixture(name), {}, Infinity);

describe('a large text file opened for import', () => {
  it.each(['gbk.csv', 'utf16le-excel-unicode.txt', 'delim-semicolon.csv', 'quoted-newlines.csv', 'shift-jis.csv', 'chinese-headers.csv', 'google-contacts.csv'])(
    'is read on its own thread into packed rows, the same rows as read on the app’s thread: %s',
    async (name) => {
      const packed = await inThread(name);
      expect(packed.packed).not.toBeNull();
      const plain = await here(name);
      expect(plain.packed).toBeNull();
      expect(rowsOf(packed)).toEqual(rowsOf(plain));
    },
  );

  it('that cannot be read gets the same message from the thread as from the app’s thread', async () => {
    const onAppThread = await here('unclosed-quote.csv').then(() => null, (e: unknown) => e);
    expect(onAppThread).toMatchObject({ kind: 'unclosedQuote' });
    await expect(inThread('unclosed-quote.csv')).rejects.toThrow((onAppThread as Error).message);
  });
});
