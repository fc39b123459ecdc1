import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { MappingInput } from '../../../../shared/contract/imports.contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { saveOutput } from './file-transfer';
import type { PreviewChoices } from './PreviewPanel';
import { useImportsTranslation } from './strings';

/** Saves the rows the preview found problems in, each with its problems, as a workbook to correct and import again. */
export function ProblemRowsButton({ sessionId, mapping, choices }: { sessionId: string; mapping: MappingInput; choices: PreviewChoices }) {
  const { t } = useImportsTranslation();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const file = await call('imports.problemRows', { sessionId, mapping, ...choices });
      await saveOutput(file.fileId, file.fileName);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group gap="sm" wrap="nowrap">
      <Button variant="light" size="xs" leftSection={<IconDownload size={14} />} loading={busy} onClick={() => void save()}>
        {t('imports.problemRows.save')}
      </Button>
      <Text size="xs" c="dimmed">
        {t('imports.problemRows.hint')}
      </Text>
    </Group>
  );
}
