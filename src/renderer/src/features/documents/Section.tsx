import type { ReactNode } from 'react';
import { Card, Title } from '@mantine/core';

/** A titled card of options. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={5} mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}
