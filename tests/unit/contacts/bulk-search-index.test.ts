import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { BULK_ROWS, ContactWriter } from '../../../src/main/core/contacts/contact-writer';
import { ContactDraft } from '../../../src/shared/contacts/contact.schema';

let b: TempBackend;
beforeAll(async () => (b = await tempBackend({ systemLocale: 'de-DE' })));
afterAll(async () => b.dispose());

const found = async (search: string) => (await b.value('contacts.list', { search })).total;
const draft = (familyName: string) => ContactDraft.parse({ givenName: 'Anna', familyName, phones: [{ value: '030 1234567' }] });

describe('a bulk write that puts part of its search entries in while it waits for rows', () => {
  it('finds every new contact, including one changed after its entry went in, and leaves a sound index', async () => {
    const sqlite = b.connection.sqlite;
    const writer = new ContactWriter(sqlite, 'DE');
    const now = new Date().toISOString();
    let early = 0;
    sqlite.transaction(() =>
      writer.bulk(BULK_ROWS, () => {
        for (let n = 0; n < BULK_ROWS; n++) {
          const id = writer.insert(draft(`Früh-${n}-`), now);
          if (n === 10) early = id;
          if (n === 2000) {
            expect(writer.index.indexGathered(1000)).toBe(true);
            // Nothing gathered since: nothing to do.
            expect(writer.index.indexGathered(1)).toBe(false);
          }
        }
        writer.replace(early, draft('Später-10-'), now);
      }),
    )();
    // Outside a bulk write there is nothing gathered to index.
    expect(writer.index.indexGathered(1)).toBe(false);
    expect(await found('Früh-2000-')).toBe(1);
    expect(await found('Früh-4999-')).toBe(1);
    expect(await found('Später-10-')).toBe(1);
    expect(await found('Früh-10-')).toBe(0);
    expect(await found('Früh')).toBe(BULK_ROWS - 1);
    // FTS5 checks that its index holds exactly what the documents say.
    expect(() => sqlite.exec("insert into contact_fts (contact_fts, rank) values ('integrity-check', 1)")).not.toThrow();
    expect(sqlite.prepare("select count(*) from sqlite_temp_master where name = 'bulk_docs'").pluck().get()).toBe(0);
  });
});
