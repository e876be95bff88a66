// PNG files for the image-limit tests (certificate logos, event covers), unit, integration and e2e.
import { deflateSync } from "node:zlib";
import { PNG } from "pngjs";

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A small file whose header claims width × height pixels: what an image bomb looks like. Only `rows`
 * compressed rows of zeros follow (the rest "missing", as a decoder would find out too late).
 */
export function bombPng(width: number, height: number, rows = 4): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.alloc((width * 4 + 1) * rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A real, decodable PNG of one colour, or two (top and bottom half) when `twoTone`. */
export function realPng(width: number, height: number, twoTone = false): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data.set(twoTone ? [i < png.data.length / 2 ? 200 : 20, 80, 160, 255] : [30, 120, 200, 255], i);
  }
  return PNG.sync.write(png);
}
