// The certificate preview as an image: the first page of the rendered PDF drawn to PNG with pdf.js
// on a @napi-rs/canvas surface (prebuilt binaries, no system libraries). Phones and Chromium show an
// <img> reliably where a PDF in an <iframe> is a thin strip or nothing. Results are cached in
// memory by design version (event + settings updatedAt), so repeated views cost one lookup.
import { createCanvas } from "@napi-rs/canvas";

/** Width of the preview image in pixels; the height follows the page's aspect ratio. */
export const PREVIEW_WIDTH = 1200;
const CACHE_LIMIT = 50;
const cache = new Map<string, Buffer>();

export async function pdfFirstPageToPng(pdf: Uint8Array, width = PREVIEW_WIDTH): Promise<Buffer> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false })
    .promise;
  try {
    const page = await doc.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: width / base.width });
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise;
    return canvas.toBuffer("image/png");
  } finally {
    await doc.destroy();
  }
}

/** The PNG for one design version, rendered once and then served from memory. */
export async function cachedPreviewPng(key: string, renderPdf: () => Promise<Uint8Array>): Promise<{ png: Buffer; hit: boolean }> {
  const found = cache.get(key);
  if (found) return { png: found, hit: true };
  const png = await pdfFirstPageToPng(await renderPdf());
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, png);
  return { png, hit: false };
}
