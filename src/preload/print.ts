import { ipcRenderer } from 'electron';
import type { PrintCapability, PrintRequest } from './print-api';

// Written here rather than imported: the sandboxed preload bundle stays free of main's code.
const PRINT_CHANNEL = 'crm:print';

/** `window.crm.print`: hands one finished document to the shell's print window. */
export const printCapability: PrintCapability = {
  // A fresh object of plain values: nothing else the page attached crosses.
  print: (request: PrintRequest) =>
    ipcRenderer.invoke(PRINT_CHANNEL, {
      html: String(request.html),
      title: String(request.title),
      action: request.action,
      paper: { widthMm: Number(request.paper.widthMm), heightMm: Number(request.paper.heightMm) },
    }),
};
