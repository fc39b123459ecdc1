import { useCallback, useMemo } from 'react';
import type { CustomField, Group, Staff, Tag } from '../../../../../shared/contacts/organising.schema';
import { useCall } from '../../../api/use-call';

export interface ListOptions {
  tags: Tag[];
  groups: Group[];
  staff: Staff[];
  fields: CustomField[];
  reload(): void;
}

/** The office's tags, groups, staff and custom fields: what filters, columns and bulk actions offer. */
export function useListOptions(): ListOptions {
  const tags = useCall('tags.list', {}, 'tags');
  const groups = useCall('groups.list', {}, 'groups');
  const staff = useCall('staff.list', { includeInactive: true }, 'staff');
  const fields = useCall('customFields.list', {}, 'fields');
  const { reload: reloadTags } = tags;
  const { reload: reloadGroups } = groups;
  const reload = useCallback(() => {
    reloadTags();
    reloadGroups();
  }, [reloadTags, reloadGroups]);
  return useMemo(
    () => ({
      tags: tags.data ?? [],
      groups: groups.data ?? [],
      staff: staff.data ?? [],
      fields: fields.data ?? [],
      reload,
    }),
    [tags.data, groups.data, staff.data, fields.data, reload],
  );
}
