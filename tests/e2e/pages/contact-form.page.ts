import type { Locator, Page } from 'playwright-core';

/** The add/edit contact form, as a person fills it in. */
export class ContactFormPage {
  constructor(readonly page: Page) {}

  /** Switches a new record between person and company. */
  async kind(kind: 'Person' | 'Company'): Promise<void> {
    await this.page.getByText(kind, { exact: true }).click();
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /** Types the phones into "Phone", "Phone 2", …, adding rows as needed. */
  async phones(values: string[]): Promise<void> {
    for (const [i, value] of values.entries()) {
      const name = i === 0 ? 'Phone' : `Phone ${i + 1}`;
      if ((await this.field(name).count()) === 0) await this.page.getByRole('button', { name: 'Add phone' }).click();
      await this.fill(name, value);
    }
  }

  /** The labels a phone's or an email's picker offers, from the nth (1-based) of its list. */
  async labelOptions(list: 'Phone' | 'Email', n: number): Promise<string[]> {
    await this.page.getByLabel(`${list} ${n} Label`, { exact: true }).first().click();
    const options = await this.page.getByRole('option').allInnerTexts();
    await this.page.keyboard.press('Escape');
    return options;
  }

  /** Picks the label of the nth (1-based) phone or email. */
  async label(list: 'Phone' | 'Email', n: number, label: string): Promise<void> {
    await this.page.getByLabel(`${list} ${n} Label`, { exact: true }).first().click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  /** Links the person to a company found by typing part of its name. */
  async linkCompany(search: string, company: string, title = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'Link a company' }).click();
    const picker = this.page
      .getByRole('combobox', { name: 'Company 1', exact: true })
      .or(this.page.getByRole('textbox', { name: 'Company 1', exact: true }))
      .first();
    await picker.click();
    await picker.fill(search);
    await this.page.getByRole('option', { name: company }).click();
    if (title) await this.fill('Job title 1', title);
  }

  /** Picks an option of a drop-down (Select or MultiSelect) by its label. */
  async choose(label: string, option: string): Promise<void> {
    const input = this.page
      .getByRole('combobox', { name: label, exact: true })
      .or(this.page.getByRole('textbox', { name: label, exact: true }))
      .first();
    await input.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  /** Adds a postal address with its parts. */
  async address(a: { street: string; postcode: string; city: string; country: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add address' }).click();
    await this.fill('Street', a.street);
    await this.fill('Postcode', a.postcode);
    await this.fill('City', a.city);
    const country = this.page.getByRole('combobox', { name: 'Country', exact: true }).or(this.field('Country')).first();
    await country.click();
    await country.fill(a.country);
    await this.page.getByRole('option', { name: new RegExp(a.country) }).first().click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** The message shown under a field. */
  errorOf(label: string): Locator {
    return this.field(label).locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]').locator('.mantine-InputWrapper-error');
  }
}
