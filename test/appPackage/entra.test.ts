import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * infra/entra.sh against a stand-in for the Azure CLI: it answers as `az` would (an app that does
 * not exist yet, then its ids) and records each call and each Graph body, so the test reads what
 * the script asked Entra for. The real script, unchanged; only `az` is local.
 */
const SCRIPT = join(__dirname, '..', '..', 'infra', 'entra.sh');
const APP_ID = '0b0b0b0b-1111-2222-3333-444444444444';

function run(args: string[]): { out: string; calls: string[]; bodies: unknown[] } {
  const dir = mkdtempSync(join(tmpdir(), 'entra-'));
  const log = join(dir, 'calls.log');
  const az = join(dir, 'az');
  writeFileSync(
    az,
    `#!/usr/bin/env bash
echo "$*" >> "${log}"
case "$*" in
  "ad app list"*) echo "" ;;
  "ad app create"*) echo "${APP_ID}" ;;
  "ad app show"*"--query id"*) echo "obj-1" ;;
  "ad app show"*) echo "" ;;
  "rest"*) body="\${@: -1}"; cat "\${body#@}" >> "${dir}/bodies.jsonl"; echo "" >> "${dir}/bodies.jsonl" ;;
  "ad sp show --id 00000003-0000-0000-c000-000000000000"*) echo "role-teams-install" ;;
  "ad sp show"*) exit 3 ;;
  "ad app permission add"*) echo "" ;;
  "ad app permission admin-consent"*) echo "" ;;
  "ad sp create"*) echo "{}" ;;
  "account show"*) echo "tenant-1" ;;
  "ad app credential reset"*) echo "s3cr3t" ;;
  *) echo "unexpected az $*" >&2; exit 9 ;;
esac
`,
  );
  chmodSync(az, 0o755);
  const out = execFileSync('bash', [SCRIPT, ...args], { env: { ...process.env, AZ: az }, encoding: 'utf8' });
  const bodies = readFileSync(join(dir, 'bodies.jsonl'), 'utf8')
    .split(/\n(?=\{)/)
    .filter((b) => b.trim())
    .map((b) => JSON.parse(b));
  return { out, calls: readFileSync(log, 'utf8').trim().split('\n'), bodies };
}

describe('the Entra app registration, as code', () => {
  it('registers one single-tenant app with the App ID URI, access_as_user, v2 tokens and the Teams clients pre-authorised', () => {
    const r = run(['--name', 'LIS i Teams', '--tab-host', 'lis-prod.azurewebsites.net', '--new-secret']);
    expect(r.calls).toContainEqual(
      expect.stringMatching(/^ad app create --display-name LIS i Teams --sign-in-audience AzureADMyOrg/),
    );
    const [first, second] = r.bodies as [
      {
        identifierUris: string[];
        api: { requestedAccessTokenVersion: number; oauth2PermissionScopes: { id: string; value: string }[] };
      },
      { api: { preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[] } },
    ];
    expect(first.identifierUris).toEqual([`api://lis-prod.azurewebsites.net/${APP_ID}`]);
    expect(first.api.requestedAccessTokenVersion).toBe(2);
    const scope = first.api.oauth2PermissionScopes[0];
    expect(scope?.value).toBe('access_as_user');
    const pre = second.api.preAuthorizedApplications;
    expect(pre.map((p) => p.appId)).toEqual(
      expect.arrayContaining([
        '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
        '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
      ]),
    );
    expect(pre).toHaveLength(9);
    expect(pre.every((p) => p.delegatedPermissionIds[0] === scope?.id)).toBe(true);
    expect(r.calls).toContainEqual(`ad sp create --id ${APP_ID}`);
    expect(r.out.trim().split('\n')).toEqual([
      `MICROSOFT_APP_ID=${APP_ID}`,
      'MICROSOFT_APP_TENANT_ID=tenant-1',
      'MICROSOFT_APP_TYPE=SingleTenant',
      `AAD_APP_CLIENT_ID=${APP_ID}`,
      `AAD_APP_ID_URI=api://lis-prod.azurewebsites.net/${APP_ID}`,
      'TAB_ALLOWED_TENANTS=tenant-1',
      'MICROSOFT_APP_PASSWORD=s3cr3t',
    ]);
  });

  it('with --graph-install, adds the Graph permission to install itself for people, with admin consent', () => {
    const r = run(['--name', 'LIS i Teams', '--tab-host', 'lis-prod.azurewebsites.net', '--graph-install']);
    expect(r.calls).toContainEqual(
      expect.stringContaining("appRoles[?value=='TeamsAppInstallation.ReadWriteSelfForUser.All'"),
    );
    expect(r.calls).toContainEqual(
      `ad app permission add --id ${APP_ID} --api 00000003-0000-0000-c000-000000000000 --api-permissions role-teams-install=Role`,
    );
    expect(r.calls).toContainEqual(`ad app permission admin-consent --id ${APP_ID}`);
    expect(r.out).toMatch(/^GRAPH_INSTALL=true$/m);
    // Without the flag, none of it.
    const plain = run(['--name', 'LIS i Teams', '--tab-host', 'lis-prod.azurewebsites.net']);
    expect(plain.calls.some((c) => c.startsWith('ad app permission'))).toBe(false);
    expect(plain.out).not.toMatch(/GRAPH_INSTALL/);
  });

  it('refuses to run without a tab host', () => {
    expect(() => execFileSync('bash', [SCRIPT, '--name', 'x'], { stdio: 'pipe' })).toThrow(
      /--tab-host is required/,
    );
  });
});
