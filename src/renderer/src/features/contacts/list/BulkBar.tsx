import { useState } from 'react';
import { Button, Group, Loader, Paper, Popover, Select, Stack, Text } from '@mantine/core';
import { IconFolderPlus, IconStar, IconTag, IconTrash, IconUser, IconX } from '@tabler/icons-react';
import type { BulkAction, UndoableResult } from '../../../../../shared/contacts/bulk.schema';
import { Tier } from '../../../../../shared/contacts/contact-traits';
import { call } from '../../../api/client';
import { notifyError } from '../../../components/notify';
import { notifyUndoable } from '../../../components/undo-toast';
import { useListTranslation } from './list-strings';
import type { ListOptions } from './use-list-options';
import type { Selection } from './use-selection';

const NONE = 'none';

interface Choice {
  value: string;
  label: string;
}

/**
 * What can be done to the selected contacts at once: tag, add to a group, set owner or tier, move
 * to the trash. Each is one transaction on the service side and comes back with an undo button.
 */
export function BulkBar({
  selection,
  total,
  options,
  onChanged,
}: {
  selection: Selection;
  total: number;
  options: ListOptions;
  /** Rows changed (or changed back): refresh what is on screen. */
  onChanged(): void;
}) {
  const { t } = useListTranslation();
  const [running, setRunning] = useState(false);
  const count = selection.ids.size;

  const run = async (type: BulkAction['type'], name: string, request: (ids: number[]) => Promise<UndoableResult>) => {
    setRunning(true);
    try {
      const result = await request([...selection.ids]);
      selection.clear();
      onChanged();
      notifyUndoable(t(`contactsList.bulk.done.${type}`, { count: result.count, name }), result.batchId, onChanged);
    } catch (err) {
      notifyError(err);
    } finally {
      setRunning(false);
    }
  };
  const bulk = (action: BulkAction, name: string) => run(action.type, name, (ids) => call('contacts.bulk', { ids, action }));

  const tags = options.tags.map((tag) => ({ value: String(tag.id), label: tag.name }));
  const groups = options.groups.map((g) => ({ value: String(g.id), label: g.name }));
  const owners = [
    ...options.staff.filter((s) => s.active).map((s) => ({ value: String(s.id), label: s.name })),
    { value: NONE, label: t('contactsList.filters.noOwner') },
  ];
  const tiers = [...Tier.options.map((tier) => ({ value: tier, label: t(`contactsList.tier.${tier}`) })), { value: NONE, label: t('contactsList.tier.none') }];

  return (
    <Paper withBorder px="sm" py={6} mb="sm" bg="var(--mantine-primary-color-light)">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <Text size="sm" fw={600} role="status">
            {selection.allMatching && count === total
              ? t('contactsList.allSelected', { count })
              : t('contactsList.selected', { count })}
          </Text>
          {(selection.busy || running) && <Loader size="xs" />}
        </Group>
        <Group gap="xs" wrap="nowrap" role="toolbar" aria-label={t('contactsList.bulk.actions')}>
          <ChoiceAction
            icon={<IconTag size={16} />}
            label={t('contactsList.bulk.tag')}
            choose={t('contactsList.bulk.chooseTag')}
            data={tags}
            disabled={running || selection.busy}
            onApply={(c) => bulk({ type: 'tag', tagId: Number(c.value) }, c.label)}
          />
          <ChoiceAction
            icon={<IconFolderPlus size={16} />}
            label={t('contactsList.bulk.addToGroup')}
            choose={t('contactsList.bulk.chooseGroup')}
            data={groups}
            disabled={running || selection.busy}
            onApply={(c) => bulk({ type: 'addToGroup', groupId: Number(c.value) }, c.label)}
          />
          <ChoiceAction
            icon={<IconUser size={16} />}
            label={t('contactsList.bulk.setOwner')}
            choose={t('contactsList.bulk.chooseOwner')}
            data={owners}
            disabled={running || selection.busy}
            onApply={(c) => bulk({ type: 'setOwner', ownerId: c.value === NONE ? null : Number(c.value) }, c.label)}
          />
          <ChoiceAction
            icon={<IconStar size={16} />}
            label={t('contactsList.bulk.setTier')}
            choose={t('contactsList.bulk.chooseTier')}
            data={tiers}
            disabled={running || selection.busy}
            onApply={(c) => bulk({ type: 'setTier', tier: c.value === NONE ? null : Tier.parse(c.value) }, c.label)}
          />
          <Button
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconTrash size={16} />}
            disabled={running || selection.busy}
            onClick={() => void run('trash', '', (ids) => call('contacts.trash', { ids }))}
          >
            {t('contactsList.bulk.trash')}
          </Button>
          <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={16} />} onClick={selection.clear}>
            {t('contactsList.clearSelection')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

function ChoiceAction({
  icon,
  label,
  choose,
  data,
  disabled,
  onApply,
}: {
  icon: React.ReactNode;
  label: string;
  choose: string;
  data: Choice[];
  disabled: boolean;
  onApply(choice: Choice): Promise<void>;
}) {
  const { t } = useListTranslation();
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState<string | null>(null);
  const picked = data.find((c) => c.value === value);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" trapFocus withinPortal>
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={icon} disabled={disabled || data.length === 0} onClick={() => setOpened((o) => !o)}>
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!picked) return;
            setOpened(false);
            void onApply(picked).then(() => setValue(null));
          }}
        >
          <Stack gap="xs" w={240}>
            <Select label={choose} data={data} value={value} onChange={setValue} searchable comboboxProps={{ withinPortal: false }} />
            <Button type="submit" size="xs" disabled={!picked}>
              {t('contactsList.bulk.apply')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
