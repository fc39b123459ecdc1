/**
 * Words a list writes in a cell it has nothing for, lowercased: 无, 暂无, N/A, none, NULL (a
 * database's export), k. A. (keine Angabe). Not "nan" or "nil": Nan and Nil are given names.
 */
const NOTHING = new Set([
  ...['无', '暂无', '没有', '空', '无无', '未填', '未填写', '待定', '待补充', '不详', '未知', '無', '暫無', '沒有', '不詳'],
  ...['n/a', 'n.a.', 'n. a.', 'none', 'null', '(null)', '(blank)', '(none)', '(empty)', 'unknown', 'tbd', 'tba'],
  ...['k.a.', 'k. a.', 'keine angabe', 'unbekannt'],
]);
/** The marks a cell of marks alone is made of: "-", "/", "——", "…", "?". Not "*", "•" or "·", which mark a row as one of some kind (a starred customer). */
const MARKS = new Set([...'-‐‑‒–—―−－/／\\.。…_~～?？'].map((c) => c.charCodeAt(0)));
/** A spreadsheet's error where a formula found nothing or broke: #N/A, #REF!, #VALUE!. */
const SHEET_ERROR = /^#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|GETTING_DATA)$/i;
/** How such a cell can start: a cell starting otherwise is looked at no further, as nearly all are. */
const STARTS = new Set([...MARKS, '#'.charCodeAt(0), ...[...NOTHING].flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)])]);

/** Whether every character of `cell` is a mark. */
function marksOnly(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) if (!MARKS.has(cell.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether a (trimmed) cell says it holds nothing: a dash or slash, a word such as 无 or N/A, or a
 * spreadsheet's error. Such a cell is taken as empty: "无" in an email column is no bad address,
 * "/" under 公司 no firm. A cell longer than a phrase, or starting as none of them does, is a
 * value: the preview asks this of every cell.
 * @example saysNothing('暂无') // true
 * @example saysNothing('Anna') // false
 */
export function saysNothing(cell: string): boolean {
  if (cell.length > 12 || !STARTS.has(cell.charCodeAt(0))) return false;
  return marksOnly(cell) || NOTHING.has(cell.toLowerCase()) || SHEET_ERROR.test(cell);
}
