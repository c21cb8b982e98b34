/**
 * A bounded reader of Apple's binary property lists (`bplist00`, as CoreFoundation's CFBinaryPList.c writes them),
 * for Safari's .webarchive. Written here rather than taken from bplist-parser because a hostile file must cost no
 * more than its size: every offset and length is checked against the file before it is read, each object is read
 * once and shared by every reference to it (a list that names one string a million times is one string), a
 * reference cycle or nesting deeper than MAX_DEPTH is refused, and dictionaries are Maps (a key `__proto__` is a
 * key). Strings are ASCII or UTF-16BE, data is a view of the file (not copied), integers beyond 2^53 and UIDs are
 * read as numbers, sets as arrays.
 */
export type PlistValue = null | boolean | number | string | Uint8Array | Date | PlistValue[] | PlistDictionary;
export type PlistDictionary = Map<string, PlistValue>;

export class PlistProblem extends Error {
  override readonly name = 'PlistProblem';

  /** What is damaged, or null when the bytes are not a binary property list at all. */
  constructor(readonly damage: string | null) {
    super(damage === null ? 'it is not a binary property list' : `the property list is damaged (${damage})`);
  }
}

const MAGIC = 'bplist0';
const TRAILER = 32;
const MAX_DEPTH = 64;
/** Seconds between 1970-01-01 and CoreFoundation's epoch, 2001-01-01. */
const EPOCH_2001 = 978_307_200;
const IN_PROGRESS = Symbol('in progress');

export function parseBinaryPlist(bytes: Uint8Array): PlistValue {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < MAGIC.length + 1 + TRAILER || Buffer.from(bytes.subarray(0, MAGIC.length)).toString('latin1') !== MAGIC) {
    throw new PlistProblem(null);
  }
  const damaged = (what: string): never => {
    throw new PlistProblem(what);
  };
  const end = bytes.length - TRAILER;
  const offsetSize = data.getUint8(end + 6);
  const refSize = data.getUint8(end + 7);
  const uint = (at: number, size: number): number => {
    if (size < 1 || size > 8 || at < 0 || at + size > bytes.length) damaged('a number runs past the end');
    let value = 0;
    for (let i = 0; i < size; i += 1) value = value * 256 + (bytes[at + i] as number);
    return value;
  };
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) damaged('its trailer gives impossible sizes');
  const count = uint(end + 8, 8);
  const top = uint(end + 16, 8);
  const tableAt = uint(end + 24, 8);
  if (count === 0 || top >= count || tableAt + count * offsetSize > end) damaged('its table of objects is out of place');
  const cache = new Map<number, PlistValue | typeof IN_PROGRESS>();

  /** An object's length: in its marker's low bits, or (0xF) in the integer that follows. */
  const lengthAt = (at: number, info: number): { length: number; start: number } => {
    if (info !== 0xf) return { length: info, start: at + 1 };
    const marker = uint(at + 1, 1);
    if (marker >> 4 !== 0x1) damaged('a length is not an integer');
    const size = 2 ** (marker & 0xf);
    return { length: uint(at + 2, size), start: at + 2 + size };
  };
  const span = (start: number, length: number): Uint8Array => {
    if (start + length > end) damaged('an object runs past the end');
    return bytes.subarray(start, start + length);
  };

  const read = (index: number, depth: number): PlistValue => {
    if (index >= count) damaged('a reference points past the last object');
    const cached = cache.get(index);
    if (cached === IN_PROGRESS || depth > MAX_DEPTH) damaged('its objects contain themselves or nest too deeply');
    if (cached !== undefined) return cached as PlistValue;
    cache.set(index, IN_PROGRESS);
    const value = readAt(uint(tableAt + index * offsetSize, offsetSize), depth);
    cache.set(index, value);
    return value;
  };

  const refs = (start: number, length: number): number[] => {
    span(start, length * refSize);
    return Array.from({ length }, (_, i) => uint(start + i * refSize, refSize));
  };

  const readAt = (at: number, depth: number): PlistValue => {
    if (at >= end) damaged('an object is out of place');
    const marker = bytes[at] as number;
    const type = marker >> 4;
    const info = marker & 0xf;
    switch (type) {
      case 0x0:
        if (info === 0x8) return false;
        if (info === 0x9) return true;
        return null;
      case 0x1:
        return uint(at + 1, 2 ** info);
      case 0x2:
        if (info !== 2 && info !== 3) return damaged('a real number has an odd size');
        span(at + 1, 2 ** info);
        return info === 2 ? data.getFloat32(at + 1) : data.getFloat64(at + 1);
      case 0x3:
        span(at + 1, 8);
        return new Date((EPOCH_2001 + data.getFloat64(at + 1)) * 1000);
      case 0x4: {
        const { length, start } = lengthAt(at, info);
        return span(start, length);
      }
      case 0x5: {
        const { length, start } = lengthAt(at, info);
        return Buffer.from(span(start, length)).toString('latin1');
      }
      case 0x6: {
        const { length, start } = lengthAt(at, info);
        const units = span(start, length * 2);
        return new TextDecoder('utf-16be').decode(units);
      }
      case 0x8:
        return uint(at + 1, info + 1);
      case 0xa:
      case 0xc: {
        const { length, start } = lengthAt(at, info);
        return refs(start, length).map((ref) => read(ref, depth + 1));
      }
      case 0xd: {
        const { length, start } = lengthAt(at, info);
        const keys = refs(start, length);
        const values = refs(start + length * refSize, length);
        const dictionary: PlistDictionary = new Map();
        for (let i = 0; i < length; i += 1) {
          const name = read(keys[i] as number, depth + 1);
          if (typeof name !== 'string') return damaged('a dictionary key is not a string');
          dictionary.set(name, read(values[i] as number, depth + 1));
        }
        return dictionary;
      }
      default:
        return damaged(`an object has an unknown type (0x${type.toString(16)})`);
    }
  };

  return read(top, 0);
}
