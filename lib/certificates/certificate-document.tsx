// The certificate as React-PDF draws it: one A4 page (landscape or portrait) with an optional logo,
// the title, the holder's name, the body text, the signer, and a QR code plus short URL to
// /verify/<code>. Every text is a React child, drawn as text. Long names get a smaller type size
// (down to a floor at which 500 characters still fit); right-to-left names are drawn by the font's
// shaping in logical order, centred, so they read correctly.
import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { FONT_FAMILY } from "@/lib/pdf/fonts";
import { RTL_FONT_FAMILY } from "./rtl-fonts";

export type CertificateDocumentProps = {
  /** The document's language (PDF /Lang). */
  locale: string;
  /** The certificate's own words, already translated (messages/<language>/pdf.json). */
  labels: { presentedTo: string; issued: string; verifyAt: string };
  title: string;
  holderName: string;
  body: string;
  signerName: string;
  signerTitle: string;
  issuer: string;
  issuedOn: string;
  orientation: "landscape" | "portrait";
  verifyUrl: string;
  displayCode: string;
  qrPng: Buffer;
  logo: { data: Buffer; format: "png" | "jpg" } | null;
  signature: { data: Buffer; format: "png" | "jpg" } | null;
};

const INK = "#18181b";
const MUTED = "#52525b";
const ACCENT = "#1d4ed8";

const VERIFY_WIDTH = 200;

/** Type size for the verification URL: shrinks so the whole URL stays on one line (never split mid-code). */
export function verifyUrlSize(url: string): number {
  // 0.62 em is a safe upper bound for the average glyph width of the sans fonts used here.
  return Math.max(4, Math.min(9, Math.floor((VERIFY_WIDTH / (0.62 * url.length)) * 10) / 10));
}

/**
 * React-PDF's hyphenation hook for the verification URL: each word is one piece, so no break (and no
 * hyphen) is ever put inside it; with verifyUrlSize the URL stays one line.
 */
export const keepWordWhole = (word: string): string[] => [word];

const styles = StyleSheet.create({
  page: { fontFamily: [FONT_FAMILY, RTL_FONT_FAMILY], color: INK, padding: 36 },
  frame: { flexGrow: 1, border: `2pt solid ${ACCENT}`, padding: 28, alignItems: "center" },
  logo: { maxHeight: 60, maxWidth: 200, objectFit: "contain", marginBottom: 12 },
  title: { fontWeight: 700, fontSize: 28, textAlign: "center", color: ACCENT, marginBottom: 16 },
  presented: { fontSize: 11, color: MUTED, marginBottom: 6 },
  name: { fontWeight: 700, textAlign: "center", lineHeight: 1.2, marginBottom: 14 },
  body: { fontSize: 12, textAlign: "center", lineHeight: 1.5, maxWidth: 520 },
  footer: { flexDirection: "row", width: "100%", justifyContent: "space-between", alignItems: "flex-end", marginTop: "auto" },
  signer: { width: 220, alignItems: "center" },
  signature: { maxHeight: 50, maxWidth: 180, objectFit: "contain" },
  signLine: { borderTop: `1pt solid ${INK}`, width: 200, marginTop: 4, paddingTop: 4 },
  small: { fontSize: 9, color: MUTED, textAlign: "center" },
  verify: { alignItems: "center", width: VERIFY_WIDTH },
  qr: { width: 72, height: 72 },
});

/** Type size for the name: smaller as it gets longer, so it never runs off the page. */
export function nameSize(name: string): number {
  const length = [...name].length;
  if (length <= 30) return 30;
  if (length <= 50) return 24;
  if (length <= 90) return 18;
  if (length <= 180) return 13;
  if (length <= 300) return 10;
  return 8;
}

export function CertificateDocument(p: CertificateDocumentProps) {
  return (
    <Document language={p.locale} title={p.title} author={p.issuer} subject={p.holderName} creator="EventDesk" producer="EventDesk">
      <Page size="A4" orientation={p.orientation} style={styles.page}>
        <View style={styles.frame}>
          {p.logo ? <Image style={styles.logo} src={{ data: p.logo.data, format: p.logo.format }} /> : null}
          <Text style={styles.title}>{p.title}</Text>
          <Text style={styles.presented}>{p.labels.presentedTo}</Text>
          <Text style={[styles.name, { fontSize: nameSize(p.holderName) }]}>{p.holderName}</Text>
          <Text style={styles.body}>{p.body}</Text>
          <View style={styles.footer}>
            <View style={styles.signer}>
              {p.signature ? <Image style={styles.signature} src={{ data: p.signature.data, format: p.signature.format }} /> : null}
              <View style={styles.signLine}>
                <Text style={styles.small}>{p.signerName || p.issuer}</Text>
                {p.signerTitle ? <Text style={styles.small}>{p.signerTitle}</Text> : null}
              </View>
            </View>
            <Text style={styles.small}>{p.labels.issued}</Text>
            <View style={styles.verify}>
              <Image style={styles.qr} src={{ data: p.qrPng, format: "png" }} cache={false} />
              <Text style={styles.small}>{p.labels.verifyAt}</Text>
              <Text style={[styles.small, { fontSize: verifyUrlSize(p.verifyUrl) }]} hyphenationCallback={keepWordWhole}>
                {p.verifyUrl}
              </Text>
              <Text style={styles.small}>{p.displayCode}</Text>
            </View>
          </View>
        </View>
      </Page>
    </Document>
  );
}
