/**
 * A finding's photo, cleaned before it is stored: only JPEG and PNG (known by their bytes, not by
 * what the client claims), and everything but the picture itself dropped — in a JPEG the APP1–APP15
 * segments (EXIF with GPS position, XMP, IPTC, maker notes …) and comments; in a PNG the text,
 * eXIf and tIME chunks. APP0 (JFIF) and the colour profile of a PNG (iCCP) are kept: they say how
 * to show the picture, not who took it where.
 */

/** The largest photo accepted (after stripping it is at most this). */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

export type PhotoType = "image/jpeg" | "image/png";

export type StripResult = { ok: true; type: PhotoType; bytes: Uint8Array } | { ok: false };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** PNG chunks that carry text, EXIF or a time: dropped. */
const PNG_DROPPED = new Set(["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]);

export function stripPhotoMetadata(input: Uint8Array): StripResult {
  if (input.length > 3 && input[0] === 0xff && input[1] === 0xd8 && input[2] === 0xff)
    return stripJpeg(input);
  if (input.length > 8 && PNG_SIGNATURE.every((b, i) => input[i] === b)) return stripPng(input);
  return { ok: false };
}

function stripJpeg(input: Uint8Array): StripResult {
  const parts: Uint8Array[] = [input.subarray(0, 2)];
  let at = 2;
  while (at < input.length) {
    if (input[at] !== 0xff) return { ok: false };
    const marker = input[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      parts.push(input.subarray(at, at + 2));
      break;
    }
    // Markers without a length: TEM and RST0–7.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      parts.push(input.subarray(at, at + 2));
      at += 2;
      continue;
    }
    if (at + 4 > input.length) return { ok: false };
    const length = ((input[at + 2] ?? 0) << 8) | (input[at + 3] ?? 0);
    if (length < 2 || at + 2 + length > input.length) return { ok: false };
    const end = at + 2 + length;
    if (marker === 0xda) {
      // Start of scan: the compressed picture follows up to the end; keep the rest as it is.
      parts.push(input.subarray(at));
      break;
    }
    const dropped = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!dropped) parts.push(input.subarray(at, end));
    at = end;
  }
  return { ok: true, type: "image/jpeg", bytes: concat(parts) };
}

function stripPng(input: Uint8Array): StripResult {
  const parts: Uint8Array[] = [input.subarray(0, 8)];
  let at = 8;
  let ended = false;
  while (at + 12 <= input.length) {
    const length =
      ((input[at] ?? 0) << 24) |
      ((input[at + 1] ?? 0) << 16) |
      ((input[at + 2] ?? 0) << 8) |
      (input[at + 3] ?? 0);
    if (length < 0 || at + 12 + length > input.length) return { ok: false };
    const type = String.fromCharCode(...input.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (!PNG_DROPPED.has(type)) parts.push(input.subarray(at, end));
    at = end;
    if (type === "IEND") {
      ended = true;
      break;
    }
  }
  if (!ended) return { ok: false };
  return { ok: true, type: "image/png", bytes: concat(parts) };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
