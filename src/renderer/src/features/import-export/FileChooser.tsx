import { useState } from 'react';
import { Button, FileButton, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { ImportKind } from '../../../../shared/contract/imports.contract';
import type { PickedFile } from '../../../../shared/contract/exports.contract';
import { IMPORT_EXTENSIONS } from '../../../../shared/import-export/importable';
import { notifyError } from '../../components/notify';
import { hasNativeFiles, pickNativeFile, uploadFile, UploadTooLarge } from './file-transfer';
import { useImportsTranslation } from './strings';

const ACCEPT = [
  ...IMPORT_EXTENSIONS.map((e) => `.${e}`),
  ...['text/csv', 'text/vcard', 'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.apple.numbers'],
].join(',');

/**
 * What the file holds and which file: main's open dialog on the desktop, the browser's file input
 * (uploaded to the local server) in browser mode. Either way the page gets only a file id.
 */
export function FileChooser(props: { kind: ImportKind; onKind: (k: ImportKind) => void; onFile: (file: PickedFile) => void }) {
  const { t } = useImportsTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const upload = async (file: File | null) => {
    if (!file) return;
    setBusy(file.name);
    try {
      props.onFile(await uploadFile(file));
    } catch (err) {
      notifyError(err instanceof UploadTooLarge ? new Error(`${file.name}: ${t('errors.imports.uploadTooLarge', { limitMb: err.limitMb })}`) : err);
    } finally {
      setBusy(null);
    }
  };
  const pick = async () => {
    try {
      const file = await pickNativeFile();
      if (file) props.onFile(file);
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Stack gap="sm">
      <Text fw={500}>{t('imports.chooseKind')}</Text>
      <SegmentedControl
        w="fit-content"
        value={props.kind}
        onChange={(v) => props.onKind(v as ImportKind)}
        data={[
          { value: 'contacts', label: t('imports.kinds.contacts') },
          { value: 'sales', label: t('imports.kinds.sales') },
        ]}
      />
      <Group>
        {hasNativeFiles() ? (
          <Button leftSection={<IconFileImport size={16} />} onClick={() => void pick()}>
            {t('imports.chooseFile')}
          </Button>
        ) : (
          <FileButton onChange={(f) => void upload(f)} accept={ACCEPT}>
            {(p) => (
              <Button {...p} leftSection={<IconFileImport size={16} />} loading={busy !== null}>
                {t('imports.chooseFile')}
              </Button>
            )}
          </FileButton>
        )}
        <Text size="sm" c="dimmed">
          {busy ? t('imports.uploading', { name: busy }) : t('imports.fileHint')}
        </Text>
      </Group>
    </Stack>
  );
}
