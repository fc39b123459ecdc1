import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import type { ContactKind } from '../../../../shared/contacts/contact.schema';
import { call } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { notifySuccess } from '../../components/notify';
import { ContactForm } from './ContactForm';

/**
 * Add a person or a company (the switch on the form, or ?kind=company). With ?companyId=&companyName=
 * the new person starts linked to that company.
 */
export function NewContactPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const [kind, setKind] = useState<ContactKind>(params.get('kind') === 'company' ? 'company' : 'person');
  const companyId = Number(params.get('companyId'));
  const company = companyId > 0 ? { id: companyId, name: params.get('companyName') ?? '' } : undefined;
  return (
    <>
      <PageHeader title={t(kind === 'company' ? 'contactPage.form.newCompany' : 'contacts.newPerson')} />
      <ContactForm
        kind={kind}
        company={company}
        onKindChange={setKind}
        onCancel={() => navigate('/contacts')}
        onSubmit={async (draft) => {
          const created = await call('contacts.create', draft);
          notifySuccess(t('contacts.created', { name: created.displayName }));
          navigate(`/contacts/${created.id}`);
        }}
      />
    </>
  );
}
