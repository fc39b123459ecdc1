import '@mantine/spotlight/styles.css';
import { useEffect, useState } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { IconBuilding, IconSearch, IconUser } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import type { SearchHit } from '../../../../shared/contacts/facets.schema';
import { call } from '../../api/client';
import { useListTranslation } from '../contacts/list/list-strings';

const SEARCH_DELAY_MS = 120;

/**
 * The Ctrl/Cmd+K search, mounted once inside the router: finds a customer from any fragment
 * (name parts, company, email, phone digits, postcode, pinyin) and opens the contact.
 * The shortcut works from anywhere, even while typing in a field.
 */
export function GlobalSearch() {
  const { t } = useListTranslation();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const [result, setResult] = useState<{ q: string; hits: SearchHit[] }>({ q: '', hits: [] });

  useEffect(() => {
    if (!debounced) return;
    let live = true;
    call('contacts.search', { q: debounced, limit: 12 }).then(
      (hits) => live && setResult({ q: debounced, hits }),
      () => live && setResult({ q: debounced, hits: [] }),
    );
    return () => {
      live = false;
    };
  }, [debounced]);

  const hits = debounced && result.q === debounced ? result.hits : [];
  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} tagsToIgnore={[]} scrollable maxHeight={440}>
      <Spotlight.Search
        aria-label={t('contactsList.search.label')}
        placeholder={t('contactsList.search.placeholder')}
        leftSection={<IconSearch size={18} stroke={1.6} />}
      />
      <Spotlight.ActionsList aria-label={t('contactsList.search.label')}>
        {hits.map((hit) => (
          <Spotlight.Action key={hit.id} onClick={() => navigate(`/contacts/${hit.id}`)}>
            <Group wrap="nowrap" gap="sm" w="100%">
              {hit.kind === 'company' ? <IconBuilding size={18} stroke={1.6} /> : <IconUser size={18} stroke={1.6} />}
              <div style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" truncate>
                  {hit.displayName}
                </Text>
                {hit.detail && (
                  <Text size="xs" c="dimmed" truncate>
                    {hit.detail}
                  </Text>
                )}
              </div>
              {hit.deleted && (
                <Badge size="xs" color="gray" variant="light">
                  {t('contactsList.search.inTrash')}
                </Badge>
              )}
            </Group>
          </Spotlight.Action>
        ))}
        {debounced && result.q === debounced && hits.length === 0 && (
          <Spotlight.Empty>{t('contactsList.search.nothingFound', { q: debounced })}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
