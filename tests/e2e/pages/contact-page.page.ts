import type { Locator, Page } from 'playwright-core';

/** One contact's page: its facts, its history and the quick note/call form. */
export class ContactDetailPage {
  constructor(readonly page: Page) {}

  /** Goes to a screen by its address inside the app, e.g. "/contacts/12". */
  async goTo(path: string): Promise<void> {
    const url = new URL(this.page.url());
    url.hash = path;
    await this.page.goto(url.toString());
  }

  async open(id: number): Promise<void> {
    await this.goTo(`/contacts/${id}`);
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 2 });
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  /** Entries of the timeline, newest first. */
  historyEntries(): Locator {
    return this.page.getByRole('list', { name: 'History' }).getByRole('listitem');
  }

  /** Presses a key with nothing focused, as a person does after reading the page. */
  async shortcut(key: string): Promise<void> {
    // A string runs in the page; the test code itself has no DOM types.
    await this.page.evaluate('document.activeElement && document.activeElement.blur()');
    await this.page.keyboard.press(key);
  }

  async findDuplicates(): Promise<void> {
    await this.page.getByRole('button', { name: 'Find duplicates' }).click();
  }
}
