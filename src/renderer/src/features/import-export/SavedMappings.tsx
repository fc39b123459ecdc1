import { useState } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import type { ImportSession, MappingInput } from '../../../../shared/contract/imports.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { notifyError, notifySuccess } from '../../components/notify';
import { useImportsTranslation } from './strings';

/** Keep the current mapping under a name, or apply one kept earlier (the file is read again with it). */
export function SavedMappings(props: { session: ImportSession; mapping: MappingInput; onApply: (mappingId: number) => void }) {
  const { t } = useImportsTranslation();
  const [name, setName] = useState('');
  const { data, reload } = useCall('imports.mappings', { kind: props.session.kind }, props.session.kind);
  const save = async () => {
    try {
      const saved = await call('imports.saveMapping', { sessionId: props.session.sessionId, name, mapping: props.mapping });
      notifySuccess(t('imports.mappingSaved', { name: saved.name }));
      setName('');
      reload();
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Group align="end">
      {data && data.length > 0 && (
        <Select
          label={t('imports.applyMapping')}
          w={240}
          data={data.map((m) => ({ value: String(m.id), label: m.name }))}
          value={null}
          onChange={(v) => v && props.onApply(Number(v))}
        />
      )}
      <TextInput label={t('imports.mappingName')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={220} />
      <Button variant="default" disabled={!name.trim()} onClick={() => void save()}>
        {t('imports.saveMapping')}
      </Button>
    </Group>
  );
}
