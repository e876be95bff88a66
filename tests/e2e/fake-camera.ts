// A video file Chromium can play as its camera (--use-file-for-fake-video-capture): a ticket's QR
// code, black on white, as uncompressed Y4M frames. Lets a spec exercise the real camera path.
import { writeFileSync } from "node:fs";
import QRCode from "qrcode";

export function writeQrVideo(path: string, text: string, { width = 640, height = 480, frames = 10 } = {}) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 4;
  const scale = Math.floor((Math.min(width, height) * 0.7) / (modules.size + quiet * 2));
  const side = (modules.size + quiet * 2) * scale;
  const [left, top] = [Math.floor((width - side) / 2), Math.floor((height - side) / 2)];
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const [r, c] = [Math.floor(y / scale) - quiet, Math.floor(x / scale) - quiet];
      if (r >= 0 && c >= 0 && r < modules.size && c < modules.size && modules.get(r, c)) luma[(top + y) * width + left + x] = 16;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array(frames).fill(frame)]));
}
