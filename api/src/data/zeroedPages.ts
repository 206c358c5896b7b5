import { open } from 'node:fs/promises';
import path from 'node:path';

/**
 * PostgreSQL reads a page of zeros as a valid, empty page — by design, since a crash while a table
 * grows can leave one behind — so neither data checksums nor queries notice when storage damage
 * zeroes a page that held rows: those rows just silently vanish. What tells the two apart is the
 * indexes: a page left by a crash never held committed rows, so no index entry points into it,
 * while a page that was zeroed after the fact is still referenced by its table's indexes.
 *
 * This reads the files of an embedded database after a checkpoint (so they hold every committed
 * page), finds all-zero heap pages, and checks the B-tree indexes of that table for entries that
 * point into them. The page layouts are PostgreSQL's documented on-disk format ("Database Page
 * Layout", src/include/storage/bufpage.h, access/nbtree.h), little-endian as PGlite's WebAssembly is.
 */

const PAGE_SIZE = 8192;
const BLOCKS_PER_SEGMENT = 131_072; // 1 GB segment files
const PAGE_HEADER_SIZE = 24;
const LP_NORMAL = 1;
const BTP_LEAF = 1 << 0;
const BTP_DELETED = 1 << 2;
const BTP_META = 1 << 3;
const BTP_HALF_DEAD = 1 << 4;
const INDEX_ALT_TID_MASK = 0x2000;
const BT_IS_POSTING = 0x2000;
const BT_OFFSET_MASK = 0x0fff;
const P_HIKEY = 1;

export interface RelationFiles {
  /** The table's name as PostgreSQL prints it (schema-qualified when needed). */
  table: string;
  /** Its main fork, relative to the data directory (`base/5/16385`). */
  file: string;
  indexes: Array<{ name: string; file: string }>;
}

export interface ZeroedPageDamage {
  table: string;
  file: string;
  blocks: number[];
  index: string;
  /** Index entries that point at rows on those pages. */
  references: number;
}

/** Every page of a relation, segment by segment, with its block number. */
async function* pagesOf(dataDir: string, file: string): AsyncGenerator<{ block: number; page: Buffer }> {
  for (let segment = 0; ; segment++) {
    const name = path.join(dataDir, segment === 0 ? file : `${file}.${segment}`);
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(name, 'r');
    } catch {
      return;
    }
    try {
      const page = Buffer.alloc(PAGE_SIZE);
      for (let index = 0; ; index++) {
        const { bytesRead } = await handle.read(page, 0, PAGE_SIZE, index * PAGE_SIZE);
        if (bytesRead < PAGE_SIZE) break;
        yield { block: segment * BLOCKS_PER_SEGMENT + index, page };
      }
    } finally {
      await handle.close();
    }
  }
}

const ZERO_PAGE = Buffer.alloc(PAGE_SIZE);
const isAllZero = (page: Buffer) => page.equals(ZERO_PAGE);

export async function findZeroedBlocks(dataDir: string, file: string): Promise<number[]> {
  const zeroed: number[] = [];
  for await (const { block, page } of pagesOf(dataDir, file)) if (isAllZero(page)) zeroed.push(block);
  return zeroed;
}

/** The heap block numbers that the live entries of one B-tree leaf page point at. */
export function heapBlocksOfLeaf(page: Buffer): number[] {
  const lower = page.readUInt16LE(12);
  const special = page.readUInt16LE(16);
  if (special < PAGE_HEADER_SIZE || special > PAGE_SIZE - 16) return [];
  const next = page.readUInt32LE(special + 4);
  const flags = page.readUInt16LE(special + 12);
  if ((flags & BTP_LEAF) === 0 || (flags & (BTP_DELETED | BTP_HALF_DEAD | BTP_META)) !== 0) return [];
  const items = Math.floor((lower - PAGE_HEADER_SIZE) / 4);
  // Every leaf but the rightmost starts with its high key, which points at no row.
  const first = next === 0 ? 1 : P_HIKEY + 1;
  const blocks: number[] = [];
  for (let offset = first; offset <= items; offset++) {
    const itemId = page.readUInt32LE(PAGE_HEADER_SIZE + (offset - 1) * 4);
    const at = itemId & 0x7fff;
    const itemFlags = (itemId >>> 15) & 0x3;
    if (itemFlags !== LP_NORMAL || at + 8 > PAGE_SIZE) continue;
    const blockField = (page.readUInt16LE(at) << 16) | page.readUInt16LE(at + 2);
    const offsetField = page.readUInt16LE(at + 4);
    const info = page.readUInt16LE(at + 6);
    if ((info & INDEX_ALT_TID_MASK) === 0) {
      blocks.push(blockField >>> 0);
    } else if ((offsetField & BT_IS_POSTING) !== 0) {
      // A deduplicated entry: a list of row pointers starting `blockField` bytes into the tuple.
      const count = offsetField & BT_OFFSET_MASK;
      for (let n = 0; n < count; n++) {
        const tid = at + blockField + n * 6;
        if (tid + 6 > PAGE_SIZE) break;
        blocks.push(((page.readUInt16LE(tid) << 16) | page.readUInt16LE(tid + 2)) >>> 0);
      }
    }
    // Otherwise a pivot tuple, which points at no row.
  }
  return blocks;
}

async function countReferences(dataDir: string, indexFile: string, blocks: ReadonlySet<number>) {
  let references = 0;
  for await (const { block, page } of pagesOf(dataDir, indexFile)) {
    if (block === 0 || isAllZero(page)) continue; // the metapage
    for (const heapBlock of heapBlocksOfLeaf(page)) if (blocks.has(heapBlock)) references++;
  }
  return references;
}

/**
 * Zeroed heap pages that an index still points into: rows lost to storage damage. Zeroed pages
 * that no index points into are what a crash leaves behind, and are not reported.
 */
export async function findZeroedPageDamage(
  dataDir: string,
  relations: RelationFiles[],
): Promise<ZeroedPageDamage[]> {
  const damage: ZeroedPageDamage[] = [];
  for (const relation of relations) {
    const zeroed = await findZeroedBlocks(dataDir, relation.file);
    if (zeroed.length === 0) continue;
    const blocks = new Set(zeroed);
    for (const index of relation.indexes) {
      const references = await countReferences(dataDir, index.file, blocks);
      if (references > 0) {
        damage.push({
          table: relation.table,
          file: relation.file,
          blocks: zeroed,
          index: index.name,
          references,
        });
        break;
      }
    }
  }
  return damage;
}
