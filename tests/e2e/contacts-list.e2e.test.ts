import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactDraft, type ContactDraftInput } from '../../src/shared/contacts/contact.schema';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/contract';
import { dispatch } from '../../src/main/core/rpc/dispatch';
import { createContacts } from '../../src/main/core/contacts/contacts.service';
import { openBrowserMode, type BrowserMode } from './support/browser-mode';
import { ContactsListPage } from './pages/contacts-list.page';

let app: BrowserMode;
let list: ContactsListPage;
let newsletterTag: number;
let seatsField: number;

/** Calls a service the way the UI does (validated input, typed result), to set the scene fast. */
async function api<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await dispatch(app.backend.base, { method, input, locale: 'en' });
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as OutputOf<M>;
}

const countTagged = (tagId: number) =>
  (app.backend.connection.sqlite.prepare('select count(*) n from contact_tags where tag_id = ?').get(tagId) as { n: number }).n;

beforeAll(async () => {
  app = await openBrowserMode();
  list = new ContactsListPage(app.page);
  const vip = await api('tags.create', { name: 'VIP', color: '#e03131' });
  newsletterTag = (await api('tags.create', { name: 'Newsletter' })).id;
  seatsField = (await api('customFields.create', { label: 'Seats', type: 'number' })).id;
  const seats = (n: number) => ({ [seatsField]: n });
  const people: ContactDraftInput[] = [
    { givenName: '小明', familyName: '王', phones: [{ value: '+86 138 0013 5678' }], tier: 'key', tagIds: [vip.id] },
    { givenName: 'Anna', familyName: 'Weber', tier: 'key', tagIds: [vip.id], custom: seats(12) },
    { givenName: 'Bruno', familyName: 'Klein', tier: 'key', tagIds: [vip.id], custom: seats(3) },
    { givenName: 'Carla', familyName: 'Nunes', tier: 'key' },
    { givenName: 'Dieter', familyName: 'Roth', tier: 'major', tagIds: [vip.id], custom: seats(100) },
  ];
  for (let i = 1; i <= 1000; i++) {
    people.push({ givenName: `Mia ${String(i).padStart(4, '0')}`, familyName: 'Massey', tier: 'regular', phones: [{ value: `+44 20 7946 ${String(i).padStart(4, '0')}` }] });
  }
  await createContacts({ ...app.backend.base, locale: 'en' }, people.map((p) => ContactDraft.parse(p)));
  await app.page.reload();
});

afterAll(async () => {
  await app?.close();
});

describe('the contact list in a real browser', () => {
  it('finds 王小明 by pinyin initials and by the last four digits of a phone', async () => {
    await list.open();
    await list.search('wxm');
    await expect.poll(() => list.names()).toEqual(['王小明']);
    await list.search('5678');
    await expect.poll(() => list.names()).toEqual(['王小明']);
    await list.search('');
    await expect.poll(() => list.count().innerText()).toBe('1,005 contacts');
  });

  it('opens a contact from anywhere with Ctrl+K and its full pinyin', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: 'Find a contact' }).fill('wangxiaoming');
    await page.getByRole('button', { name: /王小明/ }).click();
    await page.getByRole('heading', { name: '王小明' }).waitFor();
  });

  it('filters by tier and tag, saves the view, and shows the same rows after a reload', async () => {
    const { page } = app;
    await list.open();
    await list.openFilters();
    await list.chooseFilter('Tier', 'Key');
    await list.chooseFilter('Tag', 'VIP');
    const expected = ['Anna Weber', 'Bruno Klein', '王小明'];
    await expect.poll(async () => (await list.names()).sort()).toEqual([...expected].sort());
    await list.saveView('Key VIPs');

    await page.reload();
    await expect.poll(() => list.count().innerText()).toBe('1,005 contacts');
    await list.pickView('Key VIPs');
    await expect.poll(async () => (await list.names()).sort()).toEqual([...expected].sort());
    await expect.poll(() => list.count().innerText()).toBe('3 contacts');
  });

  it('deletes a saved view', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Delete view' }).click();
    await page.getByText('View “Key VIPs” deleted.').waitFor();
    const views = app.backend.connection.sqlite.prepare('select count(*) n from saved_views').get() as { n: number };
    expect(views.n).toBe(0);
  });

  it('tags 1,000 matching contacts at once and undoes it', async () => {
    const { page } = app;
    await page.reload();
    await list.open();
    await list.search('Massey');
    await expect.poll(() => list.count().innerText()).toBe('1,000 contacts');
    await list.selectAllMatching();
    await expect.poll(() => list.selectionStatus.innerText()).toBe('All 1,000 matching contacts are selected');
    await list.bulk('Add tag', 'Newsletter');
    await page.getByText('Tagged 1,000 contacts with “Newsletter”.').waitFor();
    expect(countTagged(newsletterTag)).toBe(1000);
    await list.undo();
    await expect.poll(() => countTagged(newsletterTag)).toBe(0);
  });

  it('moves keyboard-selected contacts to the trash, undoes, and empties the trash after asking', async () => {
    const { page } = app;
    await list.open();
    await list.search('Massey');
    await expect.poll(() => list.names().then((n) => n[0])).toBe('Mia 0001 Massey');
    await list.grid.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => list.selectionStatus.innerText()).toBe('2 selected');
    await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Move to trash' }).click();
    await page.getByText('Moved 2 contacts to the trash.').waitFor();
    await expect.poll(() => list.count().innerText()).toBe('998 contacts');
    await list.undo();
    await expect.poll(() => list.count().innerText()).toBe('1,000 contacts');

    await list.grid.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Move to trash' }).click();
    await page.getByText('Moved 1 contact to the trash.').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Trash' }).click();
    await page.getByRole('link', { name: 'Mia 0001 Massey' }).waitFor();
    await page.getByRole('button', { name: 'Empty trash' }).click();
    await page.getByRole('dialog', { name: 'Empty the trash?' }).getByRole('button', { name: 'Delete for good' }).click();
    await page.getByText('The trash is empty.').waitFor();
    const left = app.backend.connection.sqlite.prepare("select count(*) n from contacts where family_name = 'Massey'").get() as { n: number };
    expect(left.n).toBe(999);
  });

  it('opens the focused row with Enter', async () => {
    const { page } = app;
    await list.open();
    await list.search('Massey');
    // The names read once the rows have loaded, twice alike (the search may still re-render the list).
    let shown: string[] = [];
    await expect
      .poll(async () => {
        const before = shown;
        shown = await list.names();
        return shown.length > 2 && !shown.includes('…loading') && shown.join('\n') === before.join('\n');
      })
      .toBe(true);
    const second = shown[1]!;
    await list.grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: second, exact: true }).waitFor();
  });

  it('shows the list in Chinese, with the tiers 主客户 / 大客户 / 普通客户 / 小客户', async () => {
    const { page } = app;
    await api('settings.update', { locale: 'zh-CN' });
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: '联系人' }).click();
    await page.getByText(/^[\d,]+ 位联系人$/).waitFor();
    await page.getByRole('button', { name: /^筛选/ }).click();
    await page.getByRole('combobox', { name: '客户等级', exact: true }).click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options.map((o) => o.replace(/（.*）$/, ''))).toEqual(['主客户', '大客户', '普通客户', '小客户', '未分级']);
    await page.keyboard.press('Escape');
    await api('settings.update', { locale: 'en' });
  });

  it('sorts by a custom field column and by tags with a click on their headers, empty values last', async () => {
    const { page } = app;
    await api('views.create', {
      name: 'Top accounts',
      state: { filters: { tiers: ['key', 'major'] }, columns: ['name', 'tags', `custom:${seatsField}`] },
    });
    await page.reload();
    await list.open();
    await list.pickView('Top accounts');
    await expect.poll(() => list.count().innerText()).toBe('5 contacts');
    const header = (name: string) => list.grid.getByRole('columnheader', { name }).getByRole('button');

    await header('Seats').click();
    await expect.poll(async () => (await list.names()).slice(0, 3)).toEqual(['Bruno Klein', 'Anna Weber', 'Dieter Roth']);
    await header('Seats').click();
    await expect.poll(async () => (await list.names()).slice(0, 3)).toEqual(['Dieter Roth', 'Anna Weber', 'Bruno Klein']);
    expect(await list.grid.getByRole('columnheader', { name: 'Seats' }).getAttribute('aria-sort')).toBe('descending');

    await header('Tags').click();
    await expect.poll(async () => (await list.names()).at(-1)).toBe('Carla Nunes');
  });
});
