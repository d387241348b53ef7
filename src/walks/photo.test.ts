import { describe, expect, it } from "vitest";
import { jpegWithExif, pngWithText } from "../../test/photos.js";
import { stripPhotoMetadata } from "./photo.js";

const has = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, "latin1"));

describe("photo metadata stripping", () => {
  it("drops a JPEG's EXIF (with its GPS position), XMP and comments and keeps the picture", () => {
    const input = jpegWithExif();
    expect(has(input, "GPS")).toBe(true);
    const result = stripPhotoMetadata(input);
    if (!result.ok) throw new Error("refused");
    expect(result.type).toBe("image/jpeg");
    expect(has(result.bytes, "Exif")).toBe(false);
    expect(has(result.bytes, "GPS")).toBe(false);
    expect(has(result.bytes, "Kamera")).toBe(false);
    expect(has(result.bytes, "JFIF")).toBe(true);
    // The scan data and the end marker are kept byte for byte.
    expect(Buffer.from(result.bytes).subarray(-6)).toEqual(Buffer.from(input).subarray(-6));
  });

  it("drops a PNG's text, eXIf and time chunks and keeps the others", () => {
    const input = pngWithText();
    const result = stripPhotoMetadata(input);
    if (!result.ok) throw new Error("refused");
    expect(result.type).toBe("image/png");
    for (const chunk of ["tEXt", "eXIf", "tIME", "GPSLatitude"]) expect(has(result.bytes, chunk)).toBe(false);
    for (const chunk of ["IHDR", "IDAT", "IEND"]) expect(has(result.bytes, chunk)).toBe(true);
  });

  it("refuses what is neither JPEG nor PNG, and broken files", () => {
    expect(stripPhotoMetadata(new TextEncoder().encode("GIF89a…")).ok).toBe(false);
    expect(stripPhotoMetadata(jpegWithExif().subarray(0, 30)).ok).toBe(false);
    expect(stripPhotoMetadata(pngWithText().subarray(0, 40)).ok).toBe(false);
  });
});
