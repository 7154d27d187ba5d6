import { CardFactory, MessageFactory } from 'botbuilder';
import type { AdaptiveCard } from '../../cards/render';
import type { Turn } from '../turn';

/** Replies with a card (and an optional line of text above it). */
export async function sendCard(turn: Turn, card: AdaptiveCard, text?: string): Promise<void> {
  await turn.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), text));
}
