import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTAINERS } from '../../store';

const bicep = readFileSync(join(__dirname, '../../infra/main.bicep'), 'utf8');

describe('infra/main.bicep', () => {
  it('declares exactly the containers, partition keys and indexed paths the store creates', () => {
    const declared = Object.fromEntries(
      [
        ...bicep.matchAll(
          /\{\s*name:\s*'([^']+)',?\s*partitionKey:\s*'([^']+)',?\s*indexed:\s*\[((?:\s*'[^']*',?)*)\s*\]\s*\}/g,
        ),
      ].map((m) => [
        m[1],
        { partitionKey: m[2], indexed: [...(m[3] ?? '').matchAll(/'([^']+)'/g)].map((x) => x[1]) },
      ]),
    );
    expect(declared).toEqual(CONTAINERS);
    expect(bicep).toContain("excludedPaths: [{ path: '/*' }]");
    // Large partition keys: version 1 is what a container gets when the version is left out.
    expect(bicep).toContain("partitionKey: { paths: [c.partitionKey], kind: 'Hash', version: 2 }");
  });

  it('indexes every field a query in store/ filters on, and nothing else', () => {
    for (const [name, c] of Object.entries(CONTAINERS)) {
      const file = join(__dirname, '../../store', `${name === 'trainees' ? 'trainees' : name}.ts`);
      const source = readFileSync(file, 'utf8');
      const queries = [...source.matchAll(/"(SELECT [^"]*)"|'(SELECT [^']*)'|`(SELECT [^`]*)`/g)].map(
        (m) => m[1] ?? m[2] ?? m[3] ?? '',
      );
      const fields = new Set(
        queries.flatMap((q) => {
          // An array's items joined in (`JOIN r IN c.profile.roles`) are indexed as `/profile/roles/[]/…`.
          const joins = [...q.matchAll(/\bJOIN (\w+) IN c((?:\.\w+)+)/gi)].map((m) => ({
            alias: m[1] ?? '',
            path: `${(m[2] ?? '').split('.').join('/')}/[]`,
          }));
          const where = q.split(/\bWHERE\b/i)[1] ?? '';
          return [
            // A nested path as Cosmos DB's index names it: `c.decision["by"]` is `/decision/by/?`.
            ...[...where.matchAll(/\bc((?:\.\w+|\["\w+"\])+)/g)].map((m) =>
              (m[1] ?? '')
                .replace(/\["(\w+)"\]/g, '.$1')
                .split('.')
                .join('/'),
            ),
            ...joins.flatMap((j) =>
              [...where.matchAll(new RegExp(`\\b${j.alias}((?:\\.\\w+)+)`, 'g'))].map(
                (m) => `${j.path}${(m[1] ?? '').split('.').join('/')}`,
              ),
            ),
          ];
        }),
      );
      expect([...fields].map((f) => `${f}/?`).sort()).toEqual([...c.indexed].sort());
    }
  });

  it('gives the app the settings its configuration requires in production', () => {
    for (const name of [
      'MICROSOFT_APP_ID',
      'MICROSOFT_APP_PASSWORD',
      'MICROSOFT_APP_TENANT_ID',
      'MICROSOFT_APP_TYPE',
      'COSMOS_ENDPOINT',
      'COSMOS_KEY',
      'COSMOS_DATABASE',
      'HOST',
      'PORT',
    ]) {
      expect(bicep).toContain(`name: '${name}'`);
    }
    expect(bicep).toContain("healthCheckPath: '/healthz'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
  });

  // The Bicep CLI is not on these machines; where it is (a developer's laptop, a pipeline), the template must compile.
  const cli = ['bicep', 'az'].find((c) => spawnSync(c, ['--version']).status === 0);
  (cli ? it : it.skip)('compiles with the Bicep CLI', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bicep-')), 'main.json');
    const args =
      cli === 'az'
        ? ['bicep', 'build', '-f', 'infra/main.bicep', '--outfile', out]
        : ['build', 'infra/main.bicep', '--outfile', out];
    execFileSync(cli as string, args, { cwd: join(__dirname, '../..') });
    expect(JSON.parse(readFileSync(out, 'utf8')).resources).toBeDefined();
  });
});
