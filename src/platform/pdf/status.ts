/**
 * How the PDF printer last fared in this process, for /readyz. Kept apart from pdf.ts so that a
 * readiness check does not load playwright-core (nor launch a browser).
 */
export interface PrintStatus {
  /** When the last print (or browser launch) finished, and whether it failed. */
  at: Date;
  ok: boolean;
  error?: string;
}

let last: PrintStatus | null = null;

export function recordPrint(ok: boolean, error?: unknown): void {
  last = {
    at: new Date(),
    ok,
    ...(ok ? {} : { error: error instanceof Error ? error.message : String(error) }),
  };
}

/** The last print's outcome, or null when nothing was printed yet. */
export function lastPrint(): PrintStatus | null {
  return last;
}
