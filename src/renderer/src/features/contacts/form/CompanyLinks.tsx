import { useTranslation } from 'react-i18next';
import { ActionIcon, Button, Group, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { FieldIssue } from '../../../../../shared/contract';
import { CompanyPicker } from './CompanyPicker';
import { issueAt } from './form-issues';
import type { CompanyRow } from './form-state';

interface Props {
  rows: CompanyRow[];
  issues: readonly FieldIssue[];
  onChange: (rows: CompanyRow[]) => void;
}

/** The companies a person works for, each with their job title and role there. */
export function CompanyLinks({ rows, issues, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, p: Partial<CompanyRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...p } : r)));
  return (
    <>
      {rows.map((row, index) => (
        <Group key={index} align="flex-start" wrap="nowrap">
          <CompanyPicker
            label={`${t('contactPage.fields.company')} ${index + 1}`}
            value={row.companyId ? { id: row.companyId, name: row.name } : null}
            error={issueAt(issues, 'companies', index)}
            onChange={(c) => update(index, { companyId: c?.id ?? null, name: c?.name ?? '' })}
          />
          <TextInput
            label={`${t('contactPage.fields.title')} ${index + 1}`}
            value={row.title}
            style={{ flex: 1 }}
            onChange={(e) => update(index, { title: e.currentTarget.value })}
          />
          <TextInput
            label={`${t('contactPage.fields.role')} ${index + 1}`}
            value={row.role}
            style={{ flex: 1 }}
            onChange={(e) => update(index, { role: e.currentTarget.value })}
          />
          <ActionIcon
            variant="subtle"
            mt={30}
            aria-label={`${t('common.remove')} ${t('contactPage.fields.company')} ${index + 1}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        w="fit-content"
        onClick={() => onChange([...rows, { companyId: null, name: '', role: '', title: '' }])}
      >
        {t('contactPage.actions.addCompanyLink')}
      </Button>
    </>
  );
}
