import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/core/rpc/dispatch';
import { writeXlsx } from '../../src/main/core/import-export/write-xlsx';
import { readImportFile } from '../../src/main/core/import-export/read-import-file';
import { openBrowserMode, type BrowserMode } from './support/browser-mode';
import { ImportPage } from './pages/import.page';
import { AppShellPage } from './pages/app-shell.page';
import { ContactFormPage } from './pages/contact-form.page';
import { ContactDetailPage } from './pages/contact-page.page';

let app: BrowserMode;
let dir: string;
beforeAll(async () => {
  app = await openBrowserMode();
  dir = mkdtempSync(join(tmpdir(), 'crm-e2e-import-'));
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import');
const count = (table: string) => (app.backend.connection.sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;

describe('importing a spreadsheet in a real browser', () => {
  it('previews an invalid row, a duplicate and a totals line, saves the invalid row to correct, imports skipping the duplicate, shows the contacts, then undoes it all', async () => {
    const made = await dispatch(app.backend.base, {
      method: 'contacts.create',
      input: { givenName: 'Anna', familyName: 'Weber', emails: [{ value: 'anna@weber.test' }] },
      locale: 'en',
    });
    expect(made.ok).toBe(true);
    const csv = join(dir, 'customers.csv');
    writeFileSync(
      csv,
      [
        'Name,Email,Phone,Birthday',
        'Anna Weber,anna@weber.test,030 1234567,1980-03-15',
        'Bruno Klein,bruno@klein.test,030 7654321,1975-06-01',
        'Carla Nunes,carla@nunes.test,,31/02/1980',
        'Dieter Vogel,dieter@vogel.test,,',
        'Total: 4,,,',
      ].join('\r\n'),
    );
    const { page } = app;
    await page.reload();
    const screen = new ImportPage(page);
    await screen.open();
    await screen.chooseFile(csv);

    await expect.poll(() => screen.count('invalid').innerText()).toBe('1');
    expect(await screen.count('new').innerText()).toBe('2');
    expect(await screen.count('duplicate').innerText()).toBe('1');
    // The totals line below the list is no contact: counted on its own, with nothing to put right.
    expect(await screen.count('ignored').innerText()).toBe('1');
    expect(await screen.problems().allInnerTexts()).toEqual(['Row 4, Birthday: 31/02/1980 is not a date', 'Row 6: “Total: 4” is a row of totals, not a contact']);
    // A Phone column says nothing of whose the numbers are: the mapping says how they are kept.
    await page.getByText('Mobile numbers in it are kept as mobiles').waitFor();
    // The row to correct, with its problem beside it, in a workbook.
    const toCorrect = join(dir, 'to-correct.xlsx');
    expect(await screen.saveProblemRows(toCorrect)).toBe('customers – rows to correct.xlsx');
    const saved = await readImportFile(toCorrect);
    expect(saved.headers).toEqual(['Name', 'Email', 'Phone', 'Birthday', 'Row in the file', 'Problems']);
    expect(saved.rows.map((r) => r.cells)).toEqual([['Carla Nunes', 'carla@nunes.test', '', '31/02/1980', '4', 'Row 4, Birthday: 31/02/1980 is not a date']]);
    await page.getByText('Matches Anna Weber (email)').first().waitFor();
    expect(count('contacts')).toBe(1);

    await screen.chooseDuplicates('Skip duplicates');
    const result = await screen.importRows();
    expect(result).toContain('2 added, 0 updated, 1 skipped, 1 invalid. Left out: 1 row that is no record (totals, a heading, a signature, a template’s notes).');
    expect(count('contacts')).toBe(3);

    await page.getByRole('link', { name: 'Show contacts' }).click();
    await page.getByText('Bruno Klein').first().waitFor();
    await page.getByText('Dieter Vogel').first().waitFor();

    await screen.open();
    await screen.undoLatest();
    expect(count('contacts')).toBe(1);
    expect(count('import_batches')).toBe(1);
  });

  it('opens a workbook (read on its own thread), previews its faults by row and imports the rest', async () => {
    const xlsx = join(dir, 'Kunden.xlsx');
    const columns = ['Name', 'Mobile Phone', 'Birthday'].map((header, i) => ({ key: `c${i}`, header }));
    await writeXlsx(xlsx, columns, Array.from({ length: 30 }, (_, n) => ({ c0: `Greta Blatt${n}`, c1: `0151 ${30_000_000 + n}`, c2: n === 24 ? '1980-02-30' : '1980-03-15' })));
    const before = count('contacts');
    const { page } = app;
    await page.reload();
    const screen = new ImportPage(page);
    await screen.open();
    await screen.chooseFile(xlsx);

    await expect.poll(() => screen.count('invalid').innerText()).toBe('1');
    expect(await screen.count('new').innerText()).toBe('29');
    expect(await screen.problems().allInnerTexts()).toEqual(['Row 26, Birthday: 1980-02-30 is not a date']);
    await page.getByText('Greta Blatt0').first().waitFor();
    expect(count('contacts')).toBe(before);

    expect(await screen.importRows()).toContain('29 added');
    expect(count('contacts')).toBe(before + 29);
    await screen.open();
    await screen.undoLatest();
    expect(count('contacts')).toBe(before);
  });

  it('makes number and date fields of columns that hold them, lists a date that is none, and lets the person keep the column as text instead', async () => {
    const csv = join(dir, 'leads.csv');
    const rows = Array.from({ length: 10 }, (_, n) => `Ida Lind${n},"${n + 1},250.50",${n === 4 ? 'next spring' : `2024-03-1${n}`}`);
    writeFileSync(csv, ['Name,Budget,Visited', ...rows].join('\r\n'));
    const fields = () => app.backend.connection.sqlite.prepare("select label || ': ' || type from custom_fields where label in ('Budget', 'Visited') order by id").pluck().all();
    const { page } = app;
    await page.reload();
    const screen = new ImportPage(page);
    await screen.open();
    await screen.chooseFile(csv);
    const typeOf = (header: string) => page.getByRole('radiogroup', { name: `Type of the new field “${header}”` });
    expect(await typeOf('Budget').getByRole('radio', { name: 'Number' }).isChecked()).toBe(true);
    expect(await typeOf('Visited').getByRole('radio', { name: 'Date' }).isChecked()).toBe(true);
    await expect.poll(() => screen.problems().allInnerTexts()).toEqual(['Row 6, Visited: next spring is not a date']);

    // Kept as text, the column's words are no fault.
    await typeOf('Visited').getByText('Text').click();
    await expect.poll(() => screen.count('invalid').innerText()).toBe('0');
    expect(await screen.importRows()).toContain('10 added');
    expect(fields()).toEqual(['Budget: number', 'Visited: text']);
    const stored = app.backend.connection.sqlite.prepare("select v.value_num from contact_custom_values v join custom_fields f on f.id = v.field_id where f.label = 'Budget' order by v.contact_id").pluck().all();
    expect(stored.slice(0, 2)).toEqual([1250.5, 2250.5]);
    await screen.open();
    await screen.undoLatest();
    expect(fields()).toEqual([]);
  });

  it('names the import after the file chosen last unless the person typed a name, and writes its counts with digit grouping', async () => {
    const write = (name: string, rows: number) => {
      const path = join(dir, name);
      writeFileSync(path, ['Name,Email', ...Array.from({ length: rows }, (_, n) => `Hanna Roth${n},hanna${n}@roth.test`)].join('\r\n'));
      return path;
    };
    const { page } = app;
    await page.reload();
    const screen = new ImportPage(page);
    await screen.open();
    const batchName = page.getByRole('textbox', { name: 'Name of this import' });
    await screen.chooseFile(write('Messe Leipzig.csv', 3));
    expect(await batchName.inputValue()).toMatch(/^Messe Leipzig /);

    // Another file: the name made for the first gives way to the second's.
    await screen.chooseFile(write('Newsletter.csv', 1200));
    await expect.poll(() => batchName.inputValue()).toMatch(/^Newsletter /);
    await page.getByText('1,200 rows').waitFor();
    await page.getByRole('button', { name: 'Import 1,200 rows' }).waitFor();

    // A name the person typed stays whatever file comes next.
    await batchName.fill('Kunden vom Stand');
    await screen.chooseFile(write('Stand.csv', 2));
    await page.getByRole('button', { name: 'Import 2 rows' }).waitFor();
    expect(await batchName.inputValue()).toBe('Kunden vom Stand');
  });

  it('writes dates and counts as the office’s country does: an English screen in a German office shows 06/12/2026 and 1.200, and exports CSV with semicolons', async () => {
    const { page } = app;
    await page.reload();
    await new AppShellPage(page).goTo('Settings');
    let lena: number | undefined;
    try {
      await new ContactFormPage(page).choose('Office country', 'Germany (DE)');
      const formats = 'en-DE';
      const today = new Intl.DateTimeFormat(formats, { dateStyle: 'short' }).format(new Date());
      expect(today).toMatch(/^\d\d\/\d\d\/\d{4}$/);
      await page.getByText(`(${today} · 1.234,5)`).waitFor();

      const path = join(dir, 'Messe Köln.csv');
      writeFileSync(path, ['Name,Email', ...Array.from({ length: 1200 }, (_, n) => `Jonas Keller${n},jonas${n}@keller.test`)].join('\r\n'));
      const screen = new ImportPage(page);
      await screen.open();
      await screen.chooseFile(path);
      await page.getByRole('button', { name: 'Import 1.200 rows' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Name of this import' }).inputValue()).toBe(`Messe Köln ${today}`);

      // A German Excel splits CSV on semicolons: the export's delimiter starts there.
      const made = await dispatch(app.backend.base, { method: 'contacts.create', input: { givenName: 'Lena', familyName: 'Vogt' }, locale: 'en' });
      lena = made.ok ? (made.value as { id: number }).id : undefined;
      await page.getByRole('tab', { name: 'Export' }).click();
      await page.getByRole('radio', { name: 'CSV', exact: true }).check();
      expect(await page.getByRole('combobox', { name: 'Delimiter' }).or(page.getByRole('textbox', { name: 'Delimiter' })).first().inputValue()).toBe('Semicolon');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
      const saved = join(dir, 'german-office.csv');
      await download.saveAs(saved);
      expect(readFileSync(saved, 'utf8')).toMatch(/^\ufeffName;/);
    } finally {
      await dispatch(app.backend.base, { method: 'settings.update', input: { defaultCountry: 'US' }, locale: 'en' });
      if (lena) await dispatch(app.backend.base, { method: 'contacts.trash', input: { ids: [lena] }, locale: 'en' });
    }
  });

  it("shows which of a Google export's columns give the labels (home, work) of its emails and phones", async () => {
    const { page } = app;
    await page.reload();
    const screen = new ImportPage(page);
    await screen.open();
    await screen.chooseFile(join(fixtures, 'google-contacts.csv'));
    await page.getByText('Recognised as: Google Contacts').waitFor();
    await page.getByText('Label from “E-mail 1 - Label”').waitFor();
    await page.getByText('Read as the label of “E-mail 1 - Value”').waitFor();
    await page.getByText('Label from “Phone 2 - Label”').waitFor();
    expect(await page.getByRole('combobox', { name: 'Import as: Organization Department' }).inputValue()).toBe('Department');
  });

  it('says when an order list is opened as contacts, and opens it as sales records at a click', async () => {
    const { page } = app;
    const path = join(dir, 'orders.csv');
    writeFileSync(path, ['Order No.,Date,Customer,Product,Amount', 'A-1001,2026-01-05,Anna Weber,Toner,120.00'].join('\r\n'));
    await page.reload();
    const screen = new ImportPage(page);
    await screen.open();
    await screen.chooseFile(path);
    const hint = page.getByRole('status').filter({ hasText: 'This file looks like sales records' });
    await hint.getByRole('button', { name: 'Import as sales records' }).click();
    await hint.waitFor({ state: 'detached' });
    expect(await page.getByRole('radio', { name: 'Sales records' }).isChecked()).toBe(true);
    const orderNo = page.getByRole('combobox', { name: 'Import as: Order No.', exact: true }).or(page.getByRole('textbox', { name: 'Import as: Order No.', exact: true })).first();
    expect(await orderNo.inputValue()).toBe('Order no.');
    await page.reload();
  });

  it('shows an order the shop corrected beside what is stored, takes the file’s amount when the person says so, and undo puts it back', async () => {
    const orders = ['Order No.,Date,Customer,Product,Qty,Amount', 'B-1,2026-03-02,Hanna Roth,Toner,2,120.00', 'B-2,2026-03-03,Hanna Roth,Paper,1,9.50'];
    const first = join(dir, 'Orders.csv');
    const corrected = join(dir, 'Orders corrected.csv');
    writeFileSync(first, orders.join('\r\n'));
    writeFileSync(corrected, [orders[0], 'B-1,2026-03-02,Hanna Roth,Toner,2,100.00', orders[2]].join('\r\n'));
    const amountOf = (reference: string) => app.backend.connection.sqlite.prepare('select amount_minor from sales where reference = ?').pluck().get(reference);
    const { page } = app;
    await page.reload();
    const screen = new ImportPage(page);
    await screen.open();
    await page.getByText('Sales records', { exact: true }).click();
    await screen.chooseFile(first);
    expect(await screen.importRows()).toMatch(/2 added/);
    const firstImport = app.backend.connection.sqlite.prepare("select id from import_batches where file_name = 'Orders.csv'").pluck().get() as number;

    await page.getByRole('button', { name: 'Import another file' }).click();
    await screen.chooseFile(corrected);
    await expect.poll(() => screen.count('duplicate').innerText()).toBe('2');
    await page.getByText('Stored with $120.00').first().waitFor();
    await screen.chooseDuplicates('Update the changed ones to the file’s date, quantity and amount');
    await page.getByRole('button', { name: 'Import 1 row' }).waitFor();
    expect(await screen.importRows()).toMatch(/0 added, 1 updated, 1 skipped/);
    expect([amountOf('B-1'), amountOf('B-2')]).toEqual([10000, 950]);

    await screen.undoLatest();
    expect([amountOf('B-1'), amountOf('B-2')]).toEqual([12000, 950]);
    await dispatch(app.backend.base, { method: 'imports.undo', input: { importId: firstImport }, locale: 'en' });
    expect(amountOf('B-1')).toBeUndefined();
  });

  it('imports sales records once the date and amount columns are chosen, each sale linked to its customer', async () => {
    const { page } = app;
    const greta = await dispatch(app.backend.base, { method: 'contacts.create', input: { givenName: 'Greta', familyName: 'Lange', emails: [{ value: 'greta@lange.test' }] }, locale: 'en' });
    if (!greta.ok) throw new Error(greta.error.message);
    const gretaId = (greta.value as { id: number }).id;
    const path = join(dir, 'Umsatz.csv');
    writeFileSync(path, ['Tag;E-Mail;Ware;Brutto', '23.02.2026;greta@lange.test;Toner;"1.234,50"', '24.02.2026;greta@lange.test;Papier;12,00'].join('\r\n'));
    await page.reload();
    const screen = new ImportPage(page);
    await screen.open();
    await page.getByText('Sales records', { exact: true }).click();
    await screen.chooseFile(path);

    // A shop's own headers: only the email column is recognised, and every sale needs a date and an amount.
    await page.getByRole('status').filter({ hasText: 'Choose the columns that hold the date and the amount' }).waitFor();
    expect(await page.getByRole('button', { name: /^Import \d+ rows?$/ }).isDisabled()).toBe(true);
    const mapping = new ContactFormPage(page);
    await mapping.choose('Import as: Tag', 'Date');
    await mapping.choose('Import as: Brutto', 'Amount');
    await mapping.choose('Import as: Ware', 'Product');
    await expect.poll(() => screen.count('new').innerText()).toBe('2');
    // Each sale as it will be stored: the date with its month in words, the amount in the office's currency (the file names none), the customer found.
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Greta Lange' }).first().innerText()).toMatch(/Feb 23, 2026\s+greta@lange\.test\s+Greta Lange\s+Toner\s+1\s+\$1,234\.50/);
    const currency = page.getByRole('textbox', { name: 'Currency of amounts without one' });
    expect(await currency.getAttribute('placeholder')).toBe('USD');
    // These are euros: the preview shows them so before anything is written, and the import stores them so.
    await currency.fill('eur');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Greta Lange' }).first().innerText()).toMatch(/Toner\s+1\s+€1,234\.50/);
    expect(await screen.importRows()).toMatch(/Imported:/);

    const sales = app.backend.connection.sqlite.prepare('select sold_on, product, amount_minor, currency, contact_id from sales order by sold_on').all();
    expect(sales).toEqual([
      { sold_on: '2026-02-23', product: 'Toner', amount_minor: 123450, currency: 'EUR', contact_id: gretaId },
      { sold_on: '2026-02-24', product: 'Papier', amount_minor: 1200, currency: 'EUR', contact_id: gretaId },
    ]);

    // The same file once more: its sales are stored already, shown so, and skipped.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await screen.chooseFile(path);
    await mapping.choose('Import as: Tag', 'Date');
    await mapping.choose('Import as: Brutto', 'Amount');
    await mapping.choose('Import as: Ware', 'Product');
    await currency.fill('eur');
    await expect.poll(() => screen.count('duplicate').innerText()).toBe('2');
    expect(await page.getByRole('radio', { name: 'Skip them' }).isChecked()).toBe(true);
    await page.getByText(/^Stored already by the import “Umsatz/).first().waitFor();
    expect(await screen.importRows()).toMatch(/0 added, 0 updated, 2 skipped/);
    expect(app.backend.connection.sqlite.prepare('select count(*) from sales').pluck().get()).toBe(2);
    // Undoing that import takes nothing of the first one's.
    await screen.undoLatest();
    expect(app.backend.connection.sqlite.prepare('select count(*) from sales').pluck().get()).toBe(2);

    // The accountant's copy: the sales of a period, in a workbook that sums them.
    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByRole('textbox', { name: 'From' }).fill('02/24/2026');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export sales' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Sales records-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const saved = join(dir, 'sales.xlsx');
    await download.saveAs(saved);
    const sheet = await readImportFile(saved);
    // The file had no order numbers: that column is empty.
    expect(sheet.headers.slice(0, 2)).toEqual(['Date', 'Order no.']);
    expect(sheet.rows.map((r) => r.cells.slice(0, 9))).toEqual([['2026-02-24', '', 'Greta Lange', '', 'greta@lange.test', 'Papier', '1', '12', 'EUR']]);
    await page.getByText(/^1 row exported to “Sales records-/).waitFor();
    await page.getByRole('tab', { name: 'Import', exact: true }).click();
    await screen.undoLatest();
    expect(count('sales')).toBe(0);
    await dispatch(app.backend.base, { method: 'contacts.trash', input: { ids: [gretaId] }, locale: 'en' });
  });

  it('keeps the columns no field takes (QQ, 微信) in new custom fields named after them, the one in charge (负责人) as the owner and 性别 as the form of address (张伟先生; 王先生 once, not 王先生先生), shown on the contact page; undo removes them again', async () => {
    const { page } = app;
    const path = join(dir, '客户名单.csv');
    writeFileSync(
      path,
      '\ufeff' + ['序号,客户名称,联系人,性别,手机,QQ,微信,负责人', '1,深圳市华强电子有限公司,张伟,男,13800138000,12345678,zhangwei_hq,刘洋', '2,李记小吃店,李娜,女,13900139000,,lina88,刘洋', '3,王氏五金店,王先生,男,13700137000,,,刘洋'].join('\r\n'),
    );
    await page.reload();
    const screen = new ImportPage(page);
    await screen.open();
    await screen.chooseFile(path);
    const importAs = (column: string) => page.getByRole('combobox', { name: `Import as: ${column}`, exact: true }).inputValue();
    expect(await importAs('序号')).toBe('Do not import');
    expect(await importAs('客户名称')).toBe('Company');
    expect(await importAs('QQ')).toBe('New custom field “QQ”');
    expect(await importAs('微信')).toBe('New custom field “微信”');
    await page.getByText('Made by the import; undoing the import removes it again').first().waitFor();
    expect(await importAs('负责人')).toBe('Owner (staff member)');
    expect(await importAs('性别')).toBe('Gender (Mr/Ms in letters)');
    await page.getByText('Staff are found by name; those the office does not have yet are added (undoing the import removes them again)').waitFor();
    expect(await screen.importRows()).toContain('3 added');

    const zhang = app.backend.connection.sqlite.prepare("select contact_id from contact_phones where digits like '%13800138000'").pluck().get() as number;
    await new ContactDetailPage(page).open(zhang);
    const profile = page.getByRole('region', { name: 'Customer profile' });
    await expect.poll(() => profile.innerText()).toMatch(/QQ\s+12345678[\s\S]*微信\s+zhangwei_hq/);
    expect(await profile.innerText()).toMatch(/Owner\s+刘洋/);
    // A form of address in Chinese follows the Chinese name, as it is said.
    await page.getByText('张伟先生').first().waitFor();
    // Known by the family name alone, he is listed with his form of address, and it is not said twice.
    const wang = app.backend.connection.sqlite.prepare("select contact_id from contact_phones where digits like '%13700137000'").pluck().get() as number;
    await new ContactDetailPage(page).open(wang);
    await page.getByRole('heading', { name: '王先生', exact: true }).waitFor();
    expect(await page.getByText('王先生先生').count()).toBe(0);

    await screen.open();
    await screen.undoLatest();
    expect(count("custom_fields where label in ('QQ', '微信')")).toBe(0);
    expect(count("staff where name = '刘洋'")).toBe(0);
  });

  it('undoing an import a while later moves a contact given a note since to the Trash, with the note, and says so', async () => {
    const { page } = app;
    const path = join(dir, 'Stand B.csv');
    writeFileSync(path, ['Name,Email', 'Karl Moser,karl@moser.test', 'Lea Nagel,lea@nagel.test'].join('\r\n'));
    await page.reload();
    const screen = new ImportPage(page);
    await screen.open();
    await screen.chooseFile(path);
    await screen.importRows();
    const karl = app.backend.connection.sqlite.prepare("select contact_id from contact_emails where value = 'karl@moser.test'").pluck().get() as number;
    await new Promise((r) => setTimeout(r, 5));
    await dispatch(app.backend.base, { method: 'history.add', input: { contactId: karl, kind: 'call', summary: 'Ordered a catalogue' }, locale: 'en' });

    await screen.undoLatest();
    await page.getByText('1 contact it added had been worked on since: it is in the Trash, with its notes.').waitFor();
    expect(count("contact_emails where value = 'lea@nagel.test'")).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Trash' }).click();
    await page.getByText('Karl Moser').waitFor();
    expect(count(`history where contact_id = ${karl}`)).toBe(1);
  });

  it('exports the contacts to CSV and the browser downloads the file', async () => {
    const { page } = app;
    const screen = new ImportPage(page);
    await screen.open();
    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByRole('radio', { name: 'CSV', exact: true }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = join(dir, 'download.csv');
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\ufeffName,')).toBe(true);
    expect(text).toContain('Anna Weber');
    await page.getByText(/^1 row exported to/).waitFor();
  });

  it('exports the contacts for Outlook: its own columns, no column choice, and a word on why not a vCard', async () => {
    const { page } = app;
    const made = await dispatch(app.backend.base, {
      method: 'contacts.create',
      input: { givenName: '小明', familyName: '王', phones: [{ value: '+86 138 0013 8000', label: 'mobile' }], emails: [{ value: 'wang@example.cn' }] },
      locale: 'en',
    });
    const wang = made.ok ? (made.value as { id: number }).id : undefined;
    try {
      const screen = new ImportPage(page);
      await screen.open();
      await page.getByRole('tab', { name: 'Export' }).click();
      await page.getByRole('radio', { name: 'For Outlook (CSV)' }).check();
      await page.getByText('Outlook on Windows reads only the first contact of a vCard file', { exact: false }).waitFor();
      expect(await page.getByRole('checkbox', { name: 'Given name' }).count()).toBe(0);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
      expect(download.suggestedFilename()).toMatch(/^Contacts-Outlook-\d{4}-\d{2}-\d{2}\.csv$/);
      const path = join(dir, 'outlook.csv');
      await download.saveAs(path);
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(/^\ufeffTitle,First Name,Middle Name,Last Name,/);
      // The mobile in Outlook's Mobile Phone column (before its Other Phone and two fax columns), written without the apostrophe a spreadsheet export puts before a "+".
      expect(text).toMatch(/\r\n,小明,,王,.*,\+86 138 0013 8000,,,,wang@example\.cn,/);
    } finally {
      if (wang) await dispatch(app.backend.base, { method: 'contacts.trash', input: { ids: [wang] }, locale: 'en' });
    }
  });

  it('moves to a new computer: everything exported here is restored on a new installation, a contact’s history included, and can be taken back at once', async () => {
    const { page } = app;
    const anna = app.backend.connection.sqlite.prepare("select contact_id from contact_emails where value = 'anna@weber.test'").pluck().get() as number;
    await dispatch(app.backend.base, { method: 'history.add', input: { contactId: anna, kind: 'visit', summary: 'Showed the new catalogue' }, locale: 'en' });
    const screen = new ImportPage(page);
    await screen.open();
    await page.getByRole('tab', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);

    const fresh = await openBrowserMode();
    try {
      const there = new ImportPage(fresh.page);
      await there.open();
      await there.chooseFile(saved);
      const offer = fresh.page.getByRole('alert').filter({ hasText: 'A full export of Desk CRM' });
      await offer.getByRole('button', { name: 'Restore everything' }).click();
      await fresh.page.getByRole('dialog').getByRole('button', { name: 'Restore everything' }).click();
      await fresh.page.getByText(new RegExp(`^Restored from “desk-crm-.*\\.xlsx”\\. Contacts \\(the Trash included\\): ${count('contacts')} · history entries: ${count('history')} · sales: 0`)).waitFor();
      const rows = (table: string, b: BrowserMode) => b.backend.connection.sqlite.prepare(`select count(*) from ${table}`).pluck().get();
      // Taken back at once: the new installation is empty again.
      await fresh.page.getByRole('button', { name: 'Undo the restore' }).click();
      await fresh.page.getByText('The restore was undone: the data file is as it was before.').waitFor();
      expect(rows('contacts', fresh)).toBe(0);
      await there.chooseFile(saved);
      await offer.getByRole('button', { name: 'Restore everything' }).click();
      await fresh.page.getByRole('dialog').getByRole('button', { name: 'Restore everything' }).click();
      await fresh.page.getByRole('link', { name: 'Show contacts' }).click();
      await fresh.page.getByText('Anna Weber').first().click();
      await fresh.page.getByText('Showed the new catalogue').waitFor();
      expect(['contacts', 'history', 'tags', 'contact_tags'].map((t) => rows(t, fresh))).toEqual(['contacts', 'history', 'tags', 'contact_tags'].map((t) => rows(t, app)));
    } finally {
      await fresh.close();
    }
  });
});
