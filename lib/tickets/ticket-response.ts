// The HTTP answers of the two ticket downloads: the stored PDF as an attachment that no cache keeps,
// or one fixed "not found" for every miss, so a response never tells whether a ticket exists.
import { contentDisposition } from "@/lib/http/content-disposition";

const common = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };

export function pdfDownload(pdf: Buffer, filename: string, headers: Record<string, string> = {}): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...common,
      ...headers,
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(filename, { fallback: "document.pdf" }),
      "Content-Length": String(pdf.length),
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

export function notFound(headers: Record<string, string> = {}): Response {
  return new Response("Not found", { status: 404, headers: { ...common, ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

export function unauthorized(): Response {
  return new Response("Sign in required", { status: 401, headers: { ...common, "Content-Type": "text/plain; charset=utf-8" } });
}
