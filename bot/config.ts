import { z } from 'zod';

/**
 * All settings, read once from the environment and validated. Nothing else reads `process.env`.
 * Each field says what it expects, so a bad value stops the start with one line naming it.
 */
const bool = (what: string) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: `${what}: expected true or false` })
    .transform((v) => ['true', '1', 'yes'].includes(v));

const schema = z
  .object({
    HOST: z.string().min(1, 'expected a host name or IP address').default('127.0.0.1'),
    PORT: z
      .string()
      .regex(/^\d+$/, 'expected a whole number from 0 to 65535')
      .transform(Number)
      .refine((n) => n <= 65535, 'expected a whole number from 0 to 65535')
      .default(3978),
    MICROSOFT_APP_ID: z.string().trim().optional(),
    MICROSOFT_APP_PASSWORD: z.string().optional(),
    MICROSOFT_APP_TENANT_ID: z.string().trim().optional(),
    MICROSOFT_APP_TYPE: z
      .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
        error: 'expected MultiTenant, SingleTenant or UserAssignedMSI',
      })
      .default('SingleTenant'),
    COSMOS_ENDPOINT: z
      .url({ protocol: /^https$/, error: 'expected an https:// URL of a Cosmos DB account' })
      .optional(),
    COSMOS_KEY: z.string().min(1, 'expected the account key').optional(),
    COSMOS_DATABASE: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/, 'expected a database name (letters, digits, - and _)')
      .default('lis'),
    COSMOS_CA_CERT: z.string().min(1, 'expected the path of a PEM certificate file').optional(),
    DEV_MODE: bool('DEV_MODE').optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'expected one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    CATALOG_DIR: z.string().min(1, 'expected a folder').default('data/catalogs'),
    TEAMS_APP_ID: z.string().trim().min(1).max(64).optional(),
    TEAMS_CATALOG_APP_ID: z.string().trim().min(1).max(64).optional(),
    AAD_APP_CLIENT_ID: z.string().trim().min(1).max(64).optional(),
    AAD_APP_ID_URI: z
      .string()
      .trim()
      .regex(/^api:\/\/.+/, 'expected an App ID URI such as api://host/client-id')
      .optional(),
    TAB_ALLOWED_TENANTS: z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36})*$/, 'expected tenant ids (GUIDs), comma-separated')
      .optional(),
    BENCH_MODE: bool('BENCH_MODE').optional(),
    OUTBOX_LEASE_SECONDS: z
      .string()
      .regex(/^\d+$/, 'expected whole seconds from 2 to 600')
      .transform(Number)
      .refine((n) => n >= 2 && n <= 600, 'expected whole seconds from 2 to 600')
      .default(30),
    MILESTONE_SWEEP_MINUTES: z
      .string()
      .regex(/^\d+$/, 'expected whole minutes from 0 (off) to 1440')
      .transform(Number)
      .refine((n) => n <= 1440, 'expected whole minutes from 0 (off) to 1440')
      .default(60),
    TAB_JWKS_URL: z.url({ protocol: /^https?$/, error: 'expected the URL of a JSON Web Key Set' }).optional(),
    GRAPH_INSTALL: bool('GRAPH_INSTALL').optional(),
    GRAPH_URL: z
      .url({ protocol: /^https?$/, error: 'expected the URL of Microsoft Graph v1.0' })
      .default('https://graph.microsoft.com/v1.0'),
    BOT_SERVICE_URL: z
      .url({ protocol: /^https?$/, error: 'expected the Bot Connector service URL for Teams' })
      .default('https://smba.trafficmanager.net/teams/'),
  })
  .superRefine((env, ctx) => {
    const appId = env.MICROSOFT_APP_ID;
    if (appId && env.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !env.MICROSOFT_APP_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['MICROSOFT_APP_PASSWORD'],
        message: 'required when MICROSOFT_APP_ID is set',
      });
    }
    if (appId && env.MICROSOFT_APP_TYPE !== 'MultiTenant' && !env.MICROSOFT_APP_TENANT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['MICROSOFT_APP_TENANT_ID'],
        message: `required when MICROSOFT_APP_TYPE is ${env.MICROSOFT_APP_TYPE}`,
      });
    }
    if (!appId && !isLoopbackHost(env.HOST)) {
      ctx.addIssue({
        code: 'custom',
        path: ['MICROSOFT_APP_ID'],
        message: `required when HOST is not a loopback address (without it requests are not authenticated; got HOST "${env.HOST}")`,
      });
    }
    // New Azure Bot resources cannot be multi-tenant (since 2025-07-31); a registration that claims to be will not work.
    if (appId && env.MICROSOFT_APP_TYPE === 'MultiTenant') {
      ctx.addIssue({
        code: 'custom',
        path: ['MICROSOFT_APP_TYPE'],
        message:
          'MultiTenant is not offered for new Azure bots: use SingleTenant (with MICROSOFT_APP_TENANT_ID) or UserAssignedMSI',
      });
    }
    // A deployed bot with a tab that nobody can sign in to: every tab call would be 401.
    if (appId && !env.AAD_APP_CLIENT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['AAD_APP_CLIENT_ID'],
        message:
          "required when MICROSOFT_APP_ID is set (the tab's single sign-on app; often the bot's own app id)",
      });
    }
    if (env.AAD_APP_CLIENT_ID && !env.TAB_ALLOWED_TENANTS && !env.MICROSOFT_APP_TENANT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['TAB_ALLOWED_TENANTS'],
        message:
          'required when AAD_APP_CLIENT_ID is set (whose sign-ins the tab accepts; or set MICROSOFT_APP_TENANT_ID)',
      });
    }
    // Installing the app for people needs the bot's own identity in one tenant and the app's catalog id.
    if (env.GRAPH_INSTALL) {
      for (const [key, why] of [
        ['MICROSOFT_APP_ID', 'the bot app that calls Microsoft Graph'],
        ['MICROSOFT_APP_TENANT_ID', 'the tenant whose people get the app'],
        ['TEAMS_CATALOG_APP_ID', 'the app to install, as the org catalog knows it'],
      ] as const) {
        if (!env[key]) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `required when GRAPH_INSTALL is true (${why})`,
          });
        }
      }
    }
    if (env.COSMOS_ENDPOINT && !env.COSMOS_KEY) {
      ctx.addIssue({ code: 'custom', path: ['COSMOS_KEY'], message: 'required when COSMOS_ENDPOINT is set' });
    }
  });

/** 127.0.0.0/8, ::1 and localhost: only this machine can reach them. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly bot: {
    readonly appId: string;
    readonly appPassword: string;
    readonly tenantId: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  };
  readonly cosmos: {
    /** Undefined: the embedded server. */
    readonly endpoint?: string;
    readonly key?: string;
    readonly database: string;
    readonly caCertPath?: string;
  };
  /** Demo data and the development identity; on by default when no bot app id is set. */
  readonly devMode: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly catalogDir: string;
  /** `npm run bench` only: an echo turn without store access, and a metrics route. Off otherwise. */
  readonly benchMode: boolean;
  /**
   * How long an instance holds an undelivered notice before another may take it (after a crash,
   * notices wait about this long); the outbox looks for such entries at the same interval.
   */
  readonly outboxLeaseSeconds: number;
  /** How often milestones due soon or overdue are looked for (0: never); each is reminded at most once a day. */
  readonly milestoneSweepMinutes: number;
  /** The tab's single sign-on: whose tokens are accepted. Without a client id, only the development identity works. */
  readonly tab: {
    readonly teamsAppId?: string;
    /** The id the org catalog gave the app on upload; deep links to an org-catalog app need it. */
    readonly catalogAppId?: string;
    readonly clientId?: string;
    readonly appIdUri?: string;
    readonly tenants: readonly string[];
    readonly jwksUrl: string;
  };
  /** Installing the app for someone who has never opened it, so a card can reach them (Microsoft Graph). */
  readonly graph: {
    readonly install: boolean;
    readonly url: string;
    /** Where Teams takes proactive messages to a chat the bot has not yet heard from. */
    readonly serviceUrl: string;
  };
}

/** Thrown with one line per bad variable. */
export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Every variable the app reads (the README's configuration table lists each; a test compares). */
export const KNOWN = Object.keys(schema.shape);

/** Reads the settings; empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input: Record<string, string> = {};
  for (const k of KNOWN) {
    const v = env[k];
    if (v !== undefined && v.trim() !== '') input[k] = v;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? 'configuration');
      const got = input[name];
      const shown =
        got === undefined
          ? ''
          : name.includes('PASSWORD') || name.includes('KEY')
            ? ' (value hidden)'
            : ` (got "${got}")`;
      return `Configuration error: ${name} ${i.message.replace(/^[A-Z_]+: /, '')}${shown}`;
    });
    throw new ConfigError(lines);
  }
  const e = parsed.data;
  return Object.freeze({
    host: e.HOST,
    port: e.PORT,
    bot: Object.freeze({
      appId: e.MICROSOFT_APP_ID ?? '',
      appPassword: e.MICROSOFT_APP_PASSWORD ?? '',
      tenantId: e.MICROSOFT_APP_TENANT_ID ?? '',
      appType: e.MICROSOFT_APP_TYPE,
    }),
    cosmos: Object.freeze({
      endpoint: e.COSMOS_ENDPOINT,
      key: e.COSMOS_KEY,
      database: e.COSMOS_DATABASE,
      caCertPath: e.COSMOS_CA_CERT,
    }),
    devMode: e.DEV_MODE ?? !e.MICROSOFT_APP_ID,
    logLevel: e.LOG_LEVEL,
    catalogDir: e.CATALOG_DIR,
    benchMode: e.BENCH_MODE ?? false,
    outboxLeaseSeconds: e.OUTBOX_LEASE_SECONDS,
    milestoneSweepMinutes: e.MILESTONE_SWEEP_MINUTES,
    tab: Object.freeze({
      teamsAppId: e.TEAMS_APP_ID,
      catalogAppId: e.TEAMS_CATALOG_APP_ID,
      clientId: e.AAD_APP_CLIENT_ID,
      appIdUri: e.AAD_APP_ID_URI,
      tenants: Object.freeze(
        (e.TAB_ALLOWED_TENANTS ?? e.MICROSOFT_APP_TENANT_ID ?? '').split(',').filter(Boolean),
      ),
      jwksUrl: e.TAB_JWKS_URL ?? 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
    }),
    graph: Object.freeze({
      install: e.GRAPH_INSTALL ?? false,
      url: e.GRAPH_URL,
      serviceUrl: e.BOT_SERVICE_URL,
    }),
  });
}

/** The deep link to the personal tab: an app from the org catalog is linked by the catalog's id for it. */
export function tabLink(config: Pick<Config, 'tab'>): string | undefined {
  const appId = config.tab.catalogAppId ?? config.tab.teamsAppId;
  return appId ? `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/progress` : undefined;
}
