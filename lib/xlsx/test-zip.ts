import { crc32, deflateRawSync } from "node:zlib";

export type TestEntry = { name: string; data: Uint8Array | string; stored?: boolean; declaredSize?: number };

/** A ZIP archive made by hand, so a test can make one that lies about its sizes. */
export function zipOf(entries: TestEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, stored, declaredSize } of entries) {
    const raw = Buffer.from(data);
    const packed = stored ? raw : deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const size = declaredSize ?? raw.length;
    // The fields both headers share, at offset 8 in the local header and 10 in the central one.
    const shared = (header: Buffer, at: number) => {
      header.writeUInt16LE(stored ? 0 : 8, at);
      header.writeUInt32LE(crc32(raw), at + 6);
      header.writeUInt32LE(packed.length, at + 10);
      header.writeUInt32LE(size, at + 14);
      header.writeUInt16LE(nameBytes.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    shared(local, 8);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    shared(central, 10);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
