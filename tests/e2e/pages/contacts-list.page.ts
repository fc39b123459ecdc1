import type { Locator, Page } from 'playwright-core';

/** The contact list as a person works it: search, filters, saved views, selection and bulk actions. */
export class ContactsListPage {
  constructor(readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Contacts' });
  }

  /** Data rows on screen (the grid draws only those near the viewport). */
  get dataRows(): Locator {
    return this.grid.locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Contacts' }).click();
    await this.grid.or(this.page.getByText('No contacts yet')).first().waitFor();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Search' }).fill(text);
  }

  /** Names of the rows on screen, once every visible row has arrived. */
  async names(): Promise<string[]> {
    const rows = await this.dataRows.all();
    const names: string[] = [];
    for (const row of rows) {
      const link = row.getByRole('link');
      if ((await link.count()) === 0) return ['…loading'];
      const name = (await link.innerText()).trim();
      // A row whose contact has not arrived yet renders an empty link for a moment.
      if (!name) return ['…loading'];
      names.push(name);
    }
    return names;
  }

  /** The "1,000 contacts" line. */
  count(): Locator {
    return this.page.getByText(/^[\d,]+ contacts?$/);
  }

  async openFilters(): Promise<void> {
    const button = this.page.getByRole('button', { name: /^Filters/ });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  /** Picks an option of a multi-choice filter; options show counts, e.g. "Key (3)". */
  async chooseFilter(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${option}( \\(|$)`) }).click();
    await this.page.keyboard.press('Escape');
  }

  async saveView(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Save view' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Save this view' });
    await dialog.getByLabel('View name').fill(name);
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await this.page.getByText(`View “${name}” saved.`).waitFor();
  }

  async pickView(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Saved view' }).click();
    await this.page.getByRole('option', { name }).click();
  }

  /** Focuses the grid and presses Ctrl+A: every matching contact, not only those on screen. */
  async selectAllMatching(): Promise<void> {
    await this.grid.focus();
    await this.page.keyboard.press('Control+a');
  }

  get selectionStatus(): Locator {
    return this.page.getByRole('status');
  }

  /** Opens a bulk action ("Add tag", "Set tier", ...) and applies the chosen value. */
  async bulk(action: string, choice: string): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: action }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox').click();
    await this.page.getByRole('option', { name: choice }).click();
    await dialog.getByRole('button', { name: 'Apply' }).click();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo' }).click();
  }
}
