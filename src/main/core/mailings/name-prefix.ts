import type { Salutation } from '../../../shared/documents/recipient';

const MR = /^(mr\.?|herr|herrn|monsieur|m\.|señor|sr\.?|先生)$/i;
const MS = /^(ms\.?|mrs\.?|miss|frau|madame|mme\.?|señora|sra\.?|女士|小姐|夫人|太太)$/i;
const MX = /^mx\.?$/i;
const HOUSEHOLD = /\s(?:&|\+|[Aa]nd|[Uu]nd|et|y|e)\s/;

/**
 * Splits a stored name prefix into the form of address and the titles that follow it, so each
 * can be printed in the destination's words ("Mr Dr." → mr + "Dr.", "Frau Prof." → ms + "Prof.").
 * @example splitNamePrefix('Herr Dr.') // { salutation: 'mr', title: 'Dr.' }
 */
export function splitNamePrefix(prefix: string): { salutation: Salutation; title: string } {
  // A household's ("Mr & Mrs", "Herr und Frau") is printed as written: neither form is theirs alone.
  if (HOUSEHOLD.test(prefix)) return { salutation: 'none', title: prefix.trim() };
  let salutation: Salutation = 'none';
  const titles: string[] = [];
  for (const word of prefix.trim().split(/\s+/).filter(Boolean)) {
    if (salutation === 'none' && MR.test(word)) salutation = 'mr';
    else if (salutation === 'none' && MS.test(word)) salutation = 'ms';
    else if (salutation === 'none' && MX.test(word)) salutation = 'mx';
    else titles.push(word);
  }
  return { salutation, title: titles.join(' ') };
}
