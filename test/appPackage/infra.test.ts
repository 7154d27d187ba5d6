import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTAINERS } from '../../store';

const bicep = readFileSync(join(__dirname, '../../infra/main.bicep'), 'utf8');

describe('infra/main.bicep', () => {
  it('declares exactly the containers and partition keys the store creates', () => {
    const declared = Object.fromEntries(
      [...bicep.matchAll(/\{\s*name:\s*'([^']+)',?\s*partitionKey:\s*'([^']+)'\s*\}/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    expect(declared).toEqual(CONTAINERS);
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
