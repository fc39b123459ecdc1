import type { Locator, Page } from 'playwright-core';

/** The "Import & export" screen: choose a file, check the preview, import, undo from the history. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Import & export' }).click();
    await this.page.getByRole('tab', { name: 'Import', exact: true }).waitFor();
  }

  /** Chooses a file the way a person does in browser mode (the file input behind "Choose a file…"). */
  async chooseFile(path: string): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles(path);
    await this.page.getByRole('heading', { name: 'Columns' }).waitFor();
  }

  /** The figure shown under one of the preview's counts (Rows, New, Duplicates, Invalid, and Not contacts when there are such rows). */
  count(which: 'total' | 'new' | 'duplicate' | 'invalid' | 'ignored'): Locator {
    return this.page.locator(`[data-count="${which}"]`);
  }

  problems(): Locator {
    return this.page.getByRole('list', { name: 'Rows that will not be imported' }).getByRole('listitem');
  }

  /** Saves the rows with problems as the browser downloads them; returns the file's path. */
  async saveProblemRows(path: string): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Save these rows to put them right' }).click()]);
    await download.saveAs(path);
    return download.suggestedFilename();
  }

  async chooseDuplicates(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  /** Starts the import and waits until it reports its result. */
  async importRows(): Promise<string> {
    await this.page.getByRole('button', { name: /^Import [\d,]+ rows?$/ }).click();
    const done = this.page.getByRole('alert').filter({ hasText: 'Imported:' });
    await done.waitFor();
    return done.innerText();
  }

  async undoLatest(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Import history' }).click();
    await this.page.getByRole('button', { name: 'Undo import' }).first().click();
    // Imports undone before stay listed as undone: wait for one more.
    const undone = this.page.getByText(/^Undone /);
    const before = await undone.count();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
    await undone.nth(before).waitFor();
  }
}
