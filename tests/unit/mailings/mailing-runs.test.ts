import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { closePdfRenderer } from '../../../src/main/core/mailings/shared-renderer';
import type { InputOf } from '../../../src/shared/contract';
import { tempBackend, type TempBackend } from '../support/temp-backend';

let b: TempBackend;
beforeEach(async () => {
  b = await tempBackend({ systemLocale: 'de-DE' });
});
afterEach(async () => {
  await b.dispose();
});
afterAll(async () => {
  await closePdfRenderer();
});

const pdfText = (fileId: string | null): string => {
  const file = filesFor(b.ctx).get(fileId ?? '');
  return execFileSync('pdftotext', ['-layout', file.path, '-'], { encoding: 'utf8' });
};

type Draft = InputOf<'contacts.create'>;
const berlin = { street: 'Hauptstraße 5', city: 'Berlin', region: '', postcode: '10115', country: 'DE' };

/** A Christmas group: two who get mail, one without an address, one who asked for no letters. */
async function christmasGroup() {
  const group = await b.value('groups.create', { name: 'Christmas' });
  const staff = await b.value('staff.create', { name: 'Lena Vogel' });
  const make = (d: Draft) => b.value('contacts.create', { ...d, groupIds: [group.id] });
  const weber = await make({ givenName: 'Hans', familyName: 'Weber', namePrefix: 'Herr Dr.', addresses: [berlin] });
  const smith = await make({
    givenName: 'John',
    familyName: 'Smith',
    namePrefix: 'Mr',
    addresses: [{ street: '301 Hamilton Avenue', city: 'Palo Alto', region: 'CA', postcode: '94301', country: 'US' }],
  });
  const nomad = await make({ givenName: 'Nora', familyName: 'Nomad' });
  const quiet = await make({
    givenName: 'Quinn',
    familyName: 'Quiet',
    addresses: [{ ...berlin, street: 'Ring 9' }],
    comm: { phone: true, email: true, letter: false, marketing: false, doNotContact: false },
  });
  return { group, staff, weber, smith, nomad, quiet };
}

describe('a label run from a group', () => {
  it('skips contacts without an address or who asked for no letters, with the reason, and prints the rest', async () => {
    const { group, staff, weber, smith, nomad, quiet } = await christmasGroup();
    const res = await b.value('mailings.run', {
      name: 'Christmas 2026',
      source: { type: 'group', groupId: group.id },
      document: { kind: 'labels', sheetId: 'avery-7160' },
      staffId: staff.id,
    });
    expect(res.skipped).toEqual([
      { id: nomad.id, name: 'Nora Nomad', reason: 'noAddress' },
      { id: quiet.id, name: 'Quinn Quiet', reason: 'noLetters' },
    ]);
    expect(res.run).toMatchObject({ kind: 'labels', target: 'Avery 7160', contacts: 2, pieces: 2, pages: 1, skipped: 2, staffName: 'Lena Vogel' });
    const text = pdfText(res.fileId);
    expect(text).toContain('Herrn Dr. Hans Weber');
    expect(text).toContain('10115 Berlin');
    expect(text).toContain('Mr John Smith');
    expect(text).toContain('UNITED STATES');
    expect(text).not.toContain('Quinn');
    expect([weber.id, smith.id]).toEqual(expect.arrayContaining((await b.value('mailings.runs.get', { id: res.run.id })).recipientIds));
  });

  it('logs the run in each reached contact’s history, with who sent it, and nowhere else', async () => {
    const { group, staff, weber, nomad } = await christmasGroup();
    const res = await b.value('mailings.run', {
      name: 'Christmas 2026',
      source: { type: 'group', groupId: group.id },
      document: { kind: 'labels', sheetId: 'avery-7160' },
      staffId: staff.id,
    });
    const history = await b.value('history.list', { contactId: weber.id });
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ kind: 'label', summary: 'Christmas 2026 · Avery 7160', staffName: 'Lena Vogel', payload: { runId: res.run.id } });
    expect((await b.value('history.list', { contactId: nomad.id })).total).toBe(0);
    expect((await b.value('mailings.runs.list', { contactId: weber.id })).map((r) => r.id)).toEqual([res.run.id]);
    expect((await b.value('mailings.runs.list', { contactId: nomad.id })).map((r) => r.id)).toEqual([]);
  });

  it('includes people who asked for no letters when overridden', async () => {
    const { group } = await christmasGroup();
    const res = await b.value('mailings.run', {
      source: { type: 'group', groupId: group.id },
      document: { kind: 'labels', sheetId: 'avery-7160' },
      choices: { overrideNoLetters: true },
    });
    expect(res.skipped.map((s) => s.reason)).toEqual(['noAddress']);
    expect(pdfText(res.fileId)).toContain('Quinn Quiet');
  });

  it('reprints exactly what was printed, even after the contact moved', async () => {
    const { group, weber } = await christmasGroup();
    const first = await b.value('mailings.run', { source: { type: 'group', groupId: group.id }, document: { kind: 'labels', sheetId: 'avery-7160', startAt: 4 } });
    await b.value('contacts.update', { id: weber.id, draft: { givenName: 'Hans', familyName: 'Weber', addresses: [{ ...berlin, street: 'Neue Allee 1' }] } });
    const again = await b.value('mailings.reprint', { runId: first.run.id });
    expect(pdfText(again.fileId)).toBe(pdfText(first.fileId));
    expect(again.run.reprintOf).toBe(first.run.id);
    expect((await b.value('history.list', { contactId: weber.id })).total).toBe(1);
  });

  it('takes back a run whose printing was cancelled, history and all', async () => {
    const { group, weber } = await christmasGroup();
    const res = await b.value('mailings.run', { source: { type: 'group', groupId: group.id }, document: { kind: 'labels', sheetId: 'avery-7160' }, output: 'html' });
    expect(res.html).toContain('@page');
    await b.value('mailings.runs.cancel', { id: res.run.id });
    expect((await b.value('history.list', { contactId: weber.id })).total).toBe(0);
    expect(await b.value('mailings.runs.list', {})).toEqual([]);
  });

  it('refuses a run where nobody can be reached, and logs nothing', async () => {
    const group = await b.value('groups.create', { name: 'Empty' });
    await b.value('contacts.create', { givenName: 'Nora', familyName: 'Nomad', groupIds: [group.id] });
    const res = await b.call('mailings.run', { source: { type: 'group', groupId: group.id }, document: { kind: 'labels', sheetId: 'avery-7160' } });
    expect(res.ok).toBe(false);
    expect(res.ok ? '' : res.error.code).toBe('validation');
    expect(await b.value('mailings.runs.list', {})).toEqual([]);
  });
});

describe('a letter run', () => {
  it('prints one merged letter per contact, counts letters per staff member and per customer', async () => {
    const { group, staff, weber } = await christmasGroup();
    await b.value('mailings.settings.update', {
      letterhead: { senderName: 'Desk GmbH', address: { street: 'Ring 1', city: 'Hamburg', postcode: '20095', country: 'DE' } },
    });
    const template = await b.value('mailings.templates.save', {
      draft: { name: 'Christmas letter', language: 'en', form: 'din5008-b', subject: 'Season’s greetings', html: '<p>{{salutation}}</p><p>Thank you for a good year.</p>' },
    });
    const res = await b.value('mailings.run', {
      source: { type: 'group', groupId: group.id },
      document: { kind: 'letters', templateId: template.id },
      staffId: staff.id,
    });
    expect(res.run).toMatchObject({ kind: 'letters', contacts: 2, pages: 2 });
    const text = pdfText(res.fileId);
    expect(text).toContain('Dear Dr. Weber,');
    expect(text).toContain('Dear Mr Smith,');
    expect(text).toContain('Desk GmbH · Ring 1 · 20095 Hamburg');
    const counts = await b.value('mailings.counts', {});
    expect(counts.byStaff).toEqual([{ staffId: staff.id, staffName: 'Lena Vogel', letters: 2, labels: 0, envelopes: 0 }]);
    expect((await b.value('mailings.counts', { contactId: weber.id })).byStaff[0]?.letters).toBe(1);
    expect((await b.value('contacts.get', { id: weber.id })).lastContactAt).not.toBeNull();
  });

  it('addresses a person at the firm their record names when no company is linked (an imported list’s 公司 column), above their name in Chinese', async () => {
    const wang = await b.value('contacts.create', {
      familyName: '王',
      namePrefix: '总',
      companyName: '北京华信科技有限公司',
      addresses: [{ label: 'work', street: '海淀区中关村大街1号', city: '北京市', region: '', postcode: '100080', country: 'CN' }],
    });
    const anna = await b.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', companyName: 'Weber GmbH', addresses: [berlin] });
    const template = await b.value('mailings.templates.save', { draft: { name: '信', language: 'zh-CN', form: 'din5008-b', html: '<p>{{salutation}}</p>' } });
    const res = await b.value('mailings.run', { source: { type: 'selection', ids: [wang.id, anna.id] }, document: { kind: 'letters', templateId: template.id } });
    const lines = pdfText(res.fileId).split('\n').map((l) => l.trim()).filter(Boolean);
    // From this office in Germany: the firm and the person below the Chinese address, then the country.
    expect(lines.slice(lines.indexOf('北京华信科技有限公司') - 3, lines.indexOf('北京华信科技有限公司') + 3)).toEqual(['100080', '北京市', '海淀区中关村大街1号', '北京华信科技有限公司', '王总', 'CHINA']);
    expect(lines).toContain('尊敬的王总：');
    expect(lines).toContain('Weber GmbH');
  });
});

describe('the preview', () => {
  it('shows only the pages asked for of a long run, and what the whole run will print', async () => {
    const group = await b.value('groups.create', { name: 'Many' });
    for (let i = 0; i < 35; i++) {
      await b.value('contacts.create', { givenName: `P${i}`, familyName: 'Meyer', groupIds: [group.id], addresses: [{ ...berlin, street: `Weg ${i}` }] });
    }
    const p = await b.value('mailings.preview', { source: { type: 'group', groupId: group.id }, document: { kind: 'labels', sheetId: 'avery-5160' } });
    expect(p).toMatchObject({ pageCount: 2, pieces: 35, contacts: 35, fromPage: 0 });
    expect(p.html.match(/class="p"/g)).toHaveLength(1);
    expect(await b.value('mailings.runs.list', {})).toEqual([]);
  });
});

describe('custom sheets and settings', () => {
  it('saves a valid custom sheet into the catalogue and refuses overlapping labels', async () => {
    const draft = { name: 'Shop 2×5', paper: { name: 'A4', widthMm: 210, heightMm: 297 }, widthMm: 90, heightMm: 50, layout: { nx: 2, ny: 5, x0: 10, y0: 20, dx: 95, dy: 52 } };
    const sheet = await b.value('mailings.sheets.save', { draft });
    expect(sheet).toMatchObject({ id: 'custom-1', perSheet: 10, custom: true });
    expect((await b.value('mailings.catalogue', {})).sheets.at(-1)?.id).toBe('custom-1');
    const bad = await b.call('mailings.sheets.save', { draft: { ...draft, layout: { ...draft.layout, dx: 60 } } });
    expect(bad.ok).toBe(false);
  });

  it('keeps a printer’s calibration and applies it to its prints', async () => {
    await b.value('mailings.settings.update', { calibrations: [{ printer: 'Office laser', xMm: 1.5, yMm: -0.5 }] });
    expect((await b.value('mailings.settings.get', {})).calibrations).toEqual([{ printer: 'Office laser', xMm: 1.5, yMm: -0.5 }]);
    const sheet = await b.value('mailings.calibrationSheet', { paper: 'A4' });
    expect(pdfText(sheet.fileId)).toContain('30 mm');
    const { group } = await christmasGroup();
    const p = await b.value('mailings.preview', { source: { type: 'group', groupId: group.id }, document: { kind: 'labels', sheetId: 'avery-7160' }, printer: 'Office laser' });
    expect(p.html).toContain('translate(1.5mm,-0.5mm)');
  });
});
