import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import { noticeCard } from '../cards/notice';
import { toIsoDate } from '../core/dates';
import { langOf, t } from '../core/i18n';
import { matchIntent } from '../core/intents';
import type { Person, Stored } from '../core/model';
import { CARD_ACTIONS } from './actions';
import type { ActionResult } from './actions/types';
import { personalConversation, sameConversation } from './conversation';
import { inboxCard } from './inbox';
import { handleIntent } from './intents';
import { correlationId } from './log';
import type { Notifier } from './notify';
import { updateProfile } from './profiles';
import type { BotDeps, Turn } from './turn';

const CARD = 'application/vnd.microsoft.card.adaptive';

function answer(result: ActionResult): AdaptiveCardInvokeResponse {
  return 'card' in result
    ? { statusCode: 200, type: CARD, value: result.card }
    : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.message as never };
}

function invokeError(statusCode: number, code: string, message: string): AdaptiveCardInvokeResponse {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } as never };
}

/** The activity's tenant, as Teams sends it. */
function tenantOf(context: TurnContext): string | undefined {
  const a = context.activity;
  return a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
}

export class LisBot extends TeamsActivityHandler {
  constructor(
    private readonly deps: BotDeps,
    private readonly notifier: Notifier,
  ) {
    super();
    this.onMessage(async (context, next) => {
      if (!this.tenantAllowed(context)) return;
      // The benchmark's baseline: the same server, adapter and reply path, no store access.
      if (this.deps.benchMode && context.activity.text === '__bench_echo__') {
        await context.sendActivity('echo');
        await next();
        return;
      }
      const turn = await this.turnOf(context);
      const intent = matchIntent(context.activity.text);
      const a = context.activity;
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
      if (!this.tenantAllowed(context)) return;
      const turn = await this.turnOf(context);
      await handleIntent(turn, { kind: 'help' });
      await next();
    });
  }

  /**
   * A card button (`Action.Execute`) or a card refresh. Who acts comes from the activity, checked
   * against the store; the card's data gives ids only. Refusals are cards that say why.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const a = context.activity;
    const lang = langOf(a.locale);
    const verb = value.action?.verb ?? '';
    const action = CARD_ACTIONS.get(verb);
    const log = this.deps.log;
    if (!action) {
      log.warn({ verb: verb.slice(0, 64), activityId: a.id }, 'unknown card verb');
      return invokeError(400, 'UnknownVerb', `unknown verb "${verb.slice(0, 64)}"`);
    }
    const aadObjectId = a.from?.aadObjectId;
    if (!aadObjectId) {
      return answer({
        card: noticeCard(
          t(lang, 'refusedTitle'),
          [t(lang, 'err_no_identity'), t(lang, 'nothingChanged')],
          'attention',
        ),
      });
    }
    const raw = { ...((value.action.data ?? {}) as Record<string, unknown>) };
    // A list card (the inbox) names which of its comment fields belongs to the pressed button.
    if (typeof raw.commentInput === 'string' && /^comment-\d{1,4}$/.test(raw.commentInput))
      raw.comment = raw[raw.commentInput];
    const parsed = action.data.safeParse(raw);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path.join('.') || 'data');
      log.warn({ verb, activityId: a.id, field }, 'bad card data');
      return invokeError(400, 'BadRequest', `invalid card data: ${field}`);
    }
    const now = this.deps.now();
    try {
      const result = await action.run(
        {
          context,
          deps: this.deps,
          lang,
          actor: { aadObjectId, name: a.from.name ?? '', userId: a.from.id },
          invokeId: a.id ?? correlationId(),
          trigger: (value as { trigger?: string }).trigger === 'automatic' ? 'automatic' : 'manual',
          notifier: this.notifier,
          now: now.toISOString(),
          today: toIsoDate(now),
        },
        parsed.data,
      );
      if (raw.view === 'inbox' && 'card' in result && result.done) {
        const card = await inboxCard(this.deps, aadObjectId, lang, toIsoDate(now), undefined, {
          text: result.done,
          style: 'good',
        });
        return answer({ card });
      }
      return answer(result);
    } catch (err) {
      const id = correlationId();
      log.error({ err, correlationId: id, verb, activityId: a.id }, 'card action failed');
      return answer({ message: t(lang, 'apology', { id }) });
    }
  }

  /** A multi-tenant registration receives other tenants' traffic; a single-tenant app answers only its own. */
  private tenantAllowed(context: TurnContext): boolean {
    const allowed = this.deps.allowedTenants;
    if (!allowed || allowed.length === 0) return true;
    const tenant = tenantOf(context);
    const ok = !!tenant && allowed.includes(tenant);
    if (!ok)
      this.deps.log.warn(
        { activityId: context.activity.id, tenant: tenant ?? null },
        'activity from another tenant refused',
      );
    return ok;
  }

  /** Loads the sender once per turn and keeps how to reach them current. */
  private async turnOf(context: TurnContext): Promise<Turn> {
    const person = await this.rememberSender(context);
    return {
      context,
      deps: this.deps,
      lang: langOf(context.activity.locale ?? person?.locale),
      person,
      notifier: this.notifier,
    };
  }

  /** Reads the sender's person document; writes only what changed (name, locale, 1:1 conversation). */
  private async rememberSender(context: TurnContext): Promise<Stored<Person> | undefined> {
    const a = context.activity;
    const aadObjectId = a.from?.aadObjectId;
    if (!aadObjectId) return undefined;
    const { people } = this.deps.store;
    const person = await people.get(aadObjectId);
    const fresh = personalConversation(a);
    const conversation = fresh ?? person?.conversation;
    const name = a.from.name ?? person?.name ?? '';
    const locale = a.locale ?? person?.locale;
    const now = this.deps.now().toISOString();
    if (!person) {
      if (!conversation) return undefined;
      return people.remember(aadObjectId, { name, locale, conversation }, now);
    }
    const moved = !!fresh && !sameConversation(person.conversation, fresh);
    const changed = moved || person.name !== name || (locale !== undefined && person.locale !== locale);
    if (!changed || !conversation) return person;
    const saved = await people.patchContact(person, { name, locale, conversation }, now);
    if (moved) this.copyConversationToProfiles(saved);
    return saved;
  }

  /**
   * The profiles this person appears in keep a copy of how to reach them, so that a decision
   * can notify without reading more documents. Rare (a new chat), so done after the turn.
   */
  private copyConversationToProfiles(person: Stored<Person>): void {
    const traineeIds = new Set(
      person.roles.filter((r) => r.state === 'active' || r.state === 'invited').map((r) => r.traineeId),
    );
    if (person.traineeId) traineeIds.add(person.traineeId);
    const conversation = person.conversation;
    if (!conversation || traineeIds.size === 0) return;
    this.notifier.later('copy conversation', { aadObjectId: person.aadObjectId }, async () => {
      for (const traineeId of traineeIds) {
        await updateProfile(this.deps, traineeId, (p) => ({
          ...p,
          ...(p.aadObjectId === person.aadObjectId ? { conversation } : {}),
          roles: p.roles.map((r) => (r.aadObjectId === person.aadObjectId ? { ...r, conversation } : r)),
        }));
      }
    });
  }
}
