import { useTranslation } from 'react-i18next';
import { Group, Select, TextInput } from '@mantine/core';
import type { FieldIssue } from '../../../../../shared/contract';
import { NameOrder } from '../../../../../shared/contacts/contact-traits';
import { issueAt } from './form-issues';
import type { FormState } from './form-state';

interface Props {
  form: FormState;
  issues: readonly FieldIssue[];
  patch: (p: Partial<FormState>) => void;
}

/** A person's name parts (or a company's name), phonetic spelling, salutation and display order. */
export function NameFields({ form, issues, patch }: Props) {
  const { t } = useTranslation();
  const text = (key: keyof FormState & string, label: string, extra: { autoFocus?: boolean; w?: number; placeholder?: string } = {}) => (
    <TextInput
      label={label}
      placeholder={extra.placeholder}
      value={String(form[key] ?? '')}
      error={issueAt(issues, key)}
      onChange={(e) => patch({ [key]: e.currentTarget.value })}
      autoFocus={extra.autoFocus}
      w={extra.w}
      style={extra.w ? undefined : { flex: 1 }}
    />
  );
  // A greeting in the office's language to copy, e.g. "Dear Dr. Weber" / "尊敬的王经理".
  const suggestion =
    form.familyName.trim() && form.kind === 'person'
      ? t('contactPage.form.salutationSuggestion', { prefix: form.namePrefix.trim(), family: form.familyName.trim() }).replace(/\s+/g, ' ')
      : undefined;
  if (form.kind === 'company') {
    return (
      <>
        {text('companyName', t('contactPage.fields.companyName'), { autoFocus: true })}
        <Group grow>
          {text('phoneticName', t('contactPage.fields.phoneticName'))}
          {text('salutation', t('contactPage.fields.salutation'))}
        </Group>
      </>
    );
  }
  return (
    <>
      <Group align="flex-start" wrap="nowrap">
        {text('namePrefix', t('contactPage.fields.namePrefix'), { w: 90 })}
        {text('givenName', t('fields.givenName'), { autoFocus: true })}
        {text('middleName', t('contactPage.fields.middleName'))}
        {text('familyName', t('fields.familyName'))}
        {text('nameSuffix', t('contactPage.fields.nameSuffix'), { w: 90 })}
      </Group>
      <Group grow align="flex-start">
        {text('phoneticName', t('contactPage.fields.phoneticName'))}
        {text('salutation', t('contactPage.fields.salutation'), { placeholder: suggestion })}
        <Select
          label={t('contactPage.fields.nameOrder')}
          data={NameOrder.options.map((value) => ({ value, label: t(`contacts.nameOrders.${value}`) }))}
          value={form.nameOrder}
          allowDeselect={false}
          onChange={(v) => v && patch({ nameOrder: v as NameOrder })}
        />
      </Group>
    </>
  );
}
