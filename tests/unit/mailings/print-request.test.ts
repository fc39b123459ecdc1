import { describe, expect, it } from 'vitest';
import { micronsOf, pdfFileName, readPrintRequest } from '../../../src/main/shell/print-request';

const good = { html: '<!doctype html><p>x</p>', title: 'Labels', action: 'pdf', paper: { widthMm: 210, heightMm: 297 } };

describe('the desktop print capability', () => {
  it('accepts a finished document and refuses anything else before a window opens', () => {
    expect(readPrintRequest(good)).toEqual(good);
    expect(readPrintRequest({ ...good, action: 'delete' })).toBeNull();
    expect(readPrintRequest({ ...good, html: 42 })).toBeNull();
    expect(readPrintRequest({ ...good, paper: { widthMm: 0, heightMm: 297 } })).toBeNull();
    expect(readPrintRequest(null)).toBeNull();
  });

  it('suggests a PDF name a file system accepts, and gives the page size in microns', () => {
    expect(pdfFileName('Christmas: 2026/labels')).toBe('Christmas 2026 labels.pdf');
    expect(pdfFileName('')).toBe('document.pdf');
    expect(micronsOf({ widthMm: 215.9, heightMm: 279.4 })).toEqual({ width: 215900, height: 279400 });
  });
});
