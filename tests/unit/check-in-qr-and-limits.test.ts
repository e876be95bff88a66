// The scanner's fallback decoder (jsQR) reads the QR a ticket carries, and the door's rate limiter
// refills as it should.
import jsQR from "jsqr";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { decodeQrPixels } from "@/lib/check-in/qr-detector";
import { generateTicketCode } from "@/lib/tickets/ticket-code";

/** The QR of `text` as an RGBA frame, like a camera picture of a printed ticket (scale px per module). */
function qrFrame(text: string, scale = 6, quiet = 4) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const side = (modules.size + quiet * 2) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const [r, c] = [Math.floor(y / scale) - quiet, Math.floor(x / scale) - quiet];
      if (r >= 0 && c >= 0 && r < modules.size && c < modules.size && modules.get(r, c)) {
        const i = (y * side + x) * 4;
        data[i] = data[i + 1] = data[i + 2] = 20;
      }
    }
  }
  return { data, side };
}

describe("reading a ticket QR without BarcodeDetector", () => {
  it("jsQR reads the ticket code from a frame", () => {
    const code = generateTicketCode();
    const { data, side } = qrFrame(code);
    expect(decodeQrPixels(jsQR, data, side, side)).toBe(code);
  });

  it("a frame without a QR code reads as nothing", () => {
    const side = 200;
    const data = new Uint8ClampedArray(side * side * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 7919) % 256));
    expect(decodeQrPixels(jsQR, data, side, side)).toBeNull();
  });
});
