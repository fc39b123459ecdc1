import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Grid, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowBackUp, IconCopy, IconEdit, IconNote, IconPhone, IconTrash } from '@tabler/icons-react';
import { Link } from 'wouter';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { PageHeader } from '../../components/PageHeader';
import { notifyError, notifySuccess } from '../../components/notify';
import { ContactForm } from './ContactForm';
import { LinksCard } from './detail/LinksCard';
import { NameSummary } from './detail/NameSummary';
import { PreferencesCard } from './detail/PreferencesCard';
import { ProfileCard } from './detail/ProfileCard';
import { QuickEntry, type QuickKind } from './detail/QuickEntry';
import { LetterButton } from '../documents/LetterButton';
import { MailingsSummary } from '../documents/MailingsSummary';
import { ReachCard } from './detail/ReachCard';
import { Timeline } from './detail/Timeline';
import { DetailCard } from './detail/DetailCard';
import { FindDuplicates } from './merge/FindDuplicates';

/** One contact: everything the office knows, its history, quick notes and calls, edit, merge, trash. */
export function ContactPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const { data: contact, error, reload } = useCall('contacts.get', { id }, String(id));
  const { data: fields } = useCall('customFields.list', {}, 'fields');
  const [editing, setEditing] = useState(false);
  const [entry, setEntry] = useState<QuickKind | null>(null);
  const [historyVersion, setHistoryVersion] = useState(0);
  const trashed = contact?.deletedAt != null;
  const ready = !!contact && !editing && !trashed;

  // Inputs are ignored by useHotkeys; a dialog over the page (e.g. merging) keeps its keys too.
  const open = (kind: QuickKind) => (event: KeyboardEvent) => {
    const inDialog = event.target instanceof Element && event.target.closest('[role="dialog"]');
    if (ready && !inDialog) setEntry(kind);
  };
  useHotkeys([
    ['n', open('note')],
    ['c', open('call')],
  ]);

  if (error) return <Alert color="red">{error.error.code === 'not_found' ? t('contacts.notFound') : error.message}</Alert>;
  if (!contact) return <Loader />;

  if (editing) {
    return (
      <>
        <PageHeader title={t('contactPage.form.editTitle', { name: contact.displayName })} />
        <ContactForm
          contact={contact}
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            const saved = await call('contacts.update', { id, draft });
            notifySuccess(t('contacts.saved', { name: saved.displayName }));
            setEditing(false);
            reload();
          }}
        />
      </>
    );
  }

  const toggleTrash = async () => {
    try {
      if (trashed) {
        await call('contacts.restore', { ids: [id] });
        notifySuccess(t('contacts.restored', { name: contact.displayName }));
      } else {
        await call('contacts.trash', { ids: [id] });
        notifySuccess(t('contacts.movedToTrash', { name: contact.displayName }));
      }
      reload();
    } catch (err) {
      notifyError(err);
    }
  };

  const refresh = () => {
    setHistoryVersion((v) => v + 1);
    reload();
  };
  const entrySaved = () => {
    setEntry(null);
    refresh();
  };

  return (
    <>
      <Anchor component={Link} href={trashed ? '/trash' : '/contacts'} size="sm">
        ← {t(trashed ? 'nav.trash' : 'nav.contacts')}
      </Anchor>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Title order={2} style={{ flex: '1 1 240px' }}>
          {contact.displayName}
        </Title>
        <Group gap="xs" justify="flex-end">
          {!trashed && (
            <>
              <Button variant="light" leftSection={<IconNote size={16} />} onClick={() => setEntry('note')} rightSection={<Kbd size="xs">N</Kbd>}>
                {t('contactPage.actions.addNote')}
              </Button>
              <Button variant="light" leftSection={<IconPhone size={16} />} onClick={() => setEntry('call')} rightSection={<Kbd size="xs">C</Kbd>}>
                {t('contactPage.actions.logCall')}
              </Button>
              <LetterButton contactId={id} name={contact.displayName} onSent={refresh} />
              <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <FindDuplicates contact={contact} icon={<IconCopy size={16} />} onChanged={refresh} />
            </>
          )}
          <Button
            variant={trashed ? 'filled' : 'light'}
            color={trashed ? 'teal' : 'red'}
            leftSection={trashed ? <IconArrowBackUp size={16} /> : <IconTrash size={16} />}
            onClick={() => void toggleTrash()}
          >
            {t(trashed ? 'contacts.restore' : 'contacts.moveToTrash')}
          </Button>
        </Group>
      </Group>
      <Group gap="xs" mt={-8} mb="xs">
        <Badge variant="outline" tt="none">
          {t(`contactPage.kinds.${contact.kind}`)}
        </Badge>
        {contact.comm.doNotContact && (
          <Badge color="red" variant="filled" tt="none">
            {t('contacts.comm.doNotContact')}
          </Badge>
        )}
      </Group>
      <NameSummary contact={contact} />
      {trashed && (
        <Alert color="yellow" mb="md">
          {t('contacts.inTrash')}
          {contact.mergedInto !== null && (
            <>
              {' '}
              <Anchor component={Link} href={`/contacts/${contact.mergedInto}`}>
                {t('contactPage.actions.open')} #{contact.mergedInto}
              </Anchor>
            </>
          )}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <ReachCard contact={contact} />
            <LinksCard contact={contact} />
            <PreferencesCard contact={contact} />
            <ProfileCard contact={contact} fields={fields ?? []} />
            {contact.notes && (
              <DetailCard title={t('contactPage.sections.notes')} table={false}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {contact.notes}
                </Text>
              </DetailCard>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            {entry && <QuickEntry key={entry} contactId={id} kind={entry} onClose={() => setEntry(null)} onSaved={entrySaved} />}
            {!entry && !trashed && (
              <Text size="xs" c="dimmed">
                {t('contactPage.actions.shortcutsHint')}
              </Text>
            )}
            <MailingsSummary contactId={id} version={historyVersion} />
            <Timeline contactId={id} version={historyVersion} onChanged={reload} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
