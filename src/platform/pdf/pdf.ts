/**
 * PDF provider: prints HTML in Debian's Chromium through playwright-core. One browser is kept warm
 * and reused (launching takes most of a second; printing a page takes tens of milliseconds).
 * The PDF is tagged (accessible), with an outline, and carries the HTML's `lang` and `<title>`.
 */
import type { Browser, Page } from "playwright-core";
import { recordPrint } from "./status.js";

/** Flags that let Chromium run as root in a closed network (as in test/browser/browser.ts). */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface PdfPageOptions {
  /**
   * Chromium's running header and footer (HTML with the classes pageNumber and totalPages); they
   * print in the page margins, so give them an explicit font size.
   */
  headerTemplate?: string;
  footerTemplate?: string;
  /** Page margins (defaults: 20 mm top and bottom, 22 mm left and right). */
  margin?: { top: string; bottom: string; left: string; right: string };
}

export interface PdfProvider {
  /** Prints a complete HTML document to PDF (A4). */
  render(html: string, options?: PdfPageOptions): Promise<Buffer>;
  close(): Promise<void>;
}

/** A provider that launches Chromium on first use and keeps it until `close()`. */
export function createPdfProvider(options: { executablePath: string }): PdfProvider {
  let browser: Promise<Browser> | null = null;
  /** Idle pages, reused: opening a page (a new browser context) costs more than printing. */
  const idle: Page[] = [];
  const getBrowser = () => {
    if (browser) return browser;
    // playwright-core is loaded on the first print, not when the server or the CLI starts.
    const launching = import("playwright-core").then(({ chromium }) =>
      chromium.launch({
        executablePath: options.executablePath,
        args: CHROMIUM_FLAGS,
        headless: true,
      }),
    );
    // A failed launch is not kept: the next print tries again.
    launching.catch(() => {
      if (browser === launching) browser = null;
    });
    browser = launching;
    return launching;
  };
  const print = async (html: string, options: PdfPageOptions): Promise<Buffer> => {
    const b = await getBrowser();
    const page = idle.pop() ?? (await b.newPage({ javaScriptEnabled: false }));
    let reusable = false;
    try {
      await page.setContent(html, { waitUntil: "load" });
      const pdf = await page.pdf({
        format: "A4",
        printBackground: true,
        tagged: true,
        outline: true,
        margin: options.margin ?? { top: "20mm", bottom: "20mm", left: "22mm", right: "22mm" },
        ...(options.headerTemplate || options.footerTemplate
          ? {
              displayHeaderFooter: true,
              headerTemplate: options.headerTemplate ?? "<span></span>",
              footerTemplate: options.footerTemplate ?? "<span></span>",
            }
          : {}),
      });
      reusable = true;
      return pdf;
    } finally {
      if (reusable && idle.length < 4) idle.push(page);
      else await page.close();
    }
  };
  return {
    async render(html, options = {}) {
      try {
        const pdf = await print(html, options);
        recordPrint(true);
        return pdf;
      } catch (error) {
        recordPrint(false, error);
        throw error;
      }
    },
    async close() {
      if (!browser) return;
      const b = await browser.catch(() => null);
      browser = null;
      idle.length = 0;
      await b?.close();
    },
  };
}

let shared: PdfProvider | null = null;

/** The process-wide provider (the web server and the CLI share one warm browser). */
export function sharedPdfProvider(executablePath: string): PdfProvider {
  shared ??= createPdfProvider({ executablePath });
  return shared;
}

/** Closes the process-wide provider's browser, if one was started (server shutdown, tests). */
export async function closeSharedPdfProvider(): Promise<void> {
  await shared?.close();
}
