import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserMode, type BrowserMode } from './support/browser-mode';
import { AppShellPage } from './pages/app-shell.page';
import { ContactsPage } from './pages/contacts.page';

let app: BrowserMode;
beforeAll(async () => {
  app = await openBrowserMode();
});
afterAll(async () => {
  await app?.close();
});

describe('the first slice in a real browser', () => {
  it('adds a person who is still there after a reload, and finds them in the list', async () => {
    const { page } = app;
    const contacts = new ContactsPage(page);
    await contacts.addPerson({ given: 'Anna', family: 'Weber', phone: '(212) 555-0143', email: 'anna@weber.test' });
    await page.getByRole('heading', { name: 'Anna Weber' }).waitFor();
    await page.getByText('(212) 555-0143').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Anna Weber' }).waitFor();

    await new AppShellPage(page).goTo('Contacts');
    await contacts.addPerson({ given: 'Bruno', family: 'Klein' });
    await page.getByRole('heading', { name: 'Bruno Klein' }).waitFor();
    await new AppShellPage(page).goTo('Contacts');
    await contacts.search('0143');
    await expect.poll(() => contacts.rows().allInnerTexts()).toEqual([
      expect.stringContaining('Name'),
      expect.stringContaining('Anna Weber'),
    ]);
  });

  it('refuses a bad email, naming the field, and saves nothing', async () => {
    const { page } = app;
    await new AppShellPage(page).goTo('Contacts');
    const before = (await app.backend.connection.sqlite.prepare('select count(*) n from contacts').get()) as { n: number };
    await new ContactsPage(page).addPerson({ given: 'Carla', family: 'Nunes', email: 'carla-at-example' });
    await page.getByText(/Email 1: .*email/i).first().waitFor();
    const after = (await app.backend.connection.sqlite.prepare('select count(*) n from contacts').get()) as { n: number };
    expect(after.n).toBe(before.n);
  });

  it('moves a contact to the trash and restores it', async () => {
    const { page } = app;
    const shell = new AppShellPage(page);
    await shell.goTo('Contacts');
    await page.getByRole('link', { name: 'Bruno Klein' }).click();
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await page.getByText('This contact is in the trash.').waitFor();
    await shell.goTo('Trash');
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByText('The trash is empty.').waitFor();
    await shell.goTo('Contacts');
    await page.getByRole('link', { name: 'Bruno Klein' }).waitFor();
  });

  it('switches to 简体中文 and shows the navigation in Chinese', async () => {
    const { page } = app;
    const shell = new AppShellPage(page);
    await shell.goTo('Settings');
    await page.getByRole('textbox', { name: 'Language' }).or(page.getByRole('combobox', { name: 'Language' })).first().click();
    await page.getByRole('option', { name: '简体中文' }).click();
    await shell.navigation.getByRole('link', { name: '联系人' }).waitFor();
    await expect.poll(() => shell.navigation.getByRole('link').allInnerTexts()).toEqual(['联系人', '信函与标签', '导入与导出', '回收站', '设置']);
    await page.reload();
    await shell.navigation.getByRole('link', { name: '联系人' }).waitFor();
  });
});
