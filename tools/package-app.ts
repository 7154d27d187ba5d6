/**
 * `npm run package -- --env local|dev|prod`: fills the manifest template from `env/.env.<env>`
 * (and the git-ignored `env/.env.<env>.user`), validates it offline, and writes
 * `build/appPackage.<env>.zip`. A missing variable or an invalid manifest writes no zip.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import Ajv04 from 'ajv-draft-04';
import { ZipFile } from 'yazl';

const ROOT = join(__dirname, '..');
const PACKAGE_DIR = join(ROOT, 'appPackage');
/** The files that go into the zip; JSON ones are templates. */
export const PACKAGE_FILES = [
  'manifest.json',
  'nb-no.json',
  'en-us.json',
  'color.png',
  'outline.png',
] as const;

/** Reads `KEY=value` lines; `#` comments, blank lines and surrounding quotes are handled. */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 1) continue;
    let value = line.slice(eq + 1).trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    out[line.slice(0, eq).trim()] = value;
  }
  return out;
}

export function loadEnv(envName: string, dir = join(ROOT, 'env')): Record<string, string> {
  const file = join(dir, `.env.${envName}`);
  if (!existsSync(file)) throw new Error(`no environment file ${file}`);
  const user = join(dir, `.env.${envName}.user`);
  return {
    ...parseEnvFile(readFileSync(file, 'utf8')),
    ...(existsSync(user) ? parseEnvFile(readFileSync(user, 'utf8')) : {}),
  };
}

/** Variables that may be empty on purpose (production has no name suffix). They must still be listed. */
export const MAY_BE_EMPTY: ReadonlySet<string> = new Set(['APP_NAME_SUFFIX']);

/** Replaces `${{NAME}}`; returns the names that had no value. */
export function fill(template: string, vars: Record<string, string>): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const text = template.replace(/\$\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => {
    const v = vars[name];
    if (v === undefined || (v === '' && !MAY_BE_EMPTY.has(name))) {
      missing.add(name);
      return '';
    }
    return JSON.stringify(v).slice(1, -1);
  });
  return { text, missing: [...missing] };
}

/** Width and height from a PNG header, or undefined when it is not a PNG. */
export function pngSize(buf: Buffer): { width: number; height: number } | undefined {
  if (buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('ascii', 12, 16) !== 'IHDR')
    return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

type Manifest = {
  bots?: { botId: string }[];
  staticTabs?: { contentUrl?: string; websiteUrl?: string }[];
  configurableTabs?: { configurationUrl: string }[];
  validDomains?: string[];
  webApplicationInfo?: { id: string; resource?: string };
  icons: { color: string; outline: string };
  localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] };
};

function hostAllowed(url: string, domains: string[]): boolean {
  const host = new URL(url).hostname;
  return domains.some((d) => {
    const domain = d.replace(/:\d+$/, '');
    return domain.startsWith('*.') ? host.endsWith(domain.slice(1)) : host === domain;
  });
}

/** What the schema cannot check: icon sizes and colours, tab hosts within validDomains, one bot id, language files. */
export function extraChecks(manifest: Manifest, files: Record<string, Buffer>): string[] {
  const problems: string[] = [];
  const color = files[manifest.icons.color];
  const outline = files[manifest.icons.outline];
  const cs = color && pngSize(color);
  const os = outline && pngSize(outline);
  if (cs?.width !== 192 || cs.height !== 192)
    problems.push(`icons.color must be a 192×192 PNG (${manifest.icons.color})`);
  if (os?.width !== 32 || os.height !== 32)
    problems.push(`icons.outline must be a 32×32 PNG (${manifest.icons.outline})`);
  const domains = manifest.validDomains ?? [];
  const urls = [
    ...(manifest.staticTabs ?? []).flatMap((t) => [t.contentUrl, t.websiteUrl]),
    ...(manifest.configurableTabs ?? []).map((t) => t.configurationUrl),
  ].filter((u): u is string => !!u);
  for (const u of urls) {
    let ok = false;
    try {
      ok = hostAllowed(u, domains);
    } catch {
      problems.push(`tab URL is not a URL: ${u}`);
      continue;
    }
    if (!ok) problems.push(`tab URL ${u} is not within validDomains (${domains.join(', ') || 'none'})`);
  }
  const botIds = new Set((manifest.bots ?? []).map((b) => b.botId));
  if (botIds.size > 1) problems.push(`more than one bot id: ${[...botIds].join(', ')}`);
  const appId = manifest.webApplicationInfo?.id;
  const resource = manifest.webApplicationInfo?.resource;
  if (appId && resource && !resource.endsWith(`/${appId}`)) {
    problems.push('webApplicationInfo.resource must end with webApplicationInfo.id');
  }
  for (const f of [
    manifest.localizationInfo?.defaultLanguageFile,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ]) {
    if (f && !files[f]) problems.push(`language file ${f} is missing from the package`);
  }
  return problems;
}

const LOCALIZATION_SCHEMA = join(
  ROOT,
  'node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.22/MicrosoftTeams.Localization.schema.json',
);

/** Checks a language file against the bundled v1.22 localization schema (offline). */
export function validateLocalization(name: string, file: unknown): string[] {
  // The schema's patterns are not valid as unicode regular expressions.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false, formats: { uri: true } });
  const validate = ajv.compile(JSON.parse(readFileSync(LOCALIZATION_SCHEMA, 'utf8')));
  if (validate(file)) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `${name} ${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
  );
}

export interface PackageResult {
  ok: boolean;
  problems: string[];
  zipPath?: string;
}

/** Fills, validates and zips. `files` may replace package files (tests use it to break things). */
export async function buildPackage(
  envName: string,
  opts: { vars?: Record<string, string>; outDir?: string; overrides?: Record<string, string | Buffer> } = {},
): Promise<PackageResult> {
  const vars = opts.vars ?? loadEnv(envName);
  const files: Record<string, Buffer> = {};
  const missing = new Set<string>();
  for (const name of PACKAGE_FILES) {
    const raw = opts.overrides?.[name] ?? readFileSync(join(PACKAGE_DIR, name));
    if (name.endsWith('.json')) {
      const filled = fill(raw.toString(), vars);
      for (const m of filled.missing) missing.add(m);
      files[name] = Buffer.from(filled.text);
    } else files[name] = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
  }
  if (missing.size > 0) {
    return {
      ok: false,
      problems: [...missing].map(
        (m) => `missing variable ${m}: set it in env/.env.${envName} or env/.env.${envName}.user`,
      ),
    };
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(String(files['manifest.json']));
  } catch (err) {
    return { ok: false, problems: [`manifest.json is not valid JSON: ${(err as Error).message}`] };
  }
  const schemaProblems = await AppManifestUtils.validateAgainstSchema(manifest as never);
  const problems = [...schemaProblems.map((p) => `manifest.json ${p}`), ...extraChecks(manifest, files)];
  for (const name of ['nb-no.json', 'en-us.json']) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(String(files[name]));
    } catch (err) {
      problems.push(`${name} is not valid JSON: ${(err as Error).message}`);
      continue;
    }
    problems.push(...validateLocalization(name, parsed));
  }
  if (problems.length > 0) return { ok: false, problems };

  const outDir = opts.outDir ?? join(ROOT, 'build');
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  const zip = new ZipFile();
  for (const [name, data] of Object.entries(files))
    zip.addBuffer(data, name, { mtime: new Date('2020-01-01T00:00:00Z') });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  writeFileSync(zipPath, Buffer.concat(chunks));
  return { ok: true, problems: [], zipPath };
}

if (require.main === module) {
  const { values } = parseArgs({ options: { env: { type: 'string', default: 'local' } } });
  const envName = String(values.env);
  if (!/^[a-z0-9-]+$/.test(envName)) {
    console.error(`expected --env local|dev|prod, got "${envName}"`);
    process.exit(2);
  }
  buildPackage(envName)
    .then((r) => {
      if (!r.ok) {
        for (const p of r.problems) console.error(p);
        console.error('No package was written.');
        process.exit(1);
      }
      console.log(`wrote ${r.zipPath}`);
    })
    .catch((err: Error) => {
      console.error(err.message);
      process.exit(1);
    });
}
