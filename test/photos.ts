/**
 * Small photos with metadata for tests (a JPEG with an EXIF segment naming a GPS position, a PNG
 * with text, eXIf and tIME chunks). Test helpers only; the product never makes pictures.
 */
import { crc32 } from "node:zlib";

const segment = (marker: number, payload: Buffer) =>
  Buffer.concat([
    Buffer.from([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]),
    payload,
  ]);

/** A minimal baseline JPEG (1×1 grey) with APP1 EXIF (GPS), APP13 and a comment. */
export function jpegWithExif(): Uint8Array {
  const app0 = segment(0xe0, Buffer.from("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", "latin1"));
  const exif = segment(
    0xe1,
    Buffer.from("Exif\0\0MM\0*GPSLatitude 58.42 GPSLongitude 15.59 Kamera X", "latin1"),
  );
  const iptc = segment(0xed, Buffer.from("Photoshop 3.0\0Kamera Y", "latin1"));
  const comment = segment(0xfe, Buffer.from("Fotograf: Kamera Z", "latin1"));
  const dqt = segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)]));
  const sof = segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
  const dht = segment(0xc4, Buffer.concat([Buffer.from([0, 0, 1]), Buffer.alloc(14, 0), Buffer.from([0])]));
  const sos = segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0]));
  const scan = Buffer.from([0x00, 0x3f, 0xff, 0xd9]);
  return new Uint8Array(
    Buffer.concat([Buffer.from([0xff, 0xd8]), app0, exif, iptc, comment, dqt, sof, dht, sos, scan]),
  );
}

const chunk = (type: string, data: Buffer) => {
  const head = Buffer.from(type, "latin1");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head, data])) >>> 0);
  return Buffer.concat([length, head, data, crc]);
};

/** A 1×1 PNG with tEXt, eXIf (GPS) and tIME chunks. */
export function pngWithText(): Uint8Array {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = Buffer.from([0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("tEXt", Buffer.from("Author\0Anna Andersson", "latin1")),
      chunk("eXIf", Buffer.from("MM\0*GPSLatitude 58.42", "latin1")),
      chunk("tIME", Buffer.from([7, 224, 9, 20, 12, 0, 0])),
      chunk("IDAT", idat),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}
