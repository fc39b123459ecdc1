import { notifications } from '@mantine/notifications';
import { ApiCallError } from '../api/client';

export const notifySuccess = (message: string) => notifications.show({ color: 'teal', message });

/** Shows a failed call's message, which the service already worded in the user's language. */
export function notifyError(err: unknown): void {
  const message = err instanceof ApiCallError || err instanceof Error ? err.message : String(err);
  notifications.show({ color: 'red', message, autoClose: 8000 });
}
