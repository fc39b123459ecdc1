import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { PickedFile } from '../../../../shared/contract/exports.contract';
import type { ImportJob, ImportKind, ImportPreview, ImportSession, MappingInput, RestoreResult } from '../../../../shared/contract/imports.contract';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../components/notify';
import { FileChooser } from './FileChooser';
import { FileOptions, type ReadChoice } from './FileOptions';
import { ImportProgress } from './ImportProgress';
import { MappingTable } from './MappingTable';
import { PreviewPanel, type PreviewChoices } from './PreviewPanel';
import { RestorePanel, UndoRestore } from './RestorePanel';
import { SavedMappings } from './SavedMappings';
import { useImportsTranslation } from './strings';
import { useFormatLocale } from '../../i18n/formats';

const PREVIEW_DELAY_MS = 300;

/** The name an import gets unless the person types another: the file's name and today's date. */
function defaultName(fileName: string, locale: string): string {
  const base = fileName.replace(/\.[^.]+$/, '');
  return `${base} ${new Intl.DateTimeFormat(locale, { dateStyle: 'short' }).format(new Date())}`.slice(0, 100);
}

/**
 * The import, start to end on one screen: choose the file, check how it was read and mapped,
 * answer what it leaves open, see exactly what will happen, then write it in one transaction with
 * a progress bar and a Cancel. Nothing is written before "Import".
 */
export function ImportFlow() {
  const { t } = useImportsTranslation();
  const formats = useFormatLocale();
  const [kind, setKind] = useState<ImportKind>('contacts');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [session, setSession] = useState<ImportSession | null>(null);
  const [mapping, setMapping] = useState<MappingInput | null>(null);
  const [choices, setChoices] = useState<PreviewChoices>({ duplicateMode: 'skip', invalidRows: 'skip', addCustomers: true });
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  /** Which inputs the shown preview belongs to: while they differ from the current ones, a new one is on its way. */
  const [previewFor, setPreviewFor] = useState('');
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [tagWithName, setTagWithName] = useState(true);
  const [currency, setCurrency] = useState('');
  const [job, setJob] = useState<ImportJob | null>(null);
  const [ended, setEnded] = useState<ImportJob | null>(null);
  const [restored, setRestored] = useState<RestoreResult | null>(null);
  const request = useRef(0);
  /** The name last given by default: a name still equal to it follows the next file chosen. */
  const autoName = useRef('');

  const open = async (picked: PickedFile, read: ReadChoice & { mappingId?: number } = {}, as: ImportKind = kind) => {
    setOpening(true);
    setError(null);
    try {
      const next = await call('imports.open', { fileId: picked.fileId, kind: as, ...read });
      if (session) void call('imports.close', { sessionId: session.sessionId }).catch(() => undefined);
      setFile(picked);
      setSession(next);
      setMapping(next.mapping);
      setPreview(null);
      // A name the person typed stays; the one made for the previous file gives way to this file's.
      const previous = autoName.current;
      const fresh = defaultName(picked.name, formats);
      autoName.current = fresh;
      setName((current) => (!current || current === previous ? fresh : current));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setOpening(false);
    }
  };

  // A sales file's currency for amounts without one, once three letters are typed.
  const typedCurrency = /^[A-Z]{3}$/.test(currency.trim().toUpperCase()) ? currency.trim().toUpperCase() : undefined;
  const previewKey = session && mapping ? JSON.stringify([session.sessionId, mapping, choices, typedCurrency]) : '';
  const previewing = !!previewKey && previewKey !== previewFor;
  useEffect(() => {
    if (!session || !mapping || job) return;
    const id = ++request.current;
    const key = JSON.stringify([session.sessionId, mapping, choices, typedCurrency]);
    const timer = setTimeout(() => {
      call('imports.preview', { sessionId: session.sessionId, mapping, ...choices, ...(typedCurrency ? { currency: typedCurrency } : {}) }).then(
        (p) => {
          if (id !== request.current) return;
          setPreview(p);
          setPreviewFor(key);
        },
        (err: unknown) => {
          if (id !== request.current) return;
          setPreviewFor(key);
          notifyError(err);
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [session, mapping, choices, job, typedCurrency]);

  const start = async () => {
    if (!session || !mapping) return;
    try {
      setJob(await call('imports.start', { sessionId: session.sessionId, mapping, ...choices, name: name.trim(), tagWithName, ...(typedCurrency ? { currency: typedCurrency } : {}) }));
    } catch (err) {
      notifyError(err);
    }
  };
  const onEnd = useCallback(
    (j: ImportJob) => {
      setEnded(j);
      if (j.state === 'cancelled') notifySuccess(t('imports.cancelled'));
    },
    [t],
  );
  const reset = () => {
    if (session) void call('imports.close', { sessionId: session.sessionId }).catch(() => undefined);
    setFile(null);
    setSession(null);
    setMapping(null);
    setPreview(null);
    setJob(null);
    setEnded(null);
    setRestored(null);
    setName('');
  };

  if (restored) {
    const rows = (table: string) => restored.tables.find((x) => x.table === table)?.rows ?? 0;
    const all = restored.tables.reduce((n, x) => n + x.rows, 0);
    return (
      <Finished title={t('imports.restore.doneTitle')} contacts history={false} onAgain={reset} extra={<UndoRestore batchId={restored.undoBatchId} onUndone={reset} />}>
        {t('imports.restore.done', { file: restored.file, contacts: rows('contacts'), history: rows('history'), sales: rows('sales'), rows: all })}
      </Finished>
    );
  }

  if (job && ended?.state === 'done' && ended.result) {
    const r = ended.result;
    return (
      <Finished title={r.name} contacts={r.kind === 'contacts' || r.contactsAdded > 0} history onAgain={reset}>
        {t('imports.done', { created: r.created, updated: r.updated, skipped: r.skipped, invalid: r.invalid })}
        {r.ignored > 0 && t('imports.sentenceGap') + t(r.kind === 'sales' ? 'imports.salesIgnoredDone' : 'imports.ignoredDone', { count: r.ignored })}
        {r.contactsAdded > 0 && t('imports.sentenceGap') + t('imports.customersAdded', { count: r.contactsAdded })}
      </Finished>
    );
  }

  const canStart = !!preview && preview.counts.total > 0 && preview.ambiguousDates.length === 0 && preview.unmapped.length === 0 && !!name.trim() && !previewing;
  // Sales stored already are written only when the person imports them again, and a sale with a
  // bad value never; a contact's duplicate also when it updates the contact.
  const sales = session?.kind === 'sales';
  const repeatsWritten = sales ? choices.duplicateMode === 'importNew' : choices.duplicateMode !== 'skip';
  const invalidWritten = !sales && choices.invalidRows !== 'skip';
  // A sale the file changes is written over the stored one when the person takes the file's values.
  const changesWritten = sales && choices.duplicateMode === 'overwrite' ? (preview?.changedSales ?? 0) : 0;
  const importable = preview ? preview.counts.new + (repeatsWritten ? preview.counts.duplicate : changesWritten) + (invalidWritten ? preview.counts.invalid : 0) : 0;
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <FileChooser
          kind={kind}
          onKind={(k) => {
            setKind(k);
            if (file) void open(file, {}, k);
          }}
          onFile={(f) => void open(f)}
        />
        {opening && <Loader size="sm" mt="sm" />}
        {error && (
          <Alert color="red" mt="sm">
            {error}
          </Alert>
        )}
      </Paper>
      {session && mapping && file && !job && (
        <>
          {session.fullExport && session.kind === 'contacts' && (
            <RestorePanel
              session={session}
              onRestored={(r) => {
                void call('imports.close', { sessionId: session.sessionId }).catch(() => undefined);
                setRestored(r);
              }}
            />
          )}
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={4}>{t('imports.mappingTitle')}</Title>
              {session.looksLike && (
                <Alert color="yellow" role="status">
                  <Group justify="space-between" gap="sm">
                    <Text size="sm">{t(`imports.looksLike.${session.looksLike}`)}</Text>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => {
                        const other = session.looksLike!;
                        setKind(other);
                        void open(file, {}, other);
                      }}
                    >
                      {t(`imports.switchKind.${session.looksLike}`)}
                    </Button>
                  </Group>
                </Alert>
              )}
              <FileOptions session={session} onChange={(c) => void open(file, c)} />
              {session.kind === 'contacts' && <Text size="sm" c="dimmed">{t('imports.detectedPreset', { preset: t(`importExport.presets.${session.mapping.preset}`) })}</Text>}
              <MappingTable session={session} mapping={mapping} onChange={setMapping} />
              <SavedMappings session={session} mapping={mapping} onApply={(id) => void open(file, { mappingId: id })} />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Group>
                <Title order={4}>{t('imports.previewTitle')}</Title>
                {previewing && <Loader size="xs" />}
              </Group>
              {preview && <PreviewPanel session={session} preview={preview} mapping={mapping} choices={choices} onMapping={setMapping} onChoices={setChoices} />}
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Group align="end">
              <TextInput label={t('imports.batchName')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={320} maxLength={100} />
              {session.kind === 'sales' && (
                <TextInput
                  label={t('imports.currency')}
                  placeholder={preview?.currency}
                  description={typedCurrency ? undefined : preview?.currencyHeader ? t('imports.currencyFromHeader', { header: preview.currencyHeader }) : t('imports.currencyDefault')}
                  value={currency}
                  onChange={(e) => setCurrency(e.currentTarget.value)}
                  w={200}
                  maxLength={3}
                />
              )}
              {(session.kind === 'contacts' || (choices.addCustomers && (preview?.newCustomers ?? 0) > 0)) && (
                <Checkbox
                  label={t(session.kind === 'contacts' ? 'imports.tagWithName' : 'imports.tagCustomersWithName')}
                  checked={tagWithName}
                  onChange={(e) => setTagWithName(e.currentTarget.checked)}
                  mb={8}
                />
              )}
              <Button disabled={!canStart} onClick={() => void start()}>
                {t('imports.start', { count: importable })}
              </Button>
            </Group>
          </Paper>
        </>
      )}
      {job && (
        <Paper withBorder p="md">
          <ImportProgress job={job} onEnd={onEnd} />
          {ended && ended.state !== 'done' && (
            <Group mt="sm">
              <Button variant="default" onClick={() => (setJob(null), setEnded(null))}>
                {t('common.back')}
              </Button>
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}

/** What an import or a restore ended with, and where to go next. */
function Finished({ title, contacts, history, onAgain, extra, children }: { title: string; contacts: boolean; history: boolean; onAgain: () => void; extra?: ReactNode; children: ReactNode }) {
  const { t } = useImportsTranslation();
  return (
    <Stack>
      <Alert color="teal" title={title}>
        {children}
      </Alert>
      <Group>
        {contacts && (
          <Button component={Link} href="/contacts">
            {t('imports.viewContacts')}
          </Button>
        )}
        {history && (
          <Button variant="default" component={Link} href="/import/history">
            {t('imports.tabs.history')}
          </Button>
        )}
        {extra}
        <Button variant="subtle" onClick={onAgain}>
          {t('imports.importAnother')}
        </Button>
      </Group>
    </Stack>
  );
}
