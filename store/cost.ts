/**
 * Request units (RU) estimated from document sizes, with the table Microsoft documents for reads
 * (session or eventual consistency) and writes ("Understand request unit consumption",
 * https://learn.microsoft.com/azure/cosmos-db/understand-request-unit-consumption). Sizes between
 * the table's rows are interpolated linearly; a patch is billed like a write of the whole document.
 * An estimate for the benchmark and for design, not a bill: indexing, properties and consistency
 * move the real charge, which Cosmos DB reports per request (`x-ms-request-charge`).
 */
const KB = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048];
const READ = [1.0, 1.04, 1.14, 1.33, 1.67, 2.19, 4.76, 9.95, 20.28, 40.95, 145.9, 291.8];
const WRITE = [4.95, 6.29, 6.67, 7.04, 9.52, 11.23, 22.67, 48.19, 98.29, 184.57, 625.0, 1250.0];
/** A query's own cost before the documents it returns: not in the table; about 2.5 RU for a small indexed query. */
export const QUERY_BASE_RU = 2.5;

function interpolate(table: readonly number[], bytes: number): number {
  const kb = Math.max(1, bytes / 1024);
  for (let i = 1; i < KB.length; i++) {
    const hi = KB[i] as number;
    if (kb <= hi) {
      const lo = KB[i - 1] as number;
      const a = table[i - 1] as number;
      const b = table[i] as number;
      return a + ((b - a) * (kb - lo)) / (hi - lo);
    }
  }
  // Beyond 2 MB (Cosmos DB's item limit) only for the sum of a query's results: the last row's slope.
  const last = table.at(-1) as number;
  return (last * kb) / 2048;
}

export const readRu = (bytes: number): number => interpolate(READ, bytes);
export const writeRu = (bytes: number): number => interpolate(WRITE, bytes);
