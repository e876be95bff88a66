// A plain email about the person's account (an invitation, a password reset): paragraphs of text
// and one link, in a minimal inline-styled page. Every line is escaped; only `link` becomes a link.
// Event emails go through the event's templates and email-layout.tsx instead.
const escapeHtml = (v: string) =>
  v.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

export function accountEmail(subject: string, lines: string[], link: string): { subject: string; html: string; text: string } {
  const text = lines.join("\n\n");
  const paragraphs = lines.map((l) =>
    l === link
      ? `<p style="margin:0 0 16px 0"><a href="${escapeHtml(l)}" style="color:#1d4ed8">${escapeHtml(l)}</a></p>`
      : `<p style="margin:0 0 16px 0;line-height:1.5">${escapeHtml(l)}</p>`,
  );
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;font-size:16px;color:#18181b">
<div style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
${paragraphs.join("\n")}
</div>
</body></html>`;
  return { subject, html, text };
}
