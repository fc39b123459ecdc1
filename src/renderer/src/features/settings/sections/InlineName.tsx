import { useState } from 'react';
import { TextInput } from '@mantine/core';

/**
 * A name that can be corrected in place: saved when the box loses focus or Enter is pressed;
 * Escape puts the stored name back.
 */
export function InlineName({ value, label, onSave }: { value: string; label: string; onSave: (next: string) => Promise<void> }) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string>();
  const commit = async () => {
    if (text.trim() === value) return;
    try {
      await onSave(text);
      setError(undefined);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <TextInput
      aria-label={label}
      value={text}
      error={error}
      variant="unstyled"
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setText(value);
      }}
    />
  );
}
