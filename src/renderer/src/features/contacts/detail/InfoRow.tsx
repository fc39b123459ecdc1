import type { ReactNode } from 'react';
import { Table } from '@mantine/core';

/** One labelled line of a detail card; rows without a value are left out by the caller. */
export function InfoRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={180} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
