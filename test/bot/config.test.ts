import { ConfigError, KNOWN, loadConfig, tabLink } from '../../bot/config';

const T = '11111111-2222-3333-4444-555555555555';

const errorsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.lines;
    throw err;
  }
  throw new Error('expected a configuration error');
};

describe('configuration', () => {
  it('defaults to 127.0.0.1:3978, the embedded store and development mode', () => {
    const c = loadConfig({});
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(3978);
    expect(c.cosmos.endpoint).toBeUndefined();
    expect(c.cosmos.database).toBe('lis');
    expect(c.devMode).toBe(true);
    expect(c.logLevel).toBe('info');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads a full production setting, with development mode off by default', () => {
    const c = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      MICROSOFT_APP_ID: 'app',
      MICROSOFT_APP_PASSWORD: 'secret',
      MICROSOFT_APP_TENANT_ID: 'tenant',
      MICROSOFT_APP_TYPE: 'SingleTenant',
      AAD_APP_CLIENT_ID: 'app',
      COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/',
      COSMOS_KEY: 'k',
      LOG_LEVEL: 'warn',
    });
    expect(c.devMode).toBe(false);
    expect(c.bot).toEqual({
      appId: 'app',
      appPassword: 'secret',
      tenantId: 'tenant',
      appType: 'SingleTenant',
    });
    expect(c.port).toBe(8080);
  });

  it('names the variable and what it expects, one line each', () => {
    expect(errorsOf({ PORT: 'abc' })).toEqual([
      'Configuration error: PORT expected a whole number from 0 to 65535 (got "abc")',
    ]);
    expect(errorsOf({ PORT: '70000' })[0]).toMatch(/^Configuration error: PORT expected a whole number/);
    expect(errorsOf({ LOG_LEVEL: 'loud' })[0]).toMatch(
      /^Configuration error: LOG_LEVEL expected one of fatal/,
    );
    expect(errorsOf({ DEV_MODE: 'maybe' })[0]).toBe(
      'Configuration error: DEV_MODE expected true or false (got "maybe")',
    );
    expect(errorsOf({ COSMOS_ENDPOINT: 'http://x' })[0]).toMatch(
      /^Configuration error: COSMOS_ENDPOINT expected an https:\/\/ URL/,
    );
    expect(errorsOf({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });

  it('requires what goes with what, and never prints a secret', () => {
    expect(errorsOf({ MICROSOFT_APP_ID: 'app', AAD_APP_CLIENT_ID: 'app', TAB_ALLOWED_TENANTS: T })).toEqual([
      'Configuration error: MICROSOFT_APP_PASSWORD required when MICROSOFT_APP_ID is set',
      'Configuration error: MICROSOFT_APP_TENANT_ID required when MICROSOFT_APP_TYPE is SingleTenant',
    ]);
    expect(
      errorsOf({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TYPE: 'SingleTenant' }),
    ).toEqual([
      'Configuration error: MICROSOFT_APP_TENANT_ID required when MICROSOFT_APP_TYPE is SingleTenant',
      "Configuration error: AAD_APP_CLIENT_ID required when MICROSOFT_APP_ID is set (the tab's single sign-on app; often the bot's own app id)",
    ]);
    expect(errorsOf({ COSMOS_ENDPOINT: 'https://a.documents.azure.com/' })).toEqual([
      'Configuration error: COSMOS_KEY required when COSMOS_ENDPOINT is set',
    ]);
    expect(errorsOf({ MICROSOFT_APP_TYPE: 'Weird', MICROSOFT_APP_PASSWORD: 'hunter2' }).join()).not.toContain(
      'hunter2',
    );
  });

  it('refuses a configuration that cannot work, naming what is missing', () => {
    const bot = {
      MICROSOFT_APP_ID: 'app',
      MICROSOFT_APP_PASSWORD: 'p',
      AAD_APP_CLIENT_ID: 'app',
      TAB_ALLOWED_TENANTS: T,
    };
    expect(errorsOf({ ...bot, MICROSOFT_APP_TYPE: 'MultiTenant' })).toEqual([
      'Configuration error: MICROSOFT_APP_TYPE MultiTenant is not offered for new Azure bots: use SingleTenant (with MICROSOFT_APP_TENANT_ID) or UserAssignedMSI (got "MultiTenant")',
    ]);
    // Single sign-on with no tenant to accept sign-ins from: every tab call would be 401.
    expect(errorsOf({ AAD_APP_CLIENT_ID: 'app' })).toEqual([
      'Configuration error: TAB_ALLOWED_TENANTS required when AAD_APP_CLIENT_ID is set (whose sign-ins the tab accepts; or set MICROSOFT_APP_TENANT_ID)',
    ]);
    expect(loadConfig({ ...bot, MICROSOFT_APP_TENANT_ID: T }).bot.appType).toBe('SingleTenant');
  });

  it('refuses anonymous mode (no app id) on an address other machines can reach', () => {
    expect(errorsOf({ HOST: '0.0.0.0' })[0]).toMatch(
      /^Configuration error: MICROSOFT_APP_ID required when HOST is not a loopback address/,
    );
    expect(loadConfig({ HOST: '127.0.0.2' }).host).toBe('127.0.0.2');
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
  });

  it('links to the tab by the org catalog id when given, else by the manifest id', () => {
    expect(tabLink(loadConfig({}))).toBeUndefined();
    expect(tabLink(loadConfig({ TEAMS_APP_ID: 'manifest-id' }))).toBe(
      'https://teams.microsoft.com/l/entity/manifest-id/progress',
    );
    expect(tabLink(loadConfig({ TEAMS_APP_ID: 'manifest-id', TEAMS_CATALOG_APP_ID: 'catalog-id' }))).toBe(
      'https://teams.microsoft.com/l/entity/catalog-id/progress',
    );
  });

  it('installs the app for people only with the bot identity, one tenant and the catalog id', () => {
    expect(loadConfig({}).graph).toEqual({
      install: false,
      url: 'https://graph.microsoft.com/v1.0',
      serviceUrl: 'https://smba.trafficmanager.net/teams/',
    });
    expect(errorsOf({ GRAPH_INSTALL: 'true' })).toEqual([
      'Configuration error: MICROSOFT_APP_ID required when GRAPH_INSTALL is true (the bot app that calls Microsoft Graph)',
      'Configuration error: MICROSOFT_APP_TENANT_ID required when GRAPH_INSTALL is true (the tenant whose people get the app)',
      'Configuration error: TEAMS_CATALOG_APP_ID required when GRAPH_INSTALL is true (the app to install, as the org catalog knows it)',
    ]);
    const c = loadConfig({
      MICROSOFT_APP_ID: 'app',
      MICROSOFT_APP_PASSWORD: 'secret',
      MICROSOFT_APP_TENANT_ID: T,
      AAD_APP_CLIENT_ID: 'app',
      TEAMS_CATALOG_APP_ID: 'catalog-id',
      GRAPH_INSTALL: 'yes',
      GRAPH_URL: 'https://graph.microsoft.us/v1.0',
    });
    expect(c.graph.install).toBe(true);
    expect(c.graph.url).toBe('https://graph.microsoft.us/v1.0');
    expect(errorsOf({ GRAPH_INSTALL: 'maybe' })[0]).toMatch(
      /^Configuration error: GRAPH_INSTALL expected true or false/,
    );
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', COSMOS_ENDPOINT: ' ' }).port).toBe(3978);
  });
});

describe('the README lists every variable the code reads', () => {
  it('has a row in the configuration table for each setting, and names each tool variable', () => {
    const { readFileSync, readdirSync, statSync } = require('node:fs') as typeof import('node:fs');
    const { join } = require('node:path') as typeof import('node:path');
    const root = join(__dirname, '..', '..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Goal catalogs'));
    const rows = [...section.matchAll(/^\| `([A-Z_]+)`/gm)].map((m) => m[1]);
    expect([...KNOWN].sort()).toEqual([...new Set(rows)].sort());
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir)).flatMap((n) =>
        statSync(join(root, dir, n)).isDirectory()
          ? files(join(dir, n))
          : n.endsWith('.ts')
            ? [join(dir, n)]
            : [],
      );
    const read = new Set(
      ['bot', 'tools', 'bench', 'store', 'ops', 'core', 'tab/server']
        .flatMap(files)
        .flatMap((f) =>
          [...readFileSync(join(root, f), 'utf8').matchAll(/process\.env\.([A-Z_]+)/g)].map(
            (m) => m[1] as string,
          ),
        ),
    );
    for (const name of read) if (!['PATH', 'HOME'].includes(name)) expect(section).toContain(`\`${name}\``);
  });
});
