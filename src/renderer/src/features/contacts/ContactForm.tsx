import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Fieldset, Group, SegmentedControl, Stack } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import type { ContactDetail, ContactDraftInput, ContactKind } from '../../../../shared/contacts/contact.schema';
import type { FieldIssue } from '../../../../shared/contract';
import { ApiCallError } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useSettings } from '../../app/settings-context';
import { notifyError } from '../../components/notify';
import { AddressList } from './form/AddressList';
import { ChannelList } from './form/ChannelList';
import { CompanyLinks } from './form/CompanyLinks';
import { CustomFieldInputs } from './form/CustomFieldInputs';
import { DuplicateHints } from './form/DuplicateHints';
import { compact, fromContact, toDraft, type FormState } from './form/form-state';
import { NameFields } from './form/NameFields';
import { ProfileFields } from './form/ProfileFields';

/**
 * Add or edit a person or company with everything the office keeps. The services check the
 * input; what they refuse is shown next to the field it names and as a notification.
 */
export function ContactForm({
  contact,
  kind = 'person',
  company,
  onKindChange,
  onSubmit,
  onCancel,
}: {
  contact?: ContactDetail;
  kind?: ContactKind;
  /** A new person starts linked to this company (from "Add a person here" on a company). */
  company?: { id: number; name: string };
  onKindChange?: (kind: ContactKind) => void;
  onSubmit: (draft: ContactDraftInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const { data: fields } = useCall('customFields.list', {}, 'fields');
  const [form, setForm] = useState<FormState>(() => fromContact(contact, kind, company));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const patch = (p: Partial<FormState>) => setForm((f) => ({ ...f, ...p }));
  const defaultCountry = settings?.defaultCountry ?? 'US';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const tidy = compact(form);
    setForm(tidy);
    try {
      await onSubmit(toDraft(tidy));
      setIssues([]);
    } catch (err) {
      setIssues(err instanceof ApiCallError ? (err.error.details?.issues ?? []) : []);
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      // Ctrl/Cmd+Enter saves from any field, as in the quick note form.
      onKeyDown={getHotkeyHandler([['mod+Enter', (e) => (e.target as HTMLElement).closest('form')?.requestSubmit()]])}
      noValidate
    >
      <Stack maw={900}>
        {!contact && (
          <SegmentedControl
            w="fit-content"
            aria-label={t('contactPage.fields.kind')}
            value={form.kind}
            onChange={(v) => {
              const next = v === 'company' ? 'company' : 'person';
              patch({ kind: next });
              onKindChange?.(next);
            }}
            data={[
              { value: 'person', label: t('contactPage.kinds.person') },
              { value: 'company', label: t('contactPage.kinds.company') },
            ]}
          />
        )}
        {issues.length > 0 && (
          <Alert color="red" role="alert">
            {t('contactPage.form.checkFields')}
          </Alert>
        )}
        <Fieldset legend={t('contactPage.sections.names')}>
          <Stack gap="xs">
            <NameFields form={form} issues={issues} patch={patch} />
          </Stack>
        </Fieldset>
        {!contact && <DuplicateHints form={form} />}
        <Fieldset legend={t('contactPage.sections.reach')}>
          <Stack gap="xs">
            <ChannelList listKey="phones" rows={form.phones} issues={issues} onChange={(phones) => patch({ phones })} />
            <ChannelList listKey="emails" rows={form.emails} issues={issues} onChange={(emails) => patch({ emails })} />
            <AddressList
              rows={form.addresses}
              issues={issues}
              defaultCountry={defaultCountry}
              onChange={(addresses) => patch({ addresses })}
            />
          </Stack>
        </Fieldset>
        {form.kind === 'person' && (
          <Fieldset legend={t('contactPage.sections.companies')}>
            <Stack gap="xs">
              <CompanyLinks rows={form.companies} issues={issues} onChange={(companies) => patch({ companies })} />
            </Stack>
          </Fieldset>
        )}
        <Fieldset legend={t('contactPage.sections.profile')}>
          <Stack gap="sm">
            <ProfileFields form={form} issues={issues} patch={patch} />
          </Stack>
        </Fieldset>
        {fields && fields.some((f) => !f.archived) && (
          <Fieldset legend={t('contactPage.sections.customFields')}>
            <CustomFieldInputs
              fields={fields}
              kind={form.kind}
              values={form.custom}
              issues={issues}
              onChange={(id, value) => setForm((f) => ({ ...f, custom: { ...f.custom, [id]: value } }))}
            />
          </Fieldset>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
