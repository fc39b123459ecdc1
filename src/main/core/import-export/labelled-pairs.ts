import type { ParsedTable } from '../../../shared/import-export/table';

/**
 * Google Contacts writes what has no column of its own as numbered pairs whose label says what
 * the value is, and the label differs from contact to contact: "Relation 1 - Label" Spouse,
 * "Relation 1 - Value" Maria; "Event 1" Anniversary; "Custom Field 1" Kundennummer; "IM 1 -
 * Service" QQ. A column can only be mapped to one field, so each pair becomes a column named
 * by its label ("Spouse", "Anniversary", "Kundennummer", "QQ"), as the vCard reader does with
 * messenger handles. A second and third website ("Website 2 - Label" Blog) go the same way, under
 * "Website (Blog)": the first is the contact's website.
 */
const PAIR = /^(Relation|Event|Custom Field|IM|Website) (\d+) - (Label|Type|Service|Value)$/i;

/** What a pair's column is named when its label is empty or only says "Other". */
const KIND_NAME: Record<string, string> = { relation: 'Relation', event: 'Event', 'custom field': 'Custom Field', im: 'IM', website: 'Website' };

interface Pair {
  kind: string;
  /** Its number in the file ("Website 2"). */
  n: string;
  label?: number;
  service?: number;
  value?: number;
}

/** The name a pair's value goes under: its service or label without Google's "* " (the main one), or the kind's. */
function nameOf(pair: Pair, cells: readonly string[]): string {
  const label = (pair.label === undefined ? '' : (cells[pair.label] ?? '')).replace(/^\*\s*/, '').trim();
  const service = (pair.service === undefined ? '' : (cells[pair.service] ?? '')).trim();
  const said = pair.kind === 'im' ? service || label : label;
  const named = said && !/^other$/i.test(said);
  // A website's label ("Blog", "Work") names no field on its own.
  if (pair.kind === 'website') return named ? `${KIND_NAME.website} (${said})` : `${KIND_NAME.website} ${pair.n}`;
  return named ? said : KIND_NAME[pair.kind]!;
}

/**
 * Spreads a table's labelled pairs into columns named by their labels, in the order they are
 * first met, after the table's other columns; two values of one name in a row (two children)
 * are joined with ", ". A name the table has a column of already is told apart by its kind
 * ("Custom Field - Notes"). Tables without such pairs come back as they are.
 * `info.labelled` lists the new columns: they hold what the person typed, so the mapping keeps them.
 * @example spreadLabelledPairs(google).headers // [..., 'Spouse', 'Kundennummer']
 */
export function spreadLabelledPairs(table: ParsedTable): ParsedTable {
  const pairs = new Map<string, Pair>();
  const paired = new Set<number>();
  table.headers.forEach((header, index) => {
    const m = PAIR.exec(header.trim());
    if (!m) return;
    const kind = m[1]!.toLowerCase();
    // The first website is the contact's own (presets.ts).
    if (kind === 'website' && m[2] === '1') return;
    const key = `${kind} ${m[2]}`;
    const pair = pairs.get(key) ?? { kind, n: m[2]! };
    const part = m[3]!.toLowerCase();
    if (part === 'value') pair.value = index;
    else if (part === 'service') pair.service = index;
    else pair.label = index;
    pairs.set(key, pair);
    paired.add(index);
  });
  const valued = [...pairs.values()].filter((p) => p.value !== undefined);
  if (!valued.length) return table;
  const kept = table.headers.map((_, i) => i).filter((i) => !paired.has(i));
  const taken = new Set(kept.map((i) => table.headers[i]!.trim().toLowerCase()));
  const columns = new Map<string, number>();
  const names: string[] = [];
  const spread = table.rows.map((row) => {
    const extra: string[] = [];
    for (const pair of valued) {
      const value = (row.cells[pair.value!] ?? '').trim();
      if (!value) continue;
      const said = nameOf(pair, row.cells);
      const name = taken.has(said.toLowerCase()) ? `${KIND_NAME[pair.kind]} - ${said}` : said;
      let at = columns.get(name.toLowerCase());
      if (at === undefined) {
        at = columns.size;
        columns.set(name.toLowerCase(), at);
        names.push(name);
      }
      extra[at] = extra[at] ? `${extra[at]}, ${value}` : value;
    }
    return { row, extra };
  });
  return {
    headers: [...kept.map((i) => table.headers[i]!), ...names],
    rows: spread.map(({ row, extra }) => ({ line: row.line, cells: [...kept.map((i) => row.cells[i] ?? ''), ...names.map((_, i) => extra[i] ?? '')] })),
    info: { ...table.info, labelled: names },
  };
}
