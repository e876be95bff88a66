// The ticket, as React-PDF draws it: one A5 portrait page with the event, the participant's name,
// a QR code carrying only the ticket code, and that code printed for people. Every text is passed as
// a React child, so user-typed text is drawn as text, never interpreted. Long titles, venues and
// names get a smaller type size and wrap; the sizes are chosen so the longest values the forms
// accept still fit on the one page.
import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";

/** The ticket's own words, already translated (messages/<language>/pdf.json). */
export type TicketLabels = {
  documentTitle: string;
  kicker: string;
  dateAndTime: string;
  venue: string;
  venueTbd: string;
  participant: string;
  footer: string;
};

export type TicketDocumentProps = {
  /** The document's language (PDF /Lang, read by screen readers). */
  locale: string;
  labels: TicketLabels;
  eventTitle: string;
  eventDate: string;
  venue: string;
  participantName: string;
  /** The code as printed: already split into readable groups. */
  displayCode: string;
  /** PNG of the QR code that encodes the ticket code. */
  qrPng: Buffer;
};

const INK = "#18181b";
const MUTED = "#52525b";
const LINE = "#d4d4d8";

const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, color: INK, backgroundColor: "#ffffff", padding: 28 },
  card: { flexGrow: 1, border: `1pt solid ${LINE}`, borderRadius: 10, overflow: "hidden" },
  header: { backgroundColor: INK, color: "#ffffff", paddingVertical: 18, paddingHorizontal: 22 },
  kicker: { fontSize: 8, fontWeight: 700, color: "#a1a1aa", marginBottom: 6 },
  title: { fontWeight: 700, lineHeight: 1.25 },
  details: { paddingHorizontal: 22, paddingTop: 14, paddingBottom: 4 },
  label: { fontSize: 7.5, fontWeight: 700, color: MUTED, marginBottom: 2 },
  value: { lineHeight: 1.35, marginBottom: 10 },
  tear: { borderTop: `1pt dashed ${LINE}`, marginHorizontal: 12 },
  holder: { paddingHorizontal: 22, paddingTop: 14 },
  name: { fontWeight: 700, lineHeight: 1.25 },
  qrBlock: { flexGrow: 1, alignItems: "center", justifyContent: "center", paddingVertical: 10 },
  qr: { width: 150, height: 150 },
  // No letterSpacing: it makes PDF text extraction (and copy-paste) split the code into letters.
  code: { fontSize: 13, fontWeight: 700, marginTop: 6 },
  footer: { fontSize: 7.5, color: MUTED, textAlign: "center", paddingHorizontal: 22, paddingBottom: 14, lineHeight: 1.4 },
});

/** A type size that keeps `text` within a few lines: smaller as it gets longer. */
function fitSize(text: string, steps: [maxChars: number, size: number][], smallest: number): number {
  const length = [...text].length;
  for (const [maxChars, size] of steps) if (length <= maxChars) return size;
  return smallest;
}

export function TicketDocument(props: TicketDocumentProps) {
  const titleSize = fitSize(
    props.eventTitle,
    [
      [40, 18],
      [80, 15],
      [140, 12],
    ],
    10,
  );
  const venueSize = fitSize(
    props.venue,
    [
      [80, 10.5],
      [160, 9],
    ],
    8,
  );
  const nameSize = fitSize(
    props.participantName,
    [
      [28, 20],
      [48, 16],
      [90, 13],
      [150, 11],
    ],
    9.5,
  );
  return (
    <Document
      language={props.locale}
      title={props.labels.documentTitle}
      author={props.eventTitle}
      subject={props.participantName}
      creator="EventDesk"
      producer="EventDesk"
    >
      <Page size="A5" orientation="portrait" style={styles.page}>
        <View style={styles.card}>
          <View style={styles.header}>
            <Text style={styles.kicker}>{props.labels.kicker}</Text>
            <Text style={[styles.title, { fontSize: titleSize }]}>{props.eventTitle}</Text>
          </View>
          <View style={styles.details}>
            <Text style={styles.label}>{props.labels.dateAndTime}</Text>
            <Text style={[styles.value, { fontSize: 10.5 }]}>{props.eventDate}</Text>
            <Text style={styles.label}>{props.labels.venue}</Text>
            <Text style={[styles.value, { fontSize: venueSize }]}>{props.venue || props.labels.venueTbd}</Text>
          </View>
          <View style={styles.tear} />
          <View style={styles.holder}>
            <Text style={styles.label}>{props.labels.participant}</Text>
            <Text style={[styles.name, { fontSize: nameSize }]}>{props.participantName}</Text>
          </View>
          <View style={styles.qrBlock}>
            {/* Every QR is different: keeping it in React-PDF's image cache would only churn it. */}
            <Image style={styles.qr} src={{ data: props.qrPng, format: "png" }} cache={false} />
            <Text style={styles.code}>{props.displayCode}</Text>
          </View>
          <Text style={styles.footer}>{props.labels.footer}</Text>
        </View>
      </Page>
    </Document>
  );
}
