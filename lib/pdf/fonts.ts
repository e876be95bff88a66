// Fonts for React-PDF documents. Noto Sans (OFL, lib/pdf/fonts/OFL.txt) ships with the code as TTF:
// it covers accented Latin, Greek and Cyrillic, which the built-in Helvetica cannot draw, and TTF
// because React-PDF crashes on WOFF2. Nothing is fetched at run time.
import { fileURLToPath } from "node:url";
import { Font } from "@react-pdf/renderer";

export const FONT_FAMILY = "Noto Sans";

const WEIGHTS = [
  { file: "NotoSans-Regular.ttf", fontWeight: 400 },
  { file: "NotoSans-Bold.ttf", fontWeight: 700 },
] as const;

const fontFile = (name: string) => fileURLToPath(new URL(`./fonts/${name}`, import.meta.url));

let ready: Promise<void> | undefined;

/** Registers and loads the fonts once per process; await it before rendering a document. */
export function loadFonts(): Promise<void> {
  ready ??= (async () => {
    Font.register({ family: FONT_FAMILY, fonts: WEIGHTS.map((w) => ({ src: fontFile(w.file), fontWeight: w.fontWeight })) });
    // React-PDF hyphenates with English patterns by default, which would split a name across lines
    // with a hyphen it does not have. Ordinary words stay whole; only a very long unbroken run of
    // characters is cut into pieces, so that it wraps instead of running off the page.
    Font.registerHyphenationCallback((word) => (word.length <= 24 ? [word] : (word.match(/.{1,12}/gsu) ?? [word])));
    for (const { fontWeight } of WEIGHTS) {
      const source = Font.getFont({ fontFamily: FONT_FAMILY, fontWeight });
      await source.load();
      keepGlyphCodePoints(source.data as unknown as GlyphCache);
    }
  })().catch((err) => {
    ready = undefined;
    throw err;
  });
  return ready;
}

type Glyph = { codePoints: number[] };
type GlyphCache = { _glyphs: Record<number, Glyph | undefined>; getGlyph(id: number, characters?: number[]): Glyph | null };

/**
 * fontkit 2.0.4 caches a glyph the first time it is asked for it, and a glyph first met as a part of
 * another one while a PDF embeds its font subset (Greek "Α" and "ό" are built from Latin "A" and "o")
 * is cached without its characters. React-PDF then silently drops that letter from every later
 * document in the process: the second ticket a worker rendered read "oë Brontë" for "Zoë Brontë".
 * Filling in the characters when a later lookup supplies them fixes it (fontkit issue #154,
 * react-pdf issue #3404); tests/integration/ticket-pdf.test.ts renders Greek before Latin to hold it.
 */
function keepGlyphCodePoints(font: GlyphCache): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, characters = []) => {
    const cached = font._glyphs[id];
    if (cached && characters.length > 0 && cached.codePoints.length === 0) cached.codePoints = characters;
    return getGlyph(id, characters);
  };
}
