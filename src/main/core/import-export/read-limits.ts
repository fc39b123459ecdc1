/** How much the import reads before it stops with a message, so a huge or odd file never hangs the app. */
export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Longest cell accepted; Excel's own cell limit is 32,767 characters. */
  maxCellChars: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxBytes: 256 * 1024 * 1024, maxCellChars: 32_767 };
