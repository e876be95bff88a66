// Verification codes use the ticket code format: 128 random bits as 26 Crockford base32 characters,
// unguessable and forgiving of case, dashes and O/0, I/L/1 when typed from paper.
export {
  generateTicketCode as generateVerificationCode,
  normalizeTicketCode as normalizeVerificationCode,
  formatTicketCode as formatVerificationCode,
} from "@/lib/tickets/ticket-code";
