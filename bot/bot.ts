import {
  ActivityTypes,
  type InvokeResponse,
  StatusCodes,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { type AdaptiveCard, keepTyped, keepTypedFor } from '../cards/render';
import { norwayDate } from '../core/dates';
import { type Lang, langOf, t } from '../core/i18n';
import { matchIntent, themesOf } from '../core/intents';
import { isVerb } from '../core/verbs';
import { conversationGone } from '../ops/conversationGone';
import { personSeen } from '../ops/personSeen';
import { teamSeen } from '../ops/teamSeen';
import type { Call, Caller } from '../ops/types';
import { isThrottled } from '../store/errors';
import { CARD_ACTIONS } from './actions';
import { refusalCard } from './actions/outcome';
import type { ActionResult } from './actions/types';
import { requestKey } from './activityShape';
import { carriesFile, intentText, personalConversation } from './conversation';
import { searchInvoke } from './goalSearch';
import { inboxCard } from './inboxCard';
import { handleIntent } from './intents';
import { correlationId } from './log';
import { cardMessageOf } from './notify';
import { progressCard } from './progressCard';
import type { BotDeps, Turn } from './turn';

/** The Universal Actions answer to an `adaptiveCard/action` invoke (sent with HTTP 200 in every case). */
type UniversalActionBody =
  | { statusCode: 200; type: 'application/vnd.microsoft.card.adaptive'; value: AdaptiveCard }
  | { statusCode: 200; type: 'application/vnd.microsoft.activity.message'; value: string }
  | {
      statusCode: 400 | 403 | 500;
      type: 'application/vnd.microsoft.error';
      value: { code: string; message: string };
    };

function answer(result: ActionResult): UniversalActionBody {
  return 'card' in result
    ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: result.card }
    : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.message };
}

function error(statusCode: 400 | 403 | 500, code: string, message: string): UniversalActionBody {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}

/** The part of the invoke's value we read; the rest of Teams' payload is ignored. */
const invokeValue = z.object({
  action: z.object({
    type: z.string(),
    verb: z.string().max(200).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
  trigger: z.string().optional(),
});

/** The activity's tenant, as Teams sends it. */
function tenantOf(context: TurnContext): string | undefined {
  const a = context.activity;
  return a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
}

export class LisBot extends TeamsActivityHandler {
  /** The loaded catalogs' themes, so "hva gjenstår i etikk?" is a question about a theme. */
  private readonly themes;

  constructor(private readonly deps: BotDeps) {
    super();
    this.themes = themesOf(deps.catalogs);
    this.onMessage(async (context, next) => {
      // The benchmark's baseline: the same server, adapter and reply path, no store access.
      if (this.deps.benchMode && context.activity.text === '__bench_echo__') {
        await context.sendActivity('echo');
        await next();
        return;
      }
      await this.rememberTeam(context);
      const turn = await this.turnOf(context);
      const a = context.activity;
      const matched = matchIntent(intentText(a), this.themes);
      // A certificate sent without a question: say files are not read, and how to record the course.
      const intent =
        carriesFile(a) && (matched.kind === 'help' || matched.kind === 'unknown')
          ? ({ kind: 'attachment' } as const)
          : matched;
      this.deps.log.info(
        {
          activityId: a.id,
          conversationId: a.conversation.id,
          aadObjectId: a.from.aadObjectId,
          intent: intent.kind,
        },
        'message',
      );
      await handleIntent(turn, intent);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      // A welcome on a first install only: an upgrade ('add-upgrade') must not repost help in every chat and team.
      if (context.activity.action === 'add') {
        const turn = await this.turnOf(context);
        await handleIntent(turn, { kind: 'help' });
      }
      await next();
    });
    // Removed from someone's personal scope: their 1:1 conversation is gone, so forget it.
    this.onInstallationUpdateRemove(async (context, next) => {
      const a = context.activity;
      const type = a.conversation?.conversationType;
      if (a.from?.aadObjectId && (!type || type === 'personal'))
        await conversationGone(this.deps, a.from.aadObjectId, this.deps.now().toISOString());
      await next();
    });
    // Installed in a team: remember where to ask Teams about its members (for its channel tab).
    this.onConversationUpdate(async (context, next) => {
      await this.rememberTeam(context);
      await next();
    });
    this.onInstallationUpdate(async (context, next) => {
      await this.rememberTeam(context);
      await next();
    });
  }

  /**
   * Every activity, of every type, passes the tenant rule first: a single-tenant app answers only
   * its own tenant (a multi-tenant registration receives others'). Nothing else runs for another tenant.
   */
  override async run(context: TurnContext): Promise<void> {
    const allowed = this.deps.allowedTenants;
    if (allowed && allowed.length > 0) {
      const tenant = tenantOf(context);
      if (!tenant || !allowed.includes(tenant)) {
        this.deps.log.warn(
          { activityId: context.activity.id, activityType: context.activity.type, tenant: tenant ?? null },
          'activity from another tenant refused',
        );
        if (context.activity.type === ActivityTypes.Invoke) {
          await this.reply(context, error(403, 'Forbidden', 'This app answers its own organisation only.'));
        }
        return;
      }
    }
    await super.run(context);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    // A person typing in a list searched as they type: goals, or workplaces (Teams' dynamic typeahead).
    if (context.activity.name === 'application/search') return searchInvoke(context, this.deps);
    if (context.activity.name !== 'adaptiveCard/action') {
      // An invoke this app does not take (or one with no name): a clear 400, not botbuilder's 501.
      const other = await super.onInvokeActivity(context);
      if (other.status !== StatusCodes.NOT_IMPLEMENTED) return other;
      const name = String(context.activity.name ?? '').slice(0, 64);
      return {
        status: StatusCodes.BAD_REQUEST,
        body: {
          code: 'BadRequest',
          message: name ? `unsupported invoke "${name}"` : 'an invoke needs a name',
        },
      };
    }
    return { status: StatusCodes.OK, body: await this.cardAction(context) };
  }

  private async reply(context: TurnContext, body: UniversalActionBody): Promise<void> {
    await context.sendActivity({ type: 'invokeResponse', value: { status: StatusCodes.OK, body } });
  }

  /**
   * A card button (`Action.Execute`) or a card refresh. Who acts comes from the activity, checked by
   * the operation against the store; the card's data gives ids only. Refusals are cards that say why;
   * malformed requests get the Universal Actions error body (with HTTP 200, as Teams expects).
   */
  private async cardAction(context: TurnContext): Promise<UniversalActionBody> {
    const a = context.activity;
    const lang = langOf(a.locale);
    const log = this.deps.log;
    const value = invokeValue.safeParse(a.value);
    if (!value.success || value.data.action.type !== 'Action.Execute')
      return error(400, 'BadRequest', 'expected an Action.Execute invoke');
    const verb = value.data.action.verb ?? '';
    if (!isVerb(verb)) {
      log.warn({ verb: verb.slice(0, 64), activityId: a.id }, 'unknown card verb');
      return error(400, 'UnknownVerb', `unknown verb "${verb.slice(0, 64)}"`);
    }
    const aadObjectId = a.from?.aadObjectId;
    if (!aadObjectId) return answer({ card: refusalCard(lang, 'no_identity') });
    const raw: Record<string, unknown> = { ...(value.data.action.data ?? {}) };
    // A list card (the inbox) names which of its comment fields belongs to the pressed button.
    if (typeof raw.commentInput === 'string' && /^comment-\d{1,4}$/.test(raw.commentInput))
      raw.comment = raw[raw.commentInput];
    // …and which of its date fields (a session's new date).
    if (typeof raw.dateInput === 'string' && /^date-\d{1,4}$/.test(raw.dateInput))
      raw.date = raw[raw.dateInput];
    // A list card (the inbox, a LIS's progress) is drawn again as the answer to a click on it.
    const list = raw.view === 'inbox' || raw.view === 'progress' ? raw.view : undefined;
    const now = this.deps.now();
    const call: Call = {
      caller: { aadObjectId, name: a.from.name ?? '' },
      key: requestKey(a.id, correlationId),
      now: now.toISOString(),
      today: norwayDate(now),
      // The card pressed follows the item's later changes, unless it is a list: the answer redraws
      // the list, and drawing the item over it afterwards would replace the list.
      ...(a.replyToId && !list ? { origin: cardMessageOf(context, a.replyToId) } : {}),
    };
    try {
      const result = await CARD_ACTIONS[verb].handle(
        {
          context,
          deps: this.deps,
          lang,
          call,
          trigger: value.data.trigger === 'automatic' ? 'automatic' : 'manual',
          userId: a.from.id,
        },
        raw,
      );
      if ('invalid' in result) {
        log.warn({ verb, activityId: a.id, field: result.invalid }, 'bad card data');
        return error(400, 'BadRequest', `invalid card data: ${result.invalid}`);
      }
      // An action clicked in a list (the inbox) redraws the list, with a line on what was done or
      // why not: the leader keeps the rest of the list, whatever the outcome of the one item.
      const note =
        'card' in result
          ? result.done
            ? { text: result.done, style: 'good' as const, ...(result.undo ? { undo: result.undo } : {}) }
            : result.note
          : undefined;
      if (list === 'inbox' && note) {
        const page = typeof raw.page === 'number' && Number.isInteger(raw.page) ? raw.page : 0;
        const inbox = await inboxCard(this.deps, call, lang, undefined, note, page, a.from.id);
        // Not done: the comment written on that item goes back to its field in the list drawn again.
        return answer({
          card:
            'card' in result && !result.done
              ? keepTypedFor(inbox, { traineeId: raw.traineeId, id: raw.id }, raw.comment)
              : inbox,
        });
      }
      const progress =
        list === 'progress' && note
          ? await progressCard(this.deps, call, lang, String(raw.traineeId ?? ''), note, a.from.id)
          : undefined;
      if (progress) return answer({ card: progress });
      // Not done (refused, out of date): the card keeps what was typed in it, to be sent again.
      if ('card' in result && result.note && !result.done)
        return answer({ ...result, card: keepTyped(result.card, value.data.action.data ?? {}) });
      return answer(result);
    } catch (err) {
      const id = correlationId();
      log.error({ err, correlationId: id, verb, activityId: a.id }, 'card action failed');
      return answer({ message: t(lang, isThrottled(err) ? 'busy' : 'apology', { id }) });
    }
  }

  /** A team the bot is in (a channel message, an install): where to ask about its members. */
  private async rememberTeam(context: TurnContext): Promise<void> {
    const a = context.activity;
    const team = (a.channelData as { team?: { id?: unknown } } | undefined)?.team;
    if (typeof team?.id !== 'string' || !a.serviceUrl) return;
    const tenantId = tenantOf(context);
    await teamSeen(this.deps, {
      teamId: team.id,
      serviceUrl: a.serviceUrl,
      ...(tenantId ? { tenantId } : {}),
    });
  }

  /** Reads the sender once per turn and keeps how to reach them current. */
  private async turnOf(context: TurnContext): Promise<Turn> {
    const a = context.activity;
    const caller: Caller = { aadObjectId: a.from?.aadObjectId ?? '', name: a.from?.name ?? '' };
    const conversation = personalConversation(a);
    const person = caller.aadObjectId
      ? await personSeen(
          this.deps,
          {
            aadObjectId: caller.aadObjectId,
            ...(a.from.name ? { name: a.from.name } : {}),
            ...(a.locale ? { locale: a.locale } : {}),
            ...(conversation ? { conversation } : {}),
          },
          this.deps.now().toISOString(),
        )
      : undefined;
    const lang: Lang = langOf(a.locale ?? person?.locale);
    return { context, deps: this.deps, lang, caller, ...(person ? { person } : {}) };
  }
}
