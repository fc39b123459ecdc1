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
