import chardet from 'chardet';
import iconv from 'iconv-lite';

/** The multi-byte code pages of East Asian Excel, in the order ties are settled. */
const CJK = ['gb18030', 'big5', 'shift_jis'] as const;

let commonChars: Set<string> | undefined;

/** Decodes every two-byte code in the given lead/trail ranges of one encoding. */
function decodeRange(encoding: string, leads: [number, number], trails: [number, number][]): string {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) for (let trail = from; trail <= to; trail++) bytes.push(lead, trail);
  }
  return iconv.decode(Buffer.from(bytes), encoding);
}

/**
 * The characters people actually write: GB2312 level 1, Big5's frequent characters and JIS
 * level 1. Text decoded with the wrong code page turns into rare characters instead, which is
 * how GBK, Big5 and Shift-JIS are told apart when chardet cannot (short files, names only).
 */
function common(): Set<string> {
  if (!commonChars) {
    commonChars = new Set(
      decodeRange('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]) +
        decodeRange('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]]) +
        decodeRange('shift_jis', [0x88, 0x98], [[0x40, 0x7e], [0x80, 0xfc]]),
    );
    commonChars.delete('\ufffd');
  }
  return commonChars;
}

const ASCII_LETTER = /[A-Za-z]/;

/**
 * Share of the non-ASCII characters that are common ones; any undecodable byte disqualifies. A
 * character inside a Latin word ("O扖rien": Windows-1252's apostrophe and the next letter read
 * as one GBK character) is not common there, whatever it is.
 */
function plausibility(text: string): number {
  const set = common();
  let total = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code < 0x80) continue;
    if (code === 0xfffd) return -1;
    const ch = String.fromCodePoint(code);
    if (ch.length === 2) i++;
    total++;
    if (ASCII_LETTER.test(text[i - ch.length] ?? '') && ASCII_LETTER.test(text[i + 1] ?? '')) continue;
    // Kana, CJK punctuation and full-width forms are common in every CJK file.
    if (set.has(ch) || (code >= 0x3000 && code <= 0x30ff) || (code >= 0xff01 && code <= 0xff5e)) good++;
  }
  return total ? good / total : 0;
}

function utf16WithoutBom(sample: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(sample.length, 4096) & ~1;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (pairs < 2) return undefined;
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05) return 'utf-16be';
  return undefined;
}

const SINGLE_BYTE_ALIASES: Record<string, string> = { 'iso-8859-1': 'windows-1252' };

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Punctuation that follows a letter in any Latin text: an apostrophe, a closing quote, a dash, an ellipsis. */
const AFTER_LETTER = new Set(['\u2019', '\u201d', '\u2013', '\u2014', '\u2026']);

/**
 * How well a decoding reads inside words: each non-ASCII character after a letter counts one up
 * when it is a letter of the word's case (or an apostrophe, closing quote or dash), one down
 * otherwise. Mac Roman's ü (0x9F) read as Windows-1252 is "Ÿ" in "MŸller", its ß "§" in
 * "Stra§e"; Windows-1252's ü read as Mac Roman is "¸", its é "È".
 */
function inWordScore(text: string): number {
  let score = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80 || !LETTER.test(text[i - 1]!)) continue;
    const next = text[i + 1] ?? '';
    const fits = AFTER_LETTER.has(c) || (LETTER.test(c) && !(UPPER.test(c) && (LOWER.test(text[i - 1]!) || LOWER.test(next))));
    score += fits ? 1 : -1;
  }
  return score;
}

/**
 * Windows-1252 or Mac Roman, which Excel for Mac writes when saving "CSV" (not "CSV UTF-8") and
 * chardet does not know: the one whose accented letters sit better inside words.
 */
function latinOrMac(text: Buffer): string {
  return inWordScore(iconv.decode(text, 'macintosh')) > inWordScore(iconv.decode(text, 'windows-1252')) ? 'macintosh' : 'windows-1252';
}

/**
 * Finds the encoding of text bytes as Excel and other programs write them: a BOM, UTF-16 without
 * one, valid UTF-8, then the CJK code pages judged by how common the decoded characters are,
 * then chardet's best single-byte code page (Windows-1252 when it has no idea), told from Mac
 * Roman by how its accented letters sit in words.
 * @example detectEncoding(iconv.encode('张三,北京', 'gbk')) // 'gb18030'
 */
export function detectEncoding(bytes: Buffer, preferred: readonly string[] = CJK): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 256 * 1024);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  if (isUtf8(sample, sample.length < bytes.length)) return 'utf-8';
  // Cut the sample at a line end so no character is split at its edge.
  const end = sample.lastIndexOf(0x0a);
  const text = end > 0 && sample.length < bytes.length ? sample.subarray(0, end) : sample;
  const order = [...preferred, ...CJK.filter((e) => !preferred.includes(e))];
  let best: { encoding: string; score: number } | undefined;
  for (const encoding of order) {
    const score = plausibility(iconv.decode(text, encoding));
    if (score > (best?.score ?? 0)) best = { encoding, score };
  }
  if (best && best.score >= 0.6) return best.encoding;
  const guess = chardet
    .analyse(text)
    .map((m) => m.name.toLowerCase())
    .find((name) => /^(iso-8859-\d+|windows-125\d|koi8-[ru])$/.test(name) && iconv.encodingExists(name));
  const single = guess ? (SINGLE_BYTE_ALIASES[guess] ?? guess) : 'windows-1252';
  return single === 'windows-1252' ? latinOrMac(text) : single;
}

/** True when the bytes are valid UTF-8; a sample may end in the middle of a character. */
function isUtf8(bytes: Buffer, truncated: boolean): boolean {
  let end = bytes.length;
  if (truncated) {
    // Step back over a character the sample cut in two.
    let back = 0;
    while (back < 4 && end - back - 1 >= 0 && (bytes[end - back - 1]! & 0xc0) === 0x80) back++;
    if (end - back - 1 >= 0 && bytes[end - back - 1]! >= 0xc0) end = end - back - 1;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a whole text file, detecting the encoding unless one is given; a BOM is dropped.
 * @example decodeText(readFileSync('gbk.csv')) // { text: '姓名,…', encoding: 'gb18030' }
 */
export function decodeText(bytes: Buffer, encoding?: string, preferred?: readonly string[]): { text: string; encoding: string } {
  const used = encoding ?? detectEncoding(bytes, preferred);
  let text = iconv.decode(bytes, used);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding: used };
}
