/** A document the desktop shell prints: its HTML, title, what to do and the sheet size in mm. */
export interface PrintRequest {
  html: string;
  title: string;
  action: 'print' | 'pdf';
  paper: { widthMm: number; heightMm: number };
}

export type PrintOutcome = { status: 'printed' } | { status: 'saved'; file: string } | { status: 'cancelled' } | { status: 'failed'; reason: string };

/** The desktop's native printing: the system print dialog, or Save as PDF. */
export interface PrintCapability {
  print(request: PrintRequest): Promise<PrintOutcome>;
}

declare module './crm-api' {
  interface CrmBridge {
    /** Present in the desktop app only; browser mode renders PDFs on the server instead. */
    print?: PrintCapability['print'];
  }
}
