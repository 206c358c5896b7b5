import {
  type AdaptiveCard,
  CARD_SIZE_LIMIT_BYTES,
  ChannelSendError,
  type ConversationReferenceData,
  cardByteSize,
  cardMessage,
  type OutgoingActivity,
} from '@taiwa/bot';
import type { TabLinks } from '../services/tabLinks.js';
import { PermanentFailure, RetryLater, WaitForSendSlot } from './failures.js';
import type { JobContext } from './jobKind.js';
import { takeSendSlot } from './sendSlots.js';

/** What the card jobs send through: the bot's proactive messaging. */
export interface CardSender {
  send(
    reference: ConversationReferenceData,
    activity: OutgoingActivity,
  ): Promise<{ activityId: string | null }>;
}

export interface CardJobDeps {
  sender: CardSender;
  links: TabLinks;
}

/** Statuses Teams documents as transient for bot sends. Anything else will not get better by waiting. */
const TRANSIENT = new Set([412, 429, 502, 504, 503]);

/** The idempotency key of a card: one per session, card kind and recipient (and moment, for reminders). */
export function cardKey(kind: string, sessionId: string, recipientId: string, moment?: string): string {
  return ['card', kind, sessionId, recipientId, ...(moment === undefined ? [] : [moment])].join(':');
}

/**
 * Sends a card into the recipient's personal chat with Taiwa, within Teams' rate limits. Failures
 * are classified for the runner: transient ones retry (after Retry-After), the rest dead-letter.
 */
export async function deliverCard(
  context: JobContext,
  deps: CardJobDeps,
  recipientId: string,
  card: AdaptiveCard,
): Promise<void> {
  if (cardByteSize(card) >= CARD_SIZE_LIMIT_BYTES)
    throw new PermanentFailure('the card is larger than Teams accepts');
  const chat = await context.data.conversations.findPersonal(recipientId);
  if (chat === null)
    throw new PermanentFailure(
      'the recipient has no personal chat with Taiwa (the app is not installed for them)',
    );
  const wait = await takeSendSlot(context.db, context.tenantId, chat.conversationId, context.now());
  if (wait !== null) throw new WaitForSendSlot(wait);
  try {
    await deps.sender.send(chat.reference as ConversationReferenceData, cardMessage(card));
  } catch (error) {
    if (!(error instanceof ChannelSendError)) throw error;
    if (error.status === 0 || error.status >= 500 || TRANSIENT.has(error.status)) {
      throw new RetryLater(`the channel answered ${error.status || 'nothing'}`, error.retryAfterMs);
    }
    if (error.status === 403 || error.status === 404) {
      // The app was removed or the chat is gone; the reference will not work again.
      await context.data.conversations.remove(chat.conversationId);
    }
    throw new PermanentFailure(`the channel refused the card with ${error.status}`);
  }
}
