/**
 * A header reduced to what identifies it: lower case, no spaces, dashes, dots, colons or
 * brackets (full-width ones included), so "E-mail Address" and "email address" meet.
 * @example headerKey('手机号码：') // '手机号码'
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）/\\'’*#·]+/g, '');
}

/** A bracketed note in a header (full-width brackets are plain ones after NFKC): "(必填)", "[EUR]", "【选填】". */
const NOTE = /[([【〔]([^()[\]【】〔〕]*)[)\]】〕]/g;

/**
 * The key of a header without its bracketed notes, which templates add to say what to type
 * ("手机号码(必填)", "出生日期（yyyy-mm-dd）") or in what unit ("金额(元)", "Amount (EUR)"):
 * what a header is looked up by when it is not known with them. '' when it is all note.
 * @example bareHeaderKey('金额（元）') // '金额'
 */
export function bareHeaderKey(header: string): string {
  return headerKey(header.normalize('NFKC').replace(NOTE, ''));
}

/**
 * The bracketed notes of a header, trimmed.
 * @example headerNotes('单价（元）') // ['元']
 */
export function headerNotes(header: string): string[] {
  return [...header.normalize('NFKC').matchAll(NOTE)].map((m) => m[1]!.trim());
}
