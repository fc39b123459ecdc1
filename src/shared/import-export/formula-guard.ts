/** First characters a spreadsheet reads as the start of a formula (or a DDE payload). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Plain signed numbers are safe and stay numbers: "-12.50", "+3". */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** Whether a spreadsheet would run a cell typed so as a formula: "=HYPERLINK(…)", "+86 138…", "@SUM(…)"; not "-12.50". */
export const runsAsFormula = (value: string): boolean => FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);

/**
 * Makes a cell a spreadsheet would run as a formula harmless by prefixing an apostrophe, the
 * convention Excel and LibreOffice show as "this is text" (OWASP's CSV-injection advice).
 * @example neutraliseFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function neutraliseFormula(value: string): string {
  return runsAsFormula(value) ? `'${value}` : value;
}

/** A phone number written in the international way: a plus, digits and the marks between them, nothing a formula could call. */
const DIALLED_NUMBER = /^\+[\d\s()./-]+$/;

/**
 * neutraliseFormula for a file an address book reads (Outlook's CSV), which keeps an apostrophe
 * as part of the number: "+86 138 0013 8000" is written as it is, having nothing to run.
 * @example neutraliseForAddressBook('+86 138 0013 8000') // '+86 138 0013 8000'
 */
export function neutraliseForAddressBook(value: string): string {
  return DIALLED_NUMBER.test(value) ? value : neutraliseFormula(value);
}

/**
 * Undoes neutraliseFormula on import, so an exported file reads back as it was.
 * @example restoreNeutralised("'+86 138 0013 8000") // '+86 138 0013 8000'
 */
export function restoreNeutralised(value: string): string {
  return value.length > 1 && value[0] === "'" && runsAsFormula(value.slice(1)) ? value.slice(1) : value;
}
