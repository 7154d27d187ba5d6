import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import { langOf, t } from '../core/i18n';
import { isThrottled } from '../store/errors';
import type { Config } from './config';
import { correlationId, type Logger } from './log';

/** Every call to the Bot Connector (replies, proactive sends, card updates, rosters) gives up after this. */
export const OUTBOUND_TIMEOUT_MS = 10_000;

/**
 * The Bot Framework authentication, with a deadline on every Bot Connector call it makes clients
 * for (replies, proactive sends, card updates, rosters): a reply address that never answers fails
 * that one request after the deadline, instead of holding it for minutes. The connector factory
 * replaces any request policies it is given, so the deadline is added to each client it creates.
 */
export class DeadlineAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    config: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    private readonly timeoutMs: number,
  ) {
    super(config);
  }

  override createConnectorFactory(
    claimsIdentity: Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0],
  ): ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']> {
    // Proactive sends and card updates are the outbox's deliveries: it retries them itself, with
    // its own pauses and a visible end, so the client's quick retries are left out there.
    return this.withDeadline(super.createConnectorFactory(claimsIdentity), { retries: false });
  }

  /** An incoming request's replies use the factory its authentication made. */
  override async authenticateRequest(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
  ): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    const result = await super.authenticateRequest(...args);
    return result.connectorFactory
      ? { ...result, connectorFactory: this.withDeadline(result.connectorFactory) }
      : result;
  }

  private withDeadline(
    inner: ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>,
    opts: { retries: boolean } = { retries: true },
  ): ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']> {
    const timeout = this.timeoutMs;
    return {
      async create(serviceUrl: string, audience?: string) {
        const client = await inner.create(serviceUrl, audience);
        // biome-ignore lint/complexity/useLiteralKeys: the pipeline is a private member; brackets reach it on purpose.
        const pipeline = client['client'].pipeline;
        if (!opts.retries) pipeline.removePolicy({ name: 'defaultRetryPolicy' });
        pipeline.addPolicy({
          name: 'lis-deadline',
          sendRequest: (request: { timeout: number }, next: (r: unknown) => Promise<unknown>) => {
            request.timeout = timeout;
            return next(request);
          },
        });
        return client;
      },
    };
  }
}

/**
 * The adapter, with the activity handed in already read and checked: the server reads the body
 * itself (within limits) and maps failures to its own answers, so the adapter's `process` (which
 * writes raw stack traces to the console and internal messages into the answer) is not used.
 */
export class LisAdapter extends CloudAdapter {
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

export interface BotAdapter {
  adapter: LisAdapter;
  auth: DeadlineAuthentication;
}

/**
 * The Bot Framework adapter. With an app id set it verifies every request's token;
 * without one (local development) requests are anonymous.
 */
export function createAdapter(
  config: Config,
  log: Logger,
  opts: {
    outboundTimeoutMs?: number;
    /** Where the channel's signing keys are published (tests point this at a local key set). */
    openIdMetadataUrl?: string;
  } = {},
): BotAdapter {
  const auth = new DeadlineAuthentication(
    {
      MicrosoftAppId: config.bot.appId,
      MicrosoftAppPassword: config.bot.appPassword,
      // Without an app id (local development) the SDK runs anonymous; an app type would make it demand one.
      ...(config.bot.appId ? { MicrosoftAppType: config.bot.appType } : {}),
      MicrosoftAppTenantId: config.bot.tenantId,
      // Naming one endpoint makes the SDK take all of them as given: the public cloud's, but the keys' address.
      ...(opts.openIdMetadataUrl
        ? {
            ToBotFromChannelOpenIdMetadataUrl: opts.openIdMetadataUrl,
            ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
            ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
            ToChannelFromBotOAuthScope: 'https://api.botframework.com',
            OAuthUrl: 'https://api.botframework.com',
            ToBotFromEmulatorOpenIdMetadataUrl:
              'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
          }
        : {}),
    },
    opts.outboundTimeoutMs ?? OUTBOUND_TIMEOUT_MS,
  );
  const adapter = new LisAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const id = correlationId();
    const a = context.activity;
    log.error(
      {
        err: error,
        correlationId: id,
        activityId: a.id,
        activityType: a.type,
        conversationId: a.conversation?.id,
      },
      'turn failed',
    );
    // Users see a short apology with the id, never the error itself; not when the failure was
    // reaching Teams at all (another attempt would only wait for the same deadline).
    const unreachable =
      error.name === 'AbortError' || (error as { code?: string }).code === 'REQUEST_SEND_ERROR';
    if (a.type === 'message' && !unreachable) {
      await context
        .sendActivity(t(langOf(a.locale), isThrottled(error) ? 'busy' : 'apology', { id }))
        .catch(() => undefined);
    }
  };
  return { adapter, auth };
}
