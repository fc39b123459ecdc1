import type { Envelope, InputOf, MethodName, OutputOf, Result } from '../shared/contract';
import type { Locale } from '../shared/contract/settings.contract';
import type { PickedFile } from '../shared/contract/exports.contract';

/** One call of a contract method, as the renderer sends it. */
export interface CrmRequest<M extends MethodName = MethodName> {
  method: M;
  input: InputOf<M>;
  /** The language the answer's messages should be in. */
  locale?: Locale;
  /** The locale their numbers are written in, e.g. "en-GB". */
  formats?: string;
}

/** What the preload exposes on `window.crm`: the contract over IPC, and nothing else. */
export interface CrmBridge {
  /** Calls a contract method in the main process; errors come back as `{ ok: false }`, never thrown. */
  invoke<M extends MethodName>(request: CrmRequest<M>): Promise<Result<OutputOf<M>>>;
  /** The same call from a generic transport that forwards any envelope (main validates it). */
  invoke(envelope: Envelope): Promise<Result<unknown>>;
  /** Opens the system's file dialog (spreadsheets, CSV, vCard); null when the person cancels. */
  pickFile(): Promise<PickedFile | null>;
  /** Asks where to save a file main made (an export) and copies it there. */
  saveFile(fileId: string, suggestedName: string): Promise<{ saved: boolean }>;
}

declare global {
  interface Window {
    /** Present in the desktop app; absent in browser mode, where the api client uses HTTP. */
    crm?: CrmBridge;
  }
}
