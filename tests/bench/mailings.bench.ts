import { join } from 'node:path';
import { createBackend } from '../../src/main/app/create-backend';
import { createContacts } from '../../src/main/core/contacts/contacts.service';
import { filesFor } from '../../src/main/core/files/file-registry';
import { previewRun, printRun } from '../../src/main/core/mailings/runs.service';
import { closePdfRenderer } from '../../src/main/core/mailings/shared-renderer';
import { ContactDraft } from '../../src/shared/contacts/contact.schema';
import { PreviewQuery, RunCommand } from '../../src/shared/contract/mailings.contract';
import { median, timed, type Bench, type Emit } from './bench-kit';

const given = ['Anna', 'Peter', 'Maria', 'Jonas', 'Lea', 'Felix', 'Sophie', 'Paul'];
const family = ['Müller', 'Schmidt', 'Fischer', 'Becker', 'Hoffmann', 'Wagner', 'Koch', 'Richter', 'Klein'];

const LETTER = `<p>{{salutation}}</p>${'<p>Thank you for another year of working together. We look forward to the next one.</p>'.repeat(4)}<p>Kind regards</p><p>{{ownerName}}</p>`;

/** A group of n customers with German addresses, one in ten Chinese. */
function drafts(n: number, groupId: number) {
  return Array.from({ length: n }, (_, i) =>
    ContactDraft.parse(
      i % 10 === 9
        ? { givenName: '小明', familyName: '王', groupIds: [groupId], addresses: [{ street: `中关村大街${i}号`, city: '海淀区', region: '北京市', postcode: String(100000 + (i % 900)), country: 'CN' }] }
        : {
            givenName: given[i % given.length],
            familyName: `${family[i % family.length]}${i}`,
            namePrefix: i % 2 ? 'Frau' : 'Herr',
            groupIds: [groupId],
            addresses: [{ street: `Lindenallee ${(i % 97) + 1}`, city: 'Hamburg', postcode: String(20000 + ((i * 37) % 2000)), country: 'DE' }],
          },
    ),
  );
}

/**
 * Label runs as a person starts them, from the database: a group of 3,000 customers read,
 * planned and previewed (first page), and printed to a PDF with 3,000 history entries logged.
 * Reports mailings.preview_first_page_3000_ms, mailings.labels_run_3000_ms and, for 500 one-page
 * letters read from the database, mailings.letters_run_500_ms.
 */
export const mailingsBench: Bench = {
  names: ['mailings.'],
  async run(emit: Emit, env) {
    const report = (name: string, value: number, unit: string) => emit({ name, value: Math.round(value * 10) / 10, unit });
    const backend = await createBackend({ dataFile: join(env.dir, 'mailings.sqlite'), mode: 'browser', systemLocale: 'de-DE' });
    const ctx = { ...backend.base, locale: 'en' as const };
    try {
      const group = await ctx.db.insertInto('contact_groups').values({ name: 'Christmas', description: '', created_at: new Date().toISOString() }).executeTakeFirstOrThrow();
      const groupId = Number(group.insertId);
      await createContacts(ctx, drafts(3000, groupId));
      const base = { source: { type: 'group' as const, groupId }, document: { kind: 'labels' as const, sheetId: 'avery-5160' } };
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) samples.push(await timed(() => previewRun(ctx, PreviewQuery.parse(base))));
      report('mailings.preview_first_page_3000_ms', median(samples), 'ms');
      await printRun(ctx, RunCommand.parse({ ...base, document: { ...base.document, sheetId: 'avery-7160' } }));
      report('mailings.labels_run_3000_ms', await timed(() => printRun(ctx, RunCommand.parse(base))), 'ms');
      const now = new Date().toISOString();
      const template = await ctx.db
        .insertInto('letter_templates')
        .values({ name: 'Christmas', language: 'en', form: 'din5008-b', subject: 'Season’s greetings', html: LETTER, created_at: now, updated_at: now })
        .executeTakeFirstOrThrow();
      const ids = (await ctx.db.selectFrom('contact_group_members').select('contact_id').where('group_id', '=', groupId).limit(500).execute()).map((r) => r.contact_id);
      const letters = RunCommand.parse({ source: { type: 'selection', ids }, document: { kind: 'letters', templateId: Number(template.insertId) } });
      report('mailings.letters_run_500_ms', await timed(() => printRun(ctx, letters)), 'ms');
    } finally {
      await closePdfRenderer();
      filesFor(backend.base).clear();
      await backend.close();
    }
  },
};
