import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { mailingsEn } from '../../../../shared/i18n/mailings.en';
import { mailingsZhCN } from '../../../../shared/i18n/mailings.zh-CN';

let added = false;

// The screens bring their own strings, so they read right even before the catalogue merges
// them; adding is a deep merge, so once the lead's catalogue has them nothing changes.
function ensureStrings(): void {
  if (added || !i18next.isInitialized) return;
  i18next.addResourceBundle('en', 'translation', { mailings: mailingsEn }, true, false);
  i18next.addResourceBundle('zh-CN', 'translation', { mailings: mailingsZhCN }, true, false);
  added = true;
}

// Also as soon as i18next starts, so the navigation entry reads right before the screen opens.
if (i18next.isInitialized) ensureStrings();
else i18next.on('initialized', ensureStrings);

/** useTranslation for the Letters & labels screens, with their strings loaded. */
export function useMailingsTranslation() {
  ensureStrings();
  return useTranslation();
}
