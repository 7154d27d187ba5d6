/**
 * Teams refuses a bot message over about 100 KB, counted in UTF-16, and recommends keeping one
 * under 80 KB (413 `MessageSizeTooBig`; "Format your bot messages",
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages).
 * The connector stand-ins of the tests and the benchmark refuse what is over this.
 */
export const TEAMS_MESSAGE_MAX_BYTES = 80 * 1024;

/** What one of our cards may weigh: half of Teams' recommendation, room for the activity around it. */
export const CARD_MAX_BYTES = 40 * 1024;

/** A message's size as Teams counts it: UTF-16 code units, two bytes each. */
export const utf16Bytes = (text: string): number => text.length * 2;
