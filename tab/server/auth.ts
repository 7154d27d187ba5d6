import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { AAD_OBJECT_ID } from '../../core/refs';

/** Who is calling the tab's API: an Entra object id, proven by a verified token or the development identity. */
export interface Caller {
  aadObjectId: string;
  tenantId?: string;
  name?: string;
  via: 'sso' | 'dev';
}

export interface TabAuthOptions {
  clientId?: string;
  appIdUri?: string;
  tenants: readonly string[];
  jwksUrl: string;
  /**
   * The development identity is accepted only when this is set (development mode, a loopback
   * listener, no bot app id), and then only for requests straight from loopback.
   */
  devIdentity: boolean;
}

/** Headers a proxy adds: a request that carries one did not come straight from this machine. */
const FORWARDING = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'via',
];

/** True for a request that came straight from this machine (loopback address, no proxy in between). */
export function fromLoopback(
  headers: Record<string, string | string[] | undefined>,
  remoteAddress: string | undefined,
): boolean {
  if (FORWARDING.some((h) => headers[h] !== undefined)) return false;
  const a = remoteAddress ?? '';
  return a === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

export type AuthResult = { ok: true; caller: Caller } | { ok: false; status: 401; reason: string };

/**
 * Verifies the Teams SSO token (`authentication.getAuthToken()`): signature against the
 * tenant's published keys, issuer of an allowed tenant (v1 or v2), audience = our app id or
 * App ID URI, the `access_as_user` scope, and identity by `oid`.
 */
export function createAuthenticator(opts: TabAuthOptions) {
  const jwks = createRemoteJWKSet(new URL(opts.jwksUrl), {
    cooldownDuration: 30_000,
    timeoutDuration: 5_000,
  });
  const issuers = opts.tenants.flatMap((t) => [
    `https://login.microsoftonline.com/${t}/v2.0`,
    `https://sts.windows.net/${t}/`,
  ]);
  const audiences = [opts.clientId, opts.appIdUri].filter((a): a is string => !!a);

  return async function authenticate(
    headers: Record<string, string | string[] | undefined>,
    remoteAddress?: string,
  ): Promise<AuthResult> {
    const dev = headers['x-dev-user'];
    if (typeof dev === 'string' && dev) {
      if (!opts.devIdentity || !fromLoopback(headers, remoteAddress) || !AAD_OBJECT_ID.test(dev))
        return { ok: false, status: 401, reason: 'development identity refused' };
      return { ok: true, caller: { aadObjectId: dev, via: 'dev' } };
    }
    const auth = headers.authorization;
    const token =
      typeof auth === 'string' && /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, '') : undefined;
    if (!token) return { ok: false, status: 401, reason: 'no token' };
    if (audiences.length === 0 || issuers.length === 0)
      return { ok: false, status: 401, reason: 'single sign-on is not configured' };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: issuers,
        audience: audiences,
        algorithms: ['RS256'],
        clockTolerance: 120,
      }));
    } catch (err) {
      return { ok: false, status: 401, reason: (err as { code?: string }).code ?? 'invalid token' };
    }
    const tid = typeof payload.tid === 'string' ? payload.tid : undefined;
    const oid = typeof payload.oid === 'string' ? payload.oid : undefined;
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!tid || !opts.tenants.includes(tid)) return { ok: false, status: 401, reason: 'tenant not allowed' };
    if (!oid || !AAD_OBJECT_ID.test(oid)) return { ok: false, status: 401, reason: 'no oid' };
    if (!scopes.includes('access_as_user')) return { ok: false, status: 401, reason: 'scope missing' };
    return {
      ok: true,
      caller: {
        aadObjectId: oid,
        tenantId: tid,
        ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
        via: 'sso',
      },
    };
  };
}
