import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchIntent } from '../../core/intents';
import { colorIcon, outlineIcon } from '../../tools/make-icons';
import { buildPackage, extraChecks, loadEnv, parseEnvFile, pngSize } from '../../tools/package-app';

const manifestTemplate = readFileSync(join(__dirname, '../../appPackage/manifest.json'), 'utf8');

describe('npm run package', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'pkg-'));
  });

  it('writes a zip for the local environment that validates offline', async () => {
    const r = await buildPackage('local', { outDir: out });
    expect(r.problems).toEqual([]);
    expect(r.zipPath).toBe(join(out, 'appPackage.local.zip'));
    // python3 is on every machine here; it reads the zip independently of the library that wrote it.
    const py = (code: string) => execFileSync('python3', ['-c', code, r.zipPath as string]).toString();
    const listing = py('import zipfile,sys;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))')
      .trim()
      .split('\n')
      .sort();
    expect(listing).toEqual(['color.png', 'en-us.json', 'manifest.json', 'nb-no.json', 'outline.png']);
    const manifest = JSON.parse(
      py('import zipfile,sys;print(zipfile.ZipFile(sys.argv[1]).read("manifest.json").decode())'),
    );
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.name.short).toBe('LIS (lokal)');
    expect(manifest.bots[0].scopes).toEqual(['personal', 'groupChat', 'team']);
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('names every missing variable and writes no zip', async () => {
    const vars = { ...loadEnv('local'), BOT_ID: '', TAB_DOMAIN: '' };
    const r = await buildPackage('local', { vars, outDir: out });
    expect(r.ok).toBe(false);
    expect(r.problems.sort()).toEqual([
      'missing variable BOT_ID: set it in env/.env.local or env/.env.local.user',
      'missing variable TAB_DOMAIN: set it in env/.env.local or env/.env.local.user',
    ]);
    expect(existsSync(join(out, 'appPackage.local.zip'))).toBe(false);
  });

  it('builds production with every id given and no name suffix (an empty suffix is not missing)', async () => {
    const prod = loadEnv('prod');
    const vars = {
      ...prod,
      BOT_ID: '22222222-3333-4444-5555-666666666666',
      AAD_APP_CLIENT_ID: '22222222-3333-4444-5555-666666666666',
      TAB_DOMAIN: 'lis-prod.azurewebsites.net',
      TAB_ENDPOINT: 'https://lis-prod.azurewebsites.net',
      DEVELOPER_URL: 'https://www.example-kommune.no',
    };
    expect(prod.APP_NAME_SUFFIX).toBe('');
    const r = await buildPackage('prod', { vars, outDir: out });
    expect(r.problems).toEqual([]);
    expect(existsSync(join(out, 'appPackage.prod.zip'))).toBe(true);
    // Without the ids, the missing ones are named.
    const none = await buildPackage('prod', { vars: loadEnv('prod'), outDir: out });
    expect(none.problems.map((p) => p.split(':')[0]).sort()).toEqual(
      ['AAD_APP_CLIENT_ID', 'BOT_ID', 'DEVELOPER_URL', 'TAB_DOMAIN', 'TAB_ENDPOINT'].map(
        (v) => `missing variable ${v}`,
      ),
    );
  });

  it('fails a broken manifest with readable errors and writes no zip', async () => {
    const broken = manifestTemplate
      .replace('"groupChat", "team"]', '"groupchat", "team"]')
      .replace('"#1F6F8B"', '"teal"');
    const r = await buildPackage('local', { outDir: out, overrides: { 'manifest.json': broken } });
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^manifest\.json \/bots\/0\/scopes\/1 must be equal to one of the allowed values/,
        ),
        expect.stringMatching(/^manifest\.json \/accentColor must match pattern/),
      ]),
    );
    expect(existsSync(join(out, 'appPackage.local.zip'))).toBe(false);
  });

  it('checks what the schema cannot: icon sizes, tab hosts within validDomains, a language file', async () => {
    const r = await buildPackage('local', {
      outDir: out,
      vars: { ...loadEnv('local'), TAB_ENDPOINT: 'https://evil.example.com' },
      overrides: { 'color.png': outlineIcon(), 'en-us.json': '{"name.short": "LIS", "bogus": 1}' },
    });
    expect(r.problems).toEqual(
      expect.arrayContaining([
        'icons.color must be a 192×192 PNG (color.png)',
        'tab URL https://evil.example.com/tab/?view=personal is not within validDomains (localhost)',
        expect.stringMatching(/^en-us\.json .*(bogus|required)/),
      ]),
    );
    expect(existsSync(join(out, 'appPackage.local.zip'))).toBe(false);
  });

  it('refuses two different bot ids and a resource that does not end with the app id', () => {
    const base = { icons: { color: 'c', outline: 'o' }, validDomains: [] };
    const files = { c: colorIcon(), o: outlineIcon() };
    expect(extraChecks({ ...base, bots: [{ botId: 'a' }, { botId: 'b' }] }, files)).toEqual([
      'more than one bot id: a, b',
    ]);
    expect(extraChecks({ ...base, webApplicationInfo: { id: 'x', resource: 'api://h/y' } }, files)).toEqual([
      'webApplicationInfo.resource must end with webApplicationInfo.id',
    ]);
  });

  it('ships icons of the right sizes: 192×192 colour, 32×32 white-on-transparent outline', () => {
    const color = readFileSync(join(__dirname, '../../appPackage/color.png'));
    const outline = readFileSync(join(__dirname, '../../appPackage/outline.png'));
    expect(pngSize(color)).toEqual({ width: 192, height: 192 });
    expect(pngSize(outline)).toEqual({ width: 32, height: 32 });
    expect(color.equals(colorIcon())).toBe(true);
    expect(outline.equals(outlineIcon())).toBe(true);
  });

  it('offers in group chats and teams only commands that fit a shared place (answers about a person are private)', () => {
    const manifest = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'appPackage', 'manifest.json'), 'utf8'),
    );
    const shared = manifest.bots[0].commandLists.find((l: { scopes: string[] }) => l.scopes.includes('team'));
    const titles = shared.commands.map((c: { title: string }) => c.title);
    expect(titles).toEqual(['inviter supervisør @navn', 'hjelp']);
    expect(matchIntent(titles[0]).kind).toBe('invite');
  });

  it('offers in the 1:1 chat commands the bot understands, in both languages (a new LIS finds «kom i gang» there)', () => {
    const dir = join(__dirname, '..', '..', 'appPackage');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const personal = manifest.bots[0].commandLists.find((l: { scopes: string[] }) =>
      l.scopes.includes('personal'),
    );
    const titles: string[] = personal.commands.map((c: { title: string }) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['kom i gang', 'ny aktivitet']));
    for (const file of ['nb-no.json', 'en-us.json']) {
      const strings = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
      titles.forEach((_, i) => {
        const title = strings[`bots[0].commandLists[0].commands[${i}].title`] ?? '';
        expect([file, title, matchIntent(title).kind]).not.toEqual([file, title, 'unknown']);
        expect(title.length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(32);
      });
    }
  });

  it('reads env files with comments and quotes', () => {
    expect(parseEnvFile('# c\nA=1\nB=" x "\n\nC=\n')).toEqual({ A: '1', B: ' x ', C: '' });
  });
});
