import type { TokenCredential } from '@azure/identity';
import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
import type { StoredConversation } from '../core/model';
import type { Logger } from './log';

/** Every Graph call gives up after this. */
const GRAPH_TIMEOUT_MS = 10_000;

export interface GraphReachOptions {
  /** The bot's Entra app (the same registration): its id is the bot's id in Teams. */
  appId: string;
  tenantId: string;
  /** The app's id in the org catalog (Teams admin center), the app to install. */
  catalogAppId: string;
  /** Where Teams takes proactive messages for a new chat (the global address, unless configured). */
  serviceUrl: string;
  /** Microsoft Graph, or a local stand-in in tests. */
  graphUrl: string;
  credential: TokenCredential;
}

/** How opening a chat through Graph ended. */
export type Opened =
  | { ok: true; conversation: StoredConversation }
  | { ok: false; reason: 'not_allowed' | 'failed' };

/**
 * Reaches someone who has never opened the app: installs it for them through Microsoft Graph
 * (application permission TeamsAppInstallation.ReadWriteSelfForUser.All, admin consent), then
 * finds the 1:1 chat between them and the bot (Teams docs "graph-proactive-bots-and-messages").
 */
export class GraphReach {
  private readonly client: Client;

  constructor(
    private readonly opts: GraphReachOptions,
    private readonly log: Logger,
  ) {
    const url = new URL(opts.graphUrl);
    this.client = Client.initWithMiddleware({
      authProvider: {
        getAccessToken: async () =>
          (await opts.credential.getToken('https://graph.microsoft.com/.default'))?.token ?? '',
      },
      baseUrl: `${url.origin}${url.pathname.replace(/\/v1\.0\/?$/, '')}`.replace(/\/$/, ''),
      defaultVersion: 'v1.0',
      // The client sends the token only to Graph's own hosts and these, and only over https.
      ...(url.hostname === 'graph.microsoft.com' ? {} : { customHosts: new Set([url.hostname]) }),
    });
  }

  private request(path: string) {
    return this.client.api(path).option('signal', AbortSignal.timeout(GRAPH_TIMEOUT_MS));
  }

  async open(aadObjectId: string): Promise<Opened> {
    const { catalogAppId } = this.opts;
    const user = `/users/${encodeURIComponent(aadObjectId)}/teamwork/installedApps`;
    try {
      // 201 has no body (whatever its content type says), so the raw response is read: only its status counts.
      const installed = (await this.request(user)
        .responseType(ResponseType.RAW)
        .post({
          'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${catalogAppId}`,
        })) as Response;
      await installed.body?.cancel();
      // 409: already installed for them; go on and find the chat.
      if (!installed.ok && installed.status !== 409)
        throw Object.assign(new Error('install'), { statusCode: installed.status });
      const found = (await this.request(user)
        .expand('teamsApp')
        .filter(`teamsApp/id eq '${catalogAppId}'`)
        .get()) as { value?: { id?: string }[] };
      const installId = found.value?.[0]?.id;
      if (!installId) return { ok: false, reason: 'failed' };
      const chat = (await this.request(`${user}/${encodeURIComponent(installId)}/chat`).get()) as {
        id?: string;
      };
      if (!chat.id) return { ok: false, reason: 'failed' };
      return {
        ok: true,
        conversation: {
          channelId: 'msteams',
          serviceUrl: this.opts.serviceUrl,
          conversationId: chat.id,
          tenantId: this.opts.tenantId,
          userId: '',
          botId: `28:${this.opts.appId}`,
        },
      };
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      this.log.warn({ err, status, aadObjectId }, 'could not install the app for a person');
      return { ok: false, reason: status === 403 || status === 401 ? 'not_allowed' : 'failed' };
    }
  }
}
