import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Staff } from '../../../../../shared/contacts/organising.schema';
import { call } from '../../../api/client';
import { useCall } from '../../../api/use-call';
import { notifyError, notifySuccess } from '../../../components/notify';
import { InlineName } from './InlineName';
import { issueFor } from './save-issues';

/** The small managed list of staff who own contacts; leavers are set inactive, never deleted. */
export function StaffSection() {
  const { t } = useTranslation();
  const { data, reload } = useCall('staff.list', { includeInactive: true }, 'staff');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call('staff.create', { name, email });
      setName('');
      setEmail('');
      setErrors({});
      reload();
    } catch (err) {
      setErrors({ name: issueFor(err, 'name'), email: issueFor(err, 'email') });
      notifyError(err);
    }
  };
  const save = async (s: Staff, draft: Partial<Pick<Staff, 'name' | 'email' | 'active'>>) => {
    await call('staff.update', { id: s.id, draft: { name: s.name, email: s.email, active: s.active, ...draft } });
    notifySuccess(t('contactPage.settings.saved'));
    reload();
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('contactPage.settings.staffHint')}
      </Text>
      <Table aria-label={t('contactPage.settings.staff')}>
        <Table.Tbody>
          {data?.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <InlineName value={s.name} label={t('contactPage.settings.rename', { name: s.name })} onSave={(n) => save(s, { name: n })} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.email}</Text>
              </Table.Td>
              <Table.Td w={120}>
                <Switch
                  label={t('contactPage.settings.active')}
                  checked={s.active}
                  onChange={(e) => void save(s, { active: e.currentTarget.checked }).catch(notifyError)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group component="form" align="flex-start" onSubmit={(e) => void add(e)}>
        <TextInput label={t('contactPage.settings.staffName')} value={name} error={errors.name} onChange={(e) => setName(e.currentTarget.value)} />
        <TextInput
          label={t('contactPage.settings.staffEmail')}
          type="email"
          value={email}
          error={errors.email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <Button type="submit" mt={25} leftSection={<IconPlus size={14} />}>
          {t('contactPage.settings.addStaff')}
        </Button>
      </Group>
    </Stack>
  );
}
