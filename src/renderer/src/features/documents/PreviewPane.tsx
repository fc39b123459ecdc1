import { useEffect, useState } from 'react';
import { Alert, Badge, Group, Loader, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { Preview, RunRequestInput } from '../../../../shared/contract/mailings.contract';
import { ApiCallError, call } from '../../api/client';
import { useMailingsTranslation } from './mailings-i18n';

const PX_PER_MM = 96 / 25.4;

/** Reads a run's preview page by page as its options change (debounced), with whom it leaves out and what had to shrink. */
function usePreview(request: RunRequestInput | null, page: number, refreshKey: string) {
  const [state, setState] = useState<{ key: string; data?: Preview; error?: string }>({ key: '' });
  const key = request ? `${JSON.stringify(request)}#${page}#${refreshKey}` : '';
  useEffect(() => {
    if (!request) return;
    let live = true;
    const timer = setTimeout(() => {
      call('mailings.preview', { ...request, fromPage: page, pageCount: 1 }).then(
        (data) => live && setState({ key, data }),
        (err: unknown) => live && setState({ key, error: err instanceof ApiCallError || err instanceof Error ? err.message : String(err) }),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The key stands for the request: a new object with the same content must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { ...state, loading: !!request && state.key !== key };
}

/**
 * Every page of the run as it will print, one at a time: label edges and envelope windows
 * drawn in, text that had to shrink outlined; the contacts left out listed with the reason.
 */
export function PreviewPane({ request, refreshKey = '' }: { request: RunRequestInput | null; refreshKey?: string }) {
  const { t } = useMailingsTranslation();
  const [page, setPage] = useState(0);
  const requestKey = JSON.stringify(request);
  const [shownKey, setShownKey] = useState(requestKey);
  if (shownKey !== requestKey) {
    // Options changed: back to the first page.
    setShownKey(requestKey);
    setPage(0);
  }
  const { data, error, loading } = usePreview(request, page, refreshKey);
  const { ref, width } = useElementSize();
  if (!request) return <Text c="dimmed">{t('mailings.preview.nothing')}</Text>;
  const paper = data?.paper ?? { widthMm: 210, heightMm: 297 };
  const frameW = paper.widthMm * PX_PER_MM + 32;
  const frameH = paper.heightMm * PX_PER_MM + 48;
  // The page drawn at its real size, scaled down to the column's width.
  const scale = Math.min(1, (width || 520) / frameW);
  return (
    <Stack gap="xs" ref={ref}>
      <Group justify="space-between">
        <Title order={4}>{t('mailings.preview.title')}</Title>
        {loading && <Loader size="xs" aria-label={t('mailings.preview.loading')} />}
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {data && (
        <>
          <Text size="sm">{t('mailings.preview.summary', { pieces: data.pieces, contacts: data.contacts, count: data.pageCount })}</Text>
          {data.pageCount > 1 && (
            <Group gap="xs">
              <Pagination size="sm" total={data.pageCount} value={page + 1} onChange={(p) => setPage(p - 1)} siblings={1} />
              <Text size="xs" c="dimmed">
                {t('mailings.preview.page', { page: page + 1, count: data.pageCount })}
              </Text>
            </Group>
          )}
          <Paper withBorder style={{ width: frameW * scale, height: frameH * scale, overflow: 'hidden', background: '#888' }}>
            <iframe
              title={t('mailings.preview.frame', { page: page + 1 })}
              sandbox=""
              srcDoc={data.html}
              style={{ width: frameW, height: frameH, border: 0, transform: `scale(${scale})`, transformOrigin: '0 0' }}
            />
          </Paper>
          {data.flagged.length > 0 && (
            <Alert color="orange" variant="light" title={t('mailings.preview.flagged', { count: data.flagged.length })}>
              <Stack gap={2}>
                {data.flagged.map((f) => (
                  <Text size="sm" key={`${f.page}-${f.position}`}>
                    {t('mailings.preview.flagLine', {
                      page: f.page,
                      position: f.position,
                      name: f.name,
                      message: t(`documents.flag.${f.reason}`, { size: f.fontSizePt, line: f.longestLine }),
                    })}
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
          {data.skipped.length > 0 && (
            <Stack gap={4}>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {t('mailings.preview.skipped', { count: data.skipped.length })}
                </Text>
              </Group>
              <Table withTableBorder striped aria-label={t('mailings.preview.skipped', { count: data.skipped.length })}>
                <Table.Tbody>
                  {data.skipped.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{s.name}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={s.reason === 'noLetters' ? 'grape' : 'gray'}>
                          {t(`mailings.skip.${s.reason}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
