/**
 * The brief as PDF, printed by Chromium from the brief's own HTML page. Script
 * is off and every request is refused, so printing reaches nothing outside.
 */
import { launchChromium } from "./browser.js";

export async function printPdf(html: string): Promise<Buffer> {
  const browser = await launchChromium({ javaScript: false });
  try {
    const page = await browser.context.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
    });
  } finally {
    await browser.close();
  }
}
