import type { LetterForm } from '../../../../shared/contract/mailings.contract';

// Countries whose offices use US Letter paper; everyone else uses A4.
const LETTER_COUNTRIES = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'CR', 'GT', 'DO', 'PR', 'PA', 'SV', 'NI', 'HN', 'BZ']);

/** A4 or Letter: the office's choice in Settings, else what its country uses. */
export function defaultPaper(letterPaper: 'A4' | 'Letter' | null | undefined, country: string | undefined): 'A4' | 'Letter' {
  return letterPaper ?? (LETTER_COUNTRIES.has((country ?? '').toUpperCase()) ? 'Letter' : 'A4');
}

/** The letter layout that goes with a paper: US #10 window on Letter, DIN 5008 form B on A4. */
export const formForPaper = (paper: 'A4' | 'Letter'): LetterForm => (paper === 'Letter' ? 'us-10' : 'din5008-b');

export const paperOfForm = (form: LetterForm): 'A4' | 'Letter' => (form === 'us-10' ? 'Letter' : 'A4');

/**
 * The body a new template starts with, in the letter's own language (letter text, not the
 * screen's): greeting, a blank paragraph, the closing, signature and name.
 */
export function starterBody(language: 'en' | 'zh-CN'): string {
  const closing = language === 'zh-CN' ? '<p>此致</p><p>敬礼！</p>' : '<p>Kind regards</p>';
  return `<p>{{salutation}}</p><p></p>${closing}<p>{{signature}}</p><p>{{ownerName}}</p>`;
}
