const YES = /^(y|yes|true|1|x|是|有|对|✓|✔|wahr|ja)$/i;
const NO = /^(n|no|false|0|否|无|不|falsch|nein)$/i;

/** A cell read as yes or no ("Yes", "TRUE", "x", "是", "nein", 1, 0); null when it is neither. */
export const yesNoOf = (text: string): boolean | null => (YES.test(text) ? true : NO.test(text) ? false : null);
