// Noto Sans Hebrew (OFL, lib/certificates/fonts/OFL.txt), as TTF: the main Noto Sans has no Hebrew
// glyphs, so a right-to-left name would print as empty boxes. Certificates name it second in their
// fontFamily list; React-PDF falls back to it per character and orders the text with its bidi step.
import { fileURLToPath } from "node:url";
import { Font } from "@react-pdf/renderer";
import { loadFonts } from "@/lib/pdf/fonts";

export const RTL_FONT_FAMILY = "Noto Sans Hebrew";

let ready: Promise<void> | undefined;

export function loadCertificateFonts(): Promise<void> {
  ready ??= (async () => {
    await loadFonts();
    const file = (name: string) => fileURLToPath(new URL(`./fonts/${name}`, import.meta.url));
    Font.register({
      family: RTL_FONT_FAMILY,
      fonts: [
        { src: file("NotoSansHebrew-Regular.ttf"), fontWeight: 400 },
        { src: file("NotoSansHebrew-Bold.ttf"), fontWeight: 700 },
      ],
    });
  })().catch((err) => {
    ready = undefined;
    throw err;
  });
  return ready;
}
