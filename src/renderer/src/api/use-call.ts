import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { ApiCallError, call } from './client';

export interface CallState<T> {
  data: T | undefined;
  error: ApiCallError | undefined;
  loading: boolean;
  reload: () => void;
}

const asApiError = (error: unknown) =>
  error instanceof ApiCallError ? error : new ApiCallError({ code: 'internal', message: String(error) });

/** Loads a contract method's result and reloads it when `key` changes; the last data stays shown meanwhile. */
export function useCall<M extends MethodName>(method: M, input: InputOf<M>, key: string): CallState<OutputOf<M>> {
  const [tick, setTick] = useState(0);
  const request = `${method}|${key}|${tick}`;
  const [state, setState] = useState<{ request?: string; data?: OutputOf<M>; error?: ApiCallError }>({});
  const inputRef = useRef(input);
  useEffect(() => {
    inputRef.current = input;
  });
  useEffect(() => {
    let live = true;
    call(method, inputRef.current).then(
      (data) => live && setState({ request, data }),
      (error: unknown) => live && setState((s) => ({ request, data: s.data, error: asApiError(error) })),
    );
    return () => {
      live = false;
    };
  }, [method, request]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const current = state.request === request;
  return { data: state.data, error: current ? state.error : undefined, loading: !current, reload };
}
