import type { ReactNode } from 'react';
import { Card, Table, Title } from '@mantine/core';

/** A titled card holding rows of facts about the contact. */
export function DetailCard({ title, children, table = true }: { title: string; children: ReactNode; table?: boolean }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={4} mb="xs">
        {title}
      </Title>
      {table ? (
        <Table verticalSpacing={4}>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      ) : (
        children
      )}
    </Card>
  );
}
