import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { langOf, t } from '../core/i18n';
import type { Config } from './config';
import { correlationId, type Logger } from './log';

/**
 * The Bot Framework adapter. With an app id set it verifies every request's token;
 * without one (local development) requests are anonymous.
 */
export function createAdapter(config: Config, log: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
  });
  const adapter = new CloudAdapter(auth);
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
    // Users see a short apology with the id, never the error itself.
    if (a.type === 'message') {
      await context.sendActivity(t(langOf(a.locale), 'apology', { id })).catch(() => undefined);
    }
  };
  return adapter;
}
