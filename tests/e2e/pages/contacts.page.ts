import type { Page } from 'playwright-core';

/** The contact list and the add/edit form, as a person uses them. */
export class ContactsPage {
  constructor(readonly page: Page) {}

  async addPerson(p: { given: string; family: string; phone?: string; email?: string }): Promise<void> {
    await this.page.getByRole('link', { name: 'Add person' }).click();
    await this.page.getByLabel('Given name').fill(p.given);
    await this.page.getByLabel('Family name').fill(p.family);
    if (p.phone) await this.page.getByRole('textbox', { name: 'Phone', exact: true }).fill(p.phone);
    if (p.email) await this.page.getByRole('textbox', { name: 'Email', exact: true }).fill(p.email);
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Search' }).fill(text);
  }

  rows() {
    return this.page.getByRole('row');
  }
}
