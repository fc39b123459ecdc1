import iconv from 'iconv-lite';
import { labelFromWord } from '../../../shared/import-export/channel-label-words';

/** One property of a card after unfolding and decoding, as vCard 3.0 text ical.js can parse. */
export interface VcardLine {
  /** Line number of the property's first physical line. */
  line: number;
  name: string;
  /** The property's group ("item1" of Apple's "item1.TEL"), lower case; '' when it has none. */
  group: string;
  /** The property rewritten as one clean line: no group, TYPE params, value decoded. */
  text: string;
}

export interface RawCard {
  /** Line number of BEGIN:VCARD. */
  line: number;
  version: string;
  props: VcardLine[];
}

/** Binary payloads a contact list does not need; skipped before parsing. */
const SKIPPED = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

const isQuotedPrintable = (head: string) => /(^|;)\s*(ENCODING=)?QUOTED-PRINTABLE\s*(;|$)/i.test(head);

/** Splits "name;params:value" at the first colon outside a quoted parameter. */
function splitProperty(line: string): [string, string] | undefined {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return [line.slice(0, i), line.slice(i + 1)];
  }
  return undefined;
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
    }
  }
  const enc = iconv.encodingExists(charset) ? charset : 'utf-8';
  return iconv.decode(Buffer.from(bytes), enc);
}

/** The TYPE a label word stands for; 'other' and the rest say nothing a TYPE would. */
const CUSTOM_TYPES: Partial<Record<ReturnType<typeof labelFromWord>, string>> = { mobile: 'CELL', work: 'WORK', home: 'HOME' };

/**
 * The label an Android phone writes for a number or address the person labelled themselves:
 * `X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=E5=85=AC=E5=8F=B8)`, or with the label in
 * plain ASCII; null for any other parameter.
 * @example androidLabel('X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=E5=85=AC=E5=8F=B8)') // '公司'
 */
function androidLabel(param: string): string | null {
  const m = /^X-CUSTOM\((.*)\)$/i.exec(param);
  if (!m) return null;
  const parts = m[1]!.split(',');
  let charset = 'utf-8';
  let qp = false;
  while (parts.length > 1 && /^(CHARSET|ENCODING)=/i.test(parts[0]!)) {
    const [key, value = ''] = parts.shift()!.split('=');
    if (/^charset$/i.test(key!)) charset = value.toLowerCase();
    else qp = /^QUOTED-PRINTABLE$/i.test(value);
  }
  const label = parts.join(',');
  return qp && /=[0-9A-Fa-f]{2}/.test(label) ? decodeQuotedPrintable(label, charset) : label;
}

/**
 * Rewrites one 2.1/3.0/4.0 property into the form ical.js reads: vCard 2.1's bare parameters
 * (TEL;CELL;PREF) become TYPE=, quoted-printable values are decoded in their CHARSET, and
 * line breaks inside the decoded value are escaped.
 */
function normalise(head: string, value: string): { name: string; group: string; text: string } | undefined {
  const [nameWithGroup = '', ...params] = head.split(';');
  const name = nameWithGroup.replace(/^.*\./, '').trim().toUpperCase();
  const group = nameWithGroup.includes('.') ? nameWithGroup.slice(0, nameWithGroup.lastIndexOf('.')).trim().toLowerCase() : '';
  if (!name || SKIPPED.has(name)) return undefined;
  const types: string[] = [];
  const kept: string[] = [];
  let charset = 'utf-8';
  let qp = false;
  for (const raw of params) {
    const param = raw.trim();
    if (!param) continue;
    const custom = androidLabel(param);
    if (custom !== null) {
      const type = CUSTOM_TYPES[labelFromWord(custom)];
      if (type) types.push(type);
      continue;
    }
    const eq = param.indexOf('=');
    const key = (eq < 0 ? '' : param.slice(0, eq)).toUpperCase();
    const val = eq < 0 ? param : param.slice(eq + 1);
    if (eq < 0) {
      if (/^QUOTED-PRINTABLE$/i.test(val)) qp = true;
      else if (/^(BASE64|B)$/i.test(val)) return undefined;
      else if (!/^(8BIT|7BIT)$/i.test(val)) types.push(val);
    } else if (key === 'ENCODING') {
      if (/^QUOTED-PRINTABLE$/i.test(val)) qp = true;
      else if (/^(BASE64|B)$/i.test(val)) return undefined;
    } else if (key === 'CHARSET') {
      charset = val.replace(/"/g, '').toLowerCase();
    } else if (key === 'TYPE') {
      types.push(...val.replace(/"/g, '').split(','));
    } else if (/^[A-Z0-9-]+$/.test(key)) {
      kept.push(`${key}=${val}`);
    }
  }
  let text = value;
  if (qp) text = decodeQuotedPrintable(value, charset).replace(/\r\n|\r|\n/g, '\\n');
  const typeParam = types.length ? `;TYPE=${types.filter(Boolean).join(',')}` : '';
  const rest = kept.length ? `;${kept.join(';')}` : '';
  return { name, group, text: `${name}${typeParam}${rest}:${text}` };
}

export type CardSplit = { cards: RawCard[] } | { unterminatedAt: number };

/**
 * Splits vCard text into cards of unfolded, decoded property lines: RFC folding (a line starting
 * with a space continues the one before), quoted-printable soft line breaks (a line ending in =),
 * blank lines inside base64 photos. A card with no END:VCARD is reported by its BEGIN line.
 */
export function splitCards(text: string): CardSplit {
  const physical = text.split(/\r\n|\n|\r/);
  const logical: { line: number; text: string }[] = [];
  let current: { line: number; text: string; qp: boolean } | undefined;
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    if (current && current.qp && current.text.endsWith('=')) {
      current.text = current.text.slice(0, -1) + raw;
      continue;
    }
    if (current && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      current.text += raw.slice(1);
      continue;
    }
    if (current) logical.push(current);
    const colon = raw.indexOf(':');
    current = raw.trim() ? { line: i + 1, text: raw, qp: colon > 0 && isQuotedPrintable(raw.slice(0, colon)) } : undefined;
  }
  if (current) logical.push(current);

  const cards: RawCard[] = [];
  let card: RawCard | undefined;
  let depth = 0;
  for (const { line, text: l } of logical) {
    const trimmed = l.trim();
    if (/^BEGIN:VCARD$/i.test(trimmed)) {
      if (card && depth > 0) return { unterminatedAt: card.line };
      card = { line, version: '', props: [] };
      depth = 1;
      continue;
    }
    if (/^END:VCARD$/i.test(trimmed)) {
      if (card) cards.push(card);
      card = undefined;
      depth = 0;
      continue;
    }
    if (!card) continue;
    const split = splitProperty(l);
    if (!split) continue;
    const [head, value] = split;
    if (/^VERSION$/i.test(head.trim())) {
      card.version = value.trim();
      continue;
    }
    const prop = normalise(head, value);
    if (prop) card.props.push({ line, ...prop });
  }
  if (card) return { unterminatedAt: card.line };
  return { cards };
}
