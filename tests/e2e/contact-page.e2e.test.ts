import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/core/rpc/dispatch';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/contract';
import { tableCounts } from '../unit/support/temp-backend';
import { openBrowserMode, type BrowserMode } from './support/browser-mode';
import { AppShellPage } from './pages/app-shell.page';
import { ContactFormPage } from './pages/contact-form.page';
import { ContactDetailPage } from './pages/contact-page.page';

let app: BrowserMode;
beforeAll(async () => {
  app = await openBrowserMode();
});
afterAll(async () => {
  await app?.close();
});

/** Sets up records straight through the services, as another user of the same file would. */
async function service<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const res = await dispatch(app.backend.base, { method, input, locale: 'en' }, { checkOutput: true });
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.value as OutputOf<M>;
}

const count = (sql: string, ...params: unknown[]) => (app.backend.connection.sqlite.prepare(sql).get(...params) as { n: number }).n;

async function openNewContactForm(): Promise<ContactFormPage> {
  await new ContactDetailPage(app.page).goTo('/contacts/new');
  const form = new ContactFormPage(app.page);
  await form.field('Given name').waitFor();
  return form;
}

describe('the contact page and form in a real browser', () => {
  it('creates a person with two phones, a fax and a company link, and each shows the other', async () => {
    const { page } = app;
    let form = await openNewContactForm();
    await form.kind('Company');
    await form.fill('Company name', 'Acme Trading GmbH');
    await form.save();
    await page.getByRole('heading', { name: 'Acme Trading GmbH' }).waitFor();

    form = await openNewContactForm();
    await form.fill('Prefix', 'Dr.');
    await form.fill('Given name', 'Anna');
    await form.fill('Family name', 'Weber');
    await form.fill('Salutation', 'Dear Dr. Weber');
    await form.phones(['(212) 555-0143', '+49 30 1234567', '+49 30 1234568']);
    // A phone may be a fax; an email not.
    expect(await form.labelOptions('Phone', 3)).toEqual(['Work', 'Home', 'Mobile', 'Billing', 'Shipping', 'Fax', 'Other']);
    expect(await form.labelOptions('Email', 1)).not.toContain('Fax');
    await form.label('Phone', 3, 'Fax');
    await form.address({ street: 'Hauptstraße 5', postcode: '10115', city: 'Berlin', country: 'Germany' });
    await form.linkCompany('Acme', 'Acme Trading GmbH', 'Buyer');
    await form.save();

    const contact = new ContactDetailPage(page);
    await contact.heading('Anna Weber').waitFor();
    await page.getByText('Dear Dr. Weber').waitFor();
    await page.getByText('(212) 555-0143').waitFor();
    await page.getByText('+49 30 1234567').waitFor();
    await contact.section('Phones, emails and addresses').getByRole('row', { name: 'Phone · Fax +49 30 1234568' }).waitFor();
    // A German address for a US office: German order, country line last.
    await expect
      .poll(() => contact.section('Phones, emails and addresses').getByRole('row').last().innerText())
      .toMatch(/Hauptstraße 5\s+10115 Berlin\s+GERMANY/);
    const id = Number(/contacts\/(\d+)/.exec(page.url())![1]);
    expect(count("select count(*) n from contact_phones where contact_id = ? and label = 'fax'", id)).toBe(1);
    expect(count('select count(*) n from contact_phones where contact_id = ?', id)).toBe(3);
    expect(count('select count(*) n from contact_links where person_id = ?', id)).toBe(1);

    await contact.section('Works at').getByRole('link', { name: 'Acme Trading GmbH' }).click();
    await contact.heading('Acme Trading GmbH').waitFor();
    await contact.section('People').getByRole('link', { name: 'Anna Weber' }).waitFor();
    await contact.section('People').getByText('Buyer').waitFor();
  });

  it('warns of a likely duplicate as soon as a known phone or email is typed, before any name', async () => {
    const { page } = app;
    await service('contacts.create', { givenName: 'Lena', familyName: 'Vogt', emails: [{ value: 'lena@vogt.example' }] });
    const form = await openNewContactForm();
    await form.phones(['+49 (30) 123-4567']);
    const hint = page.getByRole('status').filter({ hasText: 'This may already be in your file' });
    await hint.getByRole('link', { name: 'Anna Weber' }).waitFor();

    await form.fill('Phone', '');
    await form.fill('Email', 'LENA@vogt.exa');
    await form.fill('Email', 'LENA@vogt.example');
    await hint.getByRole('link', { name: 'Lena Vogt' }).waitFor();
    expect(await hint.getByRole('link').allInnerTexts()).toEqual(['Lena Vogt']);
    // Leave the half-typed form behind so the next test starts with an empty one.
    await page.getByRole('navigation').getByRole('link', { name: 'Contacts' }).click();
  });

  it('refuses an email without @, a 31 February birthday and a name of only spaces, naming the field, saving nothing', async () => {
    const { page } = app;
    const before = tableCounts(app.backend);
    const form = await openNewContactForm();
    await form.fill('Given name', 'Carla');
    await form.fill('Family name', 'Nunes');
    await page.getByRole('button', { name: 'Add email' }).click();
    await form.fill('Email 2', 'carla.example.com');
    await form.save();
    await page.getByText(/Email 1: .*email/i).first().waitFor();
    // The empty first box was taken out, so "Email 1" of the message is the first box on screen.
    expect(await form.field('Email').inputValue()).toBe('carla.example.com');
    expect(await form.errorOf('Email').innerText()).toMatch(/email/i);

    await form.fill('Email', 'carla@example.com');
    await form.fill('Birthday', '1980-02-31');
    await form.save();
    await page.getByText(/Birthday: .*1980-02-31/).first().waitFor();
    expect(await form.errorOf('Birthday').innerText()).toContain('1980-02-31');

    await form.fill('Birthday', '1980-02-29');
    await form.fill('Given name', '   ');
    await form.fill('Family name', '');
    await form.save();
    await page.getByText(/Given name: a name is required/).first().waitFor();
    expect(await form.errorOf('Given name').innerText()).toMatch(/name is required/);

    expect(tableCounts(app.backend)).toEqual(before);
  });

  it('adds a note with the N key and Ctrl+Enter, newest first in the history, and corrects or deletes entries', async () => {
    const { page } = app;
    const person = await service('contacts.create', { givenName: 'Bruno', familyName: 'Klein', phones: [{ value: 'ask reception' }] });
    await service('history.add', { contactId: person.id, kind: 'call', body: 'Asked for a quote', payload: { direction: 'in', minutes: 4 } });
    const contact = new ContactDetailPage(page);
    await contact.open(person.id);
    await contact.heading('Bruno Klein').waitFor();
    await contact.historyEntries().first().waitFor();
    await page.getByRole('img', { name: 'Could not be read as a phone number; kept as typed.' }).waitFor();

    await contact.shortcut('n');
    const note = page.getByRole('textbox', { name: 'Note' });
    await note.waitFor();
    // Typed without clicking: the form opened focused.
    await page.keyboard.type('Prefers calls after 3 pm');
    expect(await note.inputValue()).toBe('Prefers calls after 3 pm');
    await page.keyboard.press('Control+Enter');

    await expect.poll(() => contact.historyEntries().allInnerTexts()).toEqual([
      expect.stringContaining('Prefers calls after 3 pm'),
      expect.stringContaining('Asked for a quote'),
    ]);
    expect(count(`select count(*) n from history where contact_id = ? and kind = 'note'`, person.id)).toBe(1);

    // A typo is corrected in place, and the call is deleted.
    await page.getByRole('button', { name: 'Actions for this Note' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    await contact.section('History').getByRole('textbox', { name: 'Note' }).fill('Prefers calls after 4 pm');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('button', { name: 'Actions for this Call' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => contact.historyEntries().allInnerTexts()).toEqual([expect.stringContaining('Prefers calls after 4 pm')]);
  });

  it('merges two duplicates, picking the birthday of one, and undoes the merge', async () => {
    const { page } = app;
    const first = await service('contacts.create', {
      givenName: 'Dora',
      familyName: 'Lange',
      emails: [{ value: 'dora@lange.test' }],
      phones: [{ value: '(212) 555-0199' }],
    });
    const second = await service('contacts.create', {
      givenName: 'Dora',
      familyName: 'Lange',
      emails: [{ value: 'dora@lange.test' }],
      phones: [{ value: '(212) 555-0188' }],
      birthday: '1975-06-01',
    });
    await service('history.add', { contactId: second.id, kind: 'note', body: 'Met at the trade fair' });

    const form = await openNewContactForm();
    await form.fill('Email', 'Dora@Lange.test');
    const hint = page.getByRole('status').filter({ hasText: 'This may already be in your file' });
    await expect.poll(() => hint.getByRole('link', { name: 'Dora Lange' }).count()).toBe(2);

    const contact = new ContactDetailPage(page);
    await contact.open(first.id);
    await contact.heading('Dora Lange').waitFor();
    await contact.findDuplicates();
    const dialog = page.getByRole('dialog', { name: 'Merge duplicates' });
    await dialog.getByRole('radio', { name: /^Birthday: .*1975/ }).check();
    await dialog.getByRole('button', { name: 'Merge 2 records' }).click();

    await page.getByText('2 records were merged into Dora Lange.').waitFor();
    await page.getByText('(212) 555-0188').waitFor();
    await page.getByText('June 1, 1975').waitFor();
    await contact.section('History').getByText('Met at the trade fair').waitFor();
    expect(count('select count(*) n from contacts where id = ? and deleted_at is not null', second.id)).toBe(1);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('The merge was undone.').waitFor();
    await expect.poll(() => page.getByText('(212) 555-0188').count()).toBe(0);
    expect(count('select count(*) n from contacts where id = ? and deleted_at is null', second.id)).toBe(1);
    expect(count('select count(*) n from contact_phones where contact_id = ?', first.id)).toBe(1);
    expect(count('select count(*) n from history where contact_id = ?', second.id)).toBe(1);
  });

  it('uses the staff, tags, groups and custom fields defined in Settings on the form and the contact page', async () => {
    const { page } = app;
    const shell = new AppShellPage(page);
    await shell.goTo('Settings');
    await page.getByRole('tab', { name: 'Staff' }).click();
    await page.getByRole('textbox', { name: 'Staff name' }).fill('Mei Chen');
    await page.getByRole('button', { name: 'Add staff member' }).click();
    await page.getByRole('textbox', { name: 'Rename Mei Chen' }).waitFor();
    await page.getByRole('tab', { name: 'Tags' }).click();
    await page.getByRole('textbox', { name: 'Tag name' }).fill('VIP');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByRole('textbox', { name: 'Rename VIP' }).waitFor();
    await page.getByRole('tab', { name: 'Groups' }).click();
    await page.getByRole('textbox', { name: 'Group name' }).fill('Newsletter');
    await page.getByRole('button', { name: 'Add group' }).click();
    await page.getByRole('textbox', { name: 'Rename Newsletter' }).waitFor();
    await page.getByRole('tab', { name: 'Custom fields' }).click();
    const settingsForm = new ContactFormPage(page);
    await settingsForm.fill('Field name', 'Shoe size');
    await settingsForm.choose('Field type', 'Number');
    await page.getByRole('button', { name: 'Add field' }).click();
    await page.getByRole('textbox', { name: 'Rename Shoe size' }).waitFor();
    await settingsForm.fill('Field name', 'Preferred region');
    await settingsForm.choose('Field type', 'Choice');
    const choices = page
      .getByRole('combobox', { name: 'Choices', exact: true })
      .or(page.getByRole('textbox', { name: 'Choices', exact: true }))
      .first();
    await choices.fill('North');
    await choices.press('Enter');
    await choices.fill('South');
    await choices.press('Enter');
    await page.getByRole('button', { name: 'Add field' }).click();
    await page.getByRole('textbox', { name: 'Rename Preferred region' }).waitFor();

    const person = await service('contacts.create', { givenName: 'Elif', familyName: 'Yilmaz' });
    const contact = new ContactDetailPage(page);
    await contact.open(person.id);
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = new ContactFormPage(page);
    await form.choose('Tier', 'Key');
    await form.choose('Owner', 'Mei Chen');
    await form.choose('Tags', 'VIP');
    await form.choose('Groups', 'Newsletter');
    await form.choose('Relationship style', 'Analytical');
    await form.choose('Preferred region', 'South');
    await form.fill('Shoe size', '38');
    await page.getByRole('switch', { name: 'Do not contact' }).check();
    await form.save();

    await contact.heading('Elif Yilmaz').waitFor();
    const profile = contact.section('Customer profile');
    await expect.poll(() => profile.innerText()).toMatch(/Tier\s+Key[\s\S]*Owner\s+Mei Chen[\s\S]*VIP[\s\S]*Newsletter[\s\S]*Shoe size\s+38[\s\S]*Preferred region\s+South/);
    await page.getByText('Careful and precise', { exact: false }).waitFor();
    await contact.section('Communication preferences').getByText('Do not contact').waitFor();
  });

  it('takes a birthday typed as a British office writes it, 31/12/1980, and shows it that way again', async () => {
    const { page } = app;
    await service('settings.update', { defaultCountry: 'GB' });
    try {
      await page.reload();
      const form = await openNewContactForm();
      expect(await form.field('Birthday').getAttribute('placeholder')).toBe('DD/MM/YYYY');
      await form.fill('Given name', 'Oliver');
      await form.fill('Family name', 'Hughes');
      await form.fill('Birthday', '31/12/1980');
      await form.save();
      const contact = new ContactDetailPage(page);
      await contact.heading('Oliver Hughes').waitFor();
      await contact.section('Customer profile').getByText('31 December 1980').waitFor();
      expect(count("select count(*) n from contacts where display_name = 'Oliver Hughes' and birthday = '1980-12-31'")).toBe(1);

      await page.getByRole('button', { name: 'Edit' }).click();
      await expect.poll(() => form.field('Birthday').inputValue()).toBe('31/12/1980');
    } finally {
      await service('settings.update', { defaultCountry: 'US' });
    }
  });

  it('shows a refused birthday’s message in Chinese after switching the language', async () => {
    const { page } = app;
    await new AppShellPage(page).goTo('Settings');
    await page.getByRole('textbox', { name: 'Language' }).or(page.getByRole('combobox', { name: 'Language' })).first().click();
    await page.getByRole('option', { name: '简体中文' }).click();
    await new AppShellPage(page).navigation.getByRole('link', { name: '联系人' }).waitFor();

    const before = tableCounts(app.backend);
    await new ContactDetailPage(page).goTo('/contacts/new');
    const form = new ContactFormPage(page);
    await form.fill('名', '小明');
    await form.fill('姓', '王');
    await form.fill('生日', '1980-02-31');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(/生日.*1980-02-31/).first().waitFor();
    expect(await form.errorOf('生日').innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(tableCounts(app.backend)).toEqual(before);

    const wang = await service('contacts.create', {
      givenName: '小明',
      familyName: '王',
      salutation: '尊敬的王经理',
      tier: 'key',
      relationshipStyle: 'amiable',
      addresses: [{ street: '中关村大街1号', city: '海淀区', region: '北京市', postcode: '100080', country: 'CN' }],
    });
    const contact = new ContactDetailPage(page);
    await contact.open(wang.id);
    await contact.heading('王小明').waitFor();
    await page.getByText('尊敬的王经理').waitFor();
    await contact.section('客户档案').getByText('主客户').waitFor();
    await contact.section('联系偏好').getByText('和蔼型').waitFor();
    await expect
      .poll(() => contact.section('电话、邮箱和地址').getByRole('row').last().innerText())
      .toMatch(/100080\s+北京市海淀区\s+中关村大街1号/);
  });
});
