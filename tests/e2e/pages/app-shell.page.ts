import type { Locator, Page } from 'playwright-core';

/** The frame around every screen: main navigation. */
export class AppShellPage {
  constructor(readonly page: Page) {}

  get navigation(): Locator {
    return this.page.getByRole('navigation');
  }

  async goTo(area: string): Promise<void> {
    await this.navigation.getByRole('link', { name: area }).click();
  }
}
