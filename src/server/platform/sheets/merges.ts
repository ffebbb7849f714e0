/**
 * The merged ranges of an .xlsx's first worksheet, read straight from the zip (exceljs's streaming reader skips
 * them): the central directory names the entry, which is inflated and searched for <mergeCell ref="…"/>.
 */
import { inflateRawSync } from "node:zlib";

function entries(zip: Buffer): Map<string, { method: number; offset: number; size: number }> {
  const out = new Map<string, { method: number; offset: number; size: number }>();
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count && p + 46 <= zip.length; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) break;
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30);
    const comment = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    if (local + 30 <= zip.length) {
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      out.set(name, { method, offset: data, size });
    }
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

/** Merged ranges (e.g. "A2:B2") of the first worksheet; empty when there are none or the file cannot be read. */
export function xlsxMerges(zip: Buffer): string[] {
  try {
    const all = entries(zip);
    const name = [...all.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))[0];
    const entry = name ? all.get(name) : undefined;
    if (!entry) return [];
    const raw = zip.subarray(entry.offset, entry.offset + entry.size);
    const xml = (entry.method === 8 ? inflateRawSync(raw) : raw).toString("utf8");
    return [...xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((m) => m[1] ?? "");
  } catch {
    return [];
  }
}
