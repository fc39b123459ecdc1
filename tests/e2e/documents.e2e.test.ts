import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePdfRenderer } from '../../src/main/core/mailings/shared-renderer';
import { dispatch } from '../../src/main/core/rpc/dispatch';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/contract';
import { openBrowserMode, type BrowserMode } from './support/browser-mode';
import { ContactDetailPage } from './pages/contact-page.page';
import { DocumentsPage } from './pages/documents.page';

let app: BrowserMode;
let dir: string;
beforeAll(async () => {
  app = await openBrowserMode({ locale: 'de-DE' });
  dir = mkdtempSync(join(tmpdir(), 'crm-e2e-pdf-'));
});
afterAll(async () => {
  await app?.close();
  await closePdfRenderer();
  rmSync(dir, { recursive: true, force: true });
});

/** Sets up records straight through the services, as another user of the same file would. */
async function service<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const res = await dispatch(app.backend.base, { method, input, locale: 'en' }, { checkOutput: true });
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.value as OutputOf<M>;
}

describe('mailing labels in a real browser', () => {
  it('prints a group onto Avery L7160, leaves out who has no address, and logs the run in each history', async () => {
    const group = await service('groups.create', { name: 'Christmas' });
    await service('staff.create', { name: 'Lena Vogel' });
    const weber = await service('contacts.create', {
      givenName: 'Hans',
      familyName: 'Weber',
      namePrefix: 'Herr',
      groupIds: [group.id],
      addresses: [{ street: 'Hauptstraße 5', city: 'Berlin', postcode: '10115', country: 'DE' }],
    });
    await service('contacts.create', {
      givenName: 'Mei',
      familyName: 'Li',
      groupIds: [group.id],
      addresses: [{ street: '中关村大街1号', city: '海淀区', region: '北京市', postcode: '100080', country: 'CN' }],
    });
    await service('contacts.create', { givenName: 'Nora', familyName: 'Nomad', groupIds: [group.id] });

    const docs = new DocumentsPage(app.page);
    await docs.open();
    await docs.chooseGroup(/Christmas/);
    await docs.pickSheet('L7160', /Avery 7160/);
    await docs.sheetDrawing('Avery 7160').waitFor();
    await app.page.getByRole('textbox', { name: 'Mailing name' }).fill('Christmas 2026');
    await docs.choose('Sent by', 'Lena Vogel');

    await expect.poll(() => docs.previewSummary().innerText()).toBe('2 pieces for 2 contacts on 1 page');
    await docs.previewPage().getByText('Herrn Hans Weber').waitFor();
    await docs.previewPage().getByText('100080').waitFor();
    await expect.poll(() => docs.leftOut().innerText()).toContain('Nora Nomad');
    expect(await docs.leftOut().innerText()).toMatch(/no usable postal address/i);

    const download = await docs.saveAsPdf();
    const file = join(dir, 'labels.pdf');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Herrn Hans Weber');
    expect(text).toContain('10115 Berlin');
    expect(text).toContain('北京市海淀区');
    expect(text).toContain('CHINA');
    expect(text).not.toContain('Nomad');
    await app.page.getByText('PDF ready. The mailing is in 2 contacts’ history.').waitFor();

    const contact = new ContactDetailPage(app.page);
    await contact.open(weber.id);
    await contact.heading('Hans Weber').waitFor();
    await expect.poll(() => contact.historyEntries().first().innerText()).toContain('Christmas 2026 · Avery 7160');
    expect(await contact.historyEntries().first().innerText()).toContain('Lena Vogel');
  });

  it('writes a letter template with merge fields and prints a letter to each contact of the group', async () => {
    const docs = new DocumentsPage(app.page);
    await docs.open();
    await docs.tab('Letters');
    await docs.writeTemplate('Season’s greetings', [{ field: 'Salutation' }, { text: ' Thank you for a good year.' }]);
    await app.page.getByText('The template “Season’s greetings” was saved.').waitFor();
    await docs.chooseGroup(/Christmas/);
    await docs.previewPage().getByText('Thank you for a good year.').waitFor();
    const download = await docs.saveAsPdf();
    const file = join(dir, 'letters.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Dear Mr Weber, Thank you for a good year.');
    const pages = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(pages).toMatch(/Pages:\s+2/);
  });
});
