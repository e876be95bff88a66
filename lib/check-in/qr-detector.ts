// Reads QR codes from the camera's video: the browser's own BarcodeDetector where it exists (Chrome
// on Android, Safari on macOS), otherwise jsQR on a downscaled frame (iOS Safari, Firefox). jsQR is
// loaded only when needed.
import type jsQRType from "jsqr";

type BarcodeDetectorLike = { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> };
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
};

export type QrReader = { kind: "native" | "jsqr"; read(video: HTMLVideoElement): Promise<string | null> };

// jsQR's cost grows with pixels; 640 px on the long side reads a ticket held at arm's length.
const MAX_SIDE = 640;

export async function createQrReader(): Promise<QrReader> {
  const Native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Native) {
    try {
      if ((await Native.getSupportedFormats()).includes("qr_code")) {
        const detector = new Native({ formats: ["qr_code"] });
        return { kind: "native", read: async (video) => (await detector.detect(video))[0]?.rawValue ?? null };
      }
    } catch {
      // Present but unusable (some desktop builds): fall through to jsQR.
    }
  }
  const jsQR = (await import("jsqr")).default;
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("no 2D canvas");
  return {
    kind: "jsqr",
    read: async (video) => {
      const { videoWidth: w, videoHeight: h } = video;
      if (!w || !h) return null;
      const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
      return decodeQrPixels(jsQR, image.data, image.width, image.height);
    },
  };
}

/** One RGBA frame → the QR's text, or null. Separate so it can be tested without a camera. */
export function decodeQrPixels(jsQR: typeof jsQRType, data: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(data, width, height, { inversionAttempts: "dontInvert" })?.data ?? null;
}
