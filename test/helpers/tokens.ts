import type { webcrypto } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

type CryptoKey = webcrypto.CryptoKey;

export const TEST_TENANT = '11111111-2222-3333-4444-555555555555';
export const OTHER_TENANT = '99999999-2222-3333-4444-555555555555';
export const TEST_CLIENT_ID = '66666666-7777-8888-9999-000000000000';
/** The issuer of Bot Framework channel tokens. */
export const BOT_ISSUER = 'https://api.botframework.com';

/**
 * A local stand-in for Entra ID's published keys: a JWKS endpoint the test starts, and tokens
 * signed with its key. The real verification path (jose, JWKS over HTTP) runs against it.
 */
export class TestIssuer {
  private server?: Server;
  private key?: CryptoKey;
  private otherKey?: CryptoKey;
  jwksUrl = '';

  async start(): Promise<this> {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const other = await generateKeyPair('RS256');
    this.key = privateKey as CryptoKey;
    this.otherKey = other.privateKey as CryptoKey;
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    this.server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      // Also the Bot Framework's OpenID configuration, whose keys carry the channels they are endorsed for.
      if (req.url?.endsWith('/openid-configuration'))
        res.end(
          JSON.stringify({
            issuer: BOT_ISSUER,
            jwks_uri: this.jwksUrl,
            id_token_signing_alg_values_supported: ['RS256'],
          }),
        );
      else res.end(JSON.stringify({ keys: [{ ...jwk, endorsements: ['msteams'] }] }));
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.jwksUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/keys`;
    return this;
  }

  /** The tab's sign-in as `startTestApp` takes it, trusting this issuer's keys (no development identity). */
  tabOptions() {
    return {
      clientId: TEST_CLIENT_ID,
      appIdUri: `api://localhost/${TEST_CLIENT_ID}`,
      tenants: [TEST_TENANT],
      jwksUrl: this.jwksUrl,
      devIdentity: false,
    };
  }

  /** A Teams SSO access token (v2) for `oid`; `over` changes claims, `wrongKey` signs with an unpublished key. */
  async token(
    oid: string,
    over: JWTPayload & { expiresIn?: string } = {},
    opts: { wrongKey?: boolean } = {},
  ): Promise<string> {
    const { expiresIn = '1h', ...claims } = over;
    return new SignJWT({ oid, tid: TEST_TENANT, scp: 'access_as_user', name: 'Test', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(String(claims.iss ?? `https://login.microsoftonline.com/${claims.tid ?? TEST_TENANT}/v2.0`))
      .setAudience(String(claims.aud ?? TEST_CLIENT_ID))
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign((opts.wrongKey ? this.otherKey : this.key) as CryptoKey);
  }

  /** The OpenID configuration the Bot Framework adapter reads its keys from. */
  get openIdUrl(): string {
    return this.jwksUrl.replace(/\/keys$/, '/.well-known/openid-configuration');
  }

  /** A Bot Framework channel token, as Azure Bot Service sends it to the bot (`serviceurl` must match the activity's). */
  async botToken(
    appId: string,
    serviceUrl: string,
    opts: { wrongKey?: boolean; expiresIn?: string } = {},
  ): Promise<string> {
    return new SignJWT({ serviceurl: serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(BOT_ISSUER)
      .setAudience(appId)
      .setIssuedAt()
      .setExpirationTime(opts.expiresIn ?? '1h')
      .sign((opts.wrongKey ? this.otherKey : this.key) as CryptoKey);
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()));
  }
}
