// Fills a template's {{placeholders}} and produces the subject, an HTML part (simple table layout,
// inline styles, every value escaped) and a plain-text part.
import type { EmailTemplate } from "./templates/defaults";

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Placeholders used in the template that `known` does not define. */
export function unknownPlaceholders(template: EmailTemplate, known: readonly string[]): string[] {
  const used = [...`${template.subject}\n${template.body}`.matchAll(PLACEHOLDER)].map((m) => m[1]);
  return [...new Set(used.filter((name) => !known.includes(name)))];
}

function fill(source: string, vars: Record<string, string>, encode: (v: string) => string): string {
  return source.replace(PLACEHOLDER, (whole, name: string) => (name in vars ? encode(vars[name]) : whole));
}

export function renderTemplate(template: EmailTemplate, vars: Record<string, string>) {
  const missing = unknownPlaceholders(template, Object.keys(vars));
  if (missing.length) throw new Error(`unknown placeholders: ${missing.join(", ")}`);
  // Subjects are plain text headers: newlines would break them.
  const subject = fill(template.subject, vars, (v) => v).replace(/[\r\n]+/g, " ").trim();
  const text = fill(template.body, vars, (v) => v);
  const paragraphs = template.body
    .split(/\n{2,}/)
    .map((p) => fill(escapeHtml(p), vars, escapeHtml).replaceAll("\n", "<br>"))
    .map((p) => `<p style="margin:0 0 16px 0;line-height:1.5">${p}</p>`)
    .join("\n");
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f5;padding:24px 0">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px">
<tr><td style="padding:32px;font-family:Arial,Helvetica,sans-serif;font-size:16px;color:#18181b">
${paragraphs}
</td></tr>
</table>
</td></tr>
</table>
</body></html>`;
  return { subject, html, text };
}
