import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalog, CatalogSet, catalogSchema, DEMO_CATALOGS } from '../core/catalog';

/** The shipped demo catalogs plus every imported catalog file (`*.json`) in `dir`. */
export function loadCatalogs(dir: string): CatalogSet {
  const imported: Catalog[] = [];
  if (existsSync(dir)) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const parsed = catalogSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(
          `Catalog error: ${join(dir, file)} is not a valid catalog (${issue?.path.join('.')}: ${issue?.message})`,
        );
      }
      imported.push(parsed.data);
    }
  }
  const shipped = DEMO_CATALOGS.filter((d) => !imported.some((c) => c.id === d.id));
  return new CatalogSet([...shipped, ...imported]);
}
