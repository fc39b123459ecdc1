import { dictionary } from '../../../shared/import-export/dictionary';
/**
 * The small part of XML a workbook's parts use, read with string searches: spreadsheet parts are
 * machine-written (no DTDs, no entities beyond the five predefined and character references),
 * and a general XML parser reads a 66 MB sheet eight times slower. Element names are compared
 * without their prefix, since some writers use `x:c` where Excel writes `c`.
 */

const ENTITIES: Record<string, string> = dictionary({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" });

/**
 * Text content or an attribute value as the person typed it: XML references decoded, then
 * Excel's own `_xHHHH_` escapes for control characters (`_x000D_` is a carriage return,
 * `_x005F_` a literal underscore).
 */
export function xmlText(raw: string): string {
  let text = raw;
  if (text.includes('&')) {
    text = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, ref: string) => {
      if (ref[0] !== '#') return ENTITIES[ref] ?? all;
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : all;
    });
  }
  if (text.includes('_x')) text = text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

/** Where the tag starting at `from` (its '<') ends: the index of its '>', quotes respected; -1 if not yet there. */
export function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/** The element's name without prefix, from just after '<' (a leading '/' kept for end tags). */
export function localName(xml: string, from: number): string {
  let end = from;
  while (end < xml.length) {
    const c = xml.charCodeAt(end);
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) {
      if (c !== 47 || end > from) break;
    }
    end++;
  }
  const name = xml.slice(from, end);
  const colon = name.indexOf(':');
  if (colon < 0) return name;
  return name[0] === '/' ? `/${name.slice(colon + 1)}` : name.slice(colon + 1);
}

/** One attribute of a start tag, by name without prefix; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  const re = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const key = m[1]!;
    const colon = key.indexOf(':');
    if ((colon < 0 ? key : key.slice(colon + 1)) === name) return xmlText(m[2] ?? m[3] ?? '');
  }
  return undefined;
}

/** Every start (or empty) tag of one element name, in document order, as its source text. */
export function startTags(xml: string, name: string): string[] {
  const out: string[] = [];
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    if (localName(xml, i + 1) !== name) continue;
    const end = tagEnd(xml, i);
    if (end < 0) break;
    out.push(xml.slice(i, end + 1));
    i = end;
  }
  return out;
}

/** The section between the start and end tag of the first element of that name ('' when absent). */
export function section(xml: string, name: string): string {
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    if (localName(xml, i + 1) !== name) continue;
    const end = tagEnd(xml, i);
    if (end < 0 || xml.charCodeAt(end - 1) === 47) return '';
    for (let j = xml.indexOf('</', end); j >= 0; j = xml.indexOf('</', j + 1)) {
      if (localName(xml, j + 1) === `/${name}`) return xml.slice(end + 1, j);
    }
    return xml.slice(end + 1);
  }
  return '';
}

/**
 * The text of a string item (a shared string or an inline string): the `t` elements joined, so
 * rich text reads as one string, leaving out phonetic guides (`rPh`, the furigana of Japanese
 * names).
 */
export function runText(inner: string): string {
  let out = '';
  let phonetic = 0;
  let from = 0;
  for (let i = inner.indexOf('<'); i >= 0; i = inner.indexOf('<', from)) {
    const end = tagEnd(inner, i);
    if (end < 0) break;
    from = end + 1;
    if (inner.startsWith('<![CDATA[', i)) {
      const close = inner.indexOf(']]>', i);
      if (!phonetic) out += inner.slice(i + 9, close < 0 ? inner.length : close);
      from = close < 0 ? inner.length : close + 3;
      continue;
    }
    const name = localName(inner, i + 1);
    if (name === 'rPh') {
      if (inner.charCodeAt(end - 1) !== 47) phonetic++;
    } else if (name === '/rPh') phonetic--;
    else if (name === 't' && !phonetic && inner.charCodeAt(end - 1) !== 47) {
      const close = inner.indexOf('</', end);
      const stop = close < 0 ? inner.length : close;
      out += stop > end + 1 && inner.startsWith('<![CDATA[', end + 1) ? inner.slice(end + 10, inner.indexOf(']]>', end)) : xmlText(inner.slice(end + 1, stop));
      from = stop;
    }
  }
  return out;
}
