import { Group, Select, Text } from '@mantine/core';
import type { ImportSession } from '../../../../shared/contract/imports.contract';
import { useImportsTranslation } from './strings';

/** Encodings a person may need to force when the detection guessed wrong (iconv-lite names). */
const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'shift_jis', 'euc-kr', 'windows-1252', 'macintosh', 'windows-1250', 'windows-1251', 'iso-8859-1', 'iso-8859-15'];
const DELIMITERS = [
  { value: ',', key: 'comma' },
  { value: ';', key: 'semicolon' },
  { value: '\t', key: 'tab' },
  { value: '|', key: 'pipe' },
];

export interface ReadChoice {
  encoding?: string;
  delimiter?: ',' | ';' | '\t' | '|';
  sheet?: string;
}

/** What was detected about the file (encoding, delimiter, sheet), each changeable. */
export function FileOptions({ session, onChange }: { session: ImportSession; onChange: (choice: ReadChoice) => void }) {
  const { t } = useImportsTranslation();
  const encodings = session.encoding && !ENCODINGS.includes(session.encoding) ? [session.encoding, ...ENCODINGS] : ENCODINGS;
  return (
    <Group align="end">
      <Text size="sm">
        {t('imports.fileLabel')}: <b>{session.fileName}</b> · {t('imports.rowsFound', { count: session.rowCount })}
      </Text>
      {session.format === 'csv' && (
        <>
          <Select label={t('imports.encoding')} w={170} data={encodings} value={session.encoding} allowDeselect={false} onChange={(v) => v && onChange({ encoding: v })} />
          <Select
            label={t('imports.delimiter')}
            w={150}
            data={DELIMITERS.map((d) => ({ value: d.value, label: t(`imports.delimiters.${d.key}`) }))}
            value={session.delimiter}
            allowDeselect={false}
            onChange={(v) => v && onChange({ delimiter: v as ReadChoice['delimiter'] })}
          />
        </>
      )}
      {session.sheets.length > 1 && (
        <Select label={t('imports.sheet')} w={200} data={session.sheets} value={session.sheet} allowDeselect={false} onChange={(v) => v && onChange({ sheet: v })} />
      )}
    </Group>
  );
}
