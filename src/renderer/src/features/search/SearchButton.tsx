import { Button, Kbd } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useListTranslation } from '../contacts/list/list-strings';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A button for the app header that opens the global search, showing its shortcut. */
export function SearchButton() {
  const { t } = useListTranslation();
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconSearch size={14} />}
      rightSection={<Kbd size="xs">{isMac ? '⌘K' : 'Ctrl+K'}</Kbd>}
      onClick={() => spotlight.open()}
      aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
    >
      {t('contactsList.search.open')}
    </Button>
  );
}
