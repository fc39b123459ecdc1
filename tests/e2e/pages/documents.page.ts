import type { Download, FrameLocator, Locator, Page } from 'playwright-core';
import { AppShellPage } from './app-shell.page';

/** Letters & labels: recipients, sheet, options, preview, Print and Save as PDF. */
export class DocumentsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new AppShellPage(this.page).goTo('Letters & labels');
    await this.page.getByRole('heading', { name: 'Letters & labels', level: 2 }).waitFor();
  }

  async tab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Picks an option of a Mantine select by the field's label. */
  async choose(label: string, option: string | RegExp): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  async chooseGroup(name: string | RegExp): Promise<void> {
    await this.choose('Group', name);
  }

  /** Types into the sheet search and picks a sheet from the list. */
  async pickSheet(query: string, sheet: string | RegExp): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Find a sheet' }).fill(query);
    await this.page.getByRole('listbox', { name: 'Label sheet' }).getByRole('option', { name: sheet }).click();
  }

  sheetDrawing(name: string): Locator {
    return this.page.getByRole('img', { name: `Drawing of the sheet ${name}` });
  }

  previewSummary(): Locator {
    return this.page.getByText(/pieces for \d+ contacts on \d+ pages?/);
  }

  /** The printed page shown in the preview. */
  previewPage(n = 1): FrameLocator {
    return this.page.frameLocator(`iframe[title="Preview of page ${n}"]`);
  }

  leftOut(): Locator {
    return this.page.getByRole('table', { name: /left out/ });
  }

  /** Writes a new letter template in the rich-text editor, merge fields picked from the menu. */
  async writeTemplate(name: string, parts: ({ text: string } | { field: string })[]): Promise<void> {
    await this.page.getByRole('button', { name: 'New template' }).click();
    await this.page.getByRole('textbox', { name: 'Template name' }).fill(name);
    const body = this.page.getByRole('textbox', { name: 'Letter text' });
    await body.click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Delete');
    for (const part of parts) {
      if ('text' in part) await this.page.keyboard.type(part.text);
      else {
        await this.page.getByRole('button', { name: 'Insert field' }).click();
        await this.page.getByRole('menuitem', { name: part.field, exact: true }).click();
      }
    }
    await this.page.getByRole('button', { name: 'Save template' }).click();
  }

  /** Clicks "Save as PDF" and returns the browser's download of it. */
  async saveAsPdf(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Save as PDF' }).click();
    return download;
  }
}
