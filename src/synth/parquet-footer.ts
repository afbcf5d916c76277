/**
 * Makes a Parquet footer's key-value metadata deterministic. parquet-wasm takes the metadata as
 * a JS Map but stores it in a Rust HashMap, so the order of the entries in the footer changes
 * from call to call and the same data gives different bytes. This rewrites the footer
 * (Thrift compact protocol, FileMetaData field 5) with the entries sorted by key; all other
 * bytes are kept as they are, and data offsets are unchanged since the footer is last.
 */

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const KEY_VALUE_METADATA = 5;
const T_BINARY = 8;
const T_LIST = 9;
const T_STRUCT = 12;

class Cursor {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
  ) {}
  byte(): number {
    const b = this.bytes[this.at++];
    if (b === undefined) throw new Error('parquet footer: unexpected end');
    return b;
  }
  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
    }
  }
  binary(): Uint8Array {
    const n = this.varint();
    const out = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  /** Skips one value of compact type `type` (`inList`: booleans take one byte). */
  skip(type: number, inList = false): void {
    switch (type) {
      case 1:
      case 2:
        if (inList) this.at++;
        return;
      case 3:
        this.at++;
        return;
      case 4:
      case 5:
      case 6:
        this.varint();
        return;
      case 7:
        this.at += 8;
        return;
      case T_BINARY:
        this.binary();
        return;
      case T_LIST:
      case 10: {
        const [size, elem] = this.listHeader();
        for (let i = 0; i < size; i++) this.skip(elem, true);
        return;
      }
      case 11: {
        const size = this.varint();
        if (size === 0) return;
        const kv = this.byte();
        for (let i = 0; i < size; i++) {
          this.skip(kv >> 4, true);
          this.skip(kv & 0x0f, true);
        }
        return;
      }
      case T_STRUCT:
        this.struct(() => undefined);
        return;
      default:
        throw new Error(`parquet footer: unknown compact type ${type}`);
    }
  }
  listHeader(): [number, number] {
    const h = this.byte();
    const size = h >> 4 === 15 ? this.varint() : h >> 4;
    return [size, h & 0x0f];
  }
  /** Walks a struct's fields; `visit` may consume a field's value (return true) or leave it to be skipped. */
  struct(visit: (id: number, type: number, headerAt: number) => boolean | undefined): void {
    let last = 0;
    for (;;) {
      const headerAt = this.at;
      const h = this.byte();
      if (h === 0) return;
      const type = h & 0x0f;
      const delta = h >> 4;
      let id: number;
      if (delta === 0) {
        const z = this.varint();
        id = (z >>> 1) ^ -(z & 1);
      } else id = last + delta;
      last = id;
      if (!visit(id, type, headerAt)) this.skip(type);
    }
  }
}

function varintBytes(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

/** Encodes KeyValue structs {1: key, 2: value} as a compact list body (header included). */
function encodeKeyValues(entries: readonly [Uint8Array, Uint8Array | null][]): Uint8Array {
  const out: number[] = [];
  if (entries.length < 15) out.push((entries.length << 4) | T_STRUCT);
  else out.push(0xf0 | T_STRUCT, ...varintBytes(entries.length));
  for (const [key, value] of entries) {
    out.push(0x10 | T_BINARY, ...varintBytes(key.length), ...key);
    if (value) out.push(0x10 | T_BINARY, ...varintBytes(value.length), ...value);
    out.push(0);
  }
  return Uint8Array.from(out);
}

/** Length of the footer (FileMetaData + 8 trailing bytes) of a file whose last bytes are `tail`. */
export function footerLength(tail: Uint8Array): number {
  const n = tail.length;
  if (n < 8 || MAGIC.some((m, i) => tail[n - 4 + i] !== m)) throw new Error('not a Parquet file tail');
  const view = new DataView(tail.buffer, tail.byteOffset + n - 8, 4);
  return view.getUint32(0, true) + 8;
}

/**
 * Returns `tail` (the last bytes of a Parquet file, holding at least the whole footer) with the
 * footer's key-value metadata sorted by key. A footer without key-value metadata is returned as is.
 */
export function sortFooterKeyValues(tail: Uint8Array): Uint8Array {
  const footerLen = footerLength(tail) - 8;
  if (footerLen + 8 > tail.length) throw new Error('parquet footer: tail too short');
  const start = tail.length - 8 - footerLen;
  const meta = tail.subarray(start, tail.length - 8);
  const cursor = new Cursor(meta);
  let listAt = -1;
  let listEnd = -1;
  let entries: [Uint8Array, Uint8Array | null][] = [];
  cursor.struct((id, type) => {
    if (id !== KEY_VALUE_METADATA || type !== T_LIST) return false;
    listAt = cursor.at;
    const [size] = cursor.listHeader();
    entries = [];
    for (let i = 0; i < size; i++) {
      let key: Uint8Array = new Uint8Array(0);
      let value: Uint8Array | null = null;
      cursor.struct((fid, ftype) => {
        if (ftype !== T_BINARY || (fid !== 1 && fid !== 2)) return false;
        if (fid === 1) key = cursor.binary();
        else value = cursor.binary();
        return true;
      });
      entries.push([key, value]);
    }
    listEnd = cursor.at;
    return true;
  });
  if (listAt < 0) return tail;
  entries.sort((a, b) => compareBytes(a[0], b[0]));
  const list = encodeKeyValues(entries);
  const newMeta = new Uint8Array(meta.length - (listEnd - listAt) + list.length);
  newMeta.set(meta.subarray(0, listAt), 0);
  newMeta.set(list, listAt);
  newMeta.set(meta.subarray(listEnd), listAt + list.length);
  const out = new Uint8Array(start + newMeta.length + 8);
  out.set(tail.subarray(0, start), 0);
  out.set(newMeta, start);
  new DataView(out.buffer).setUint32(start + newMeta.length, newMeta.length, true);
  out.set(MAGIC, start + newMeta.length + 4);
  return out;
}
