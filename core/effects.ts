import type { TextKey } from './i18n';
import type { CardMessage } from './model';

/**
 * What a change causes beyond itself, delivered after it is stored: cards and notices to other
 * people, and redraws of cards posted earlier. Each names what to show by id; the dispatcher
 * draws it from the stored state when it delivers, in the recipient's language.
 */
export type Effect =
  /** The sign-off card to the supervisor the activity names (or a reminder of it). */
  | {
      kind: 'activity_card';
      traineeId: string;
      activityId: string;
      to: string;
      reminder?: boolean;
      /** The LIS is asked to confirm a record their supervisor made (the card's words differ). */
      confirm?: boolean;
    }
  /**
   * The approval card to a leader, delegate or advisor (or a reminder of it). `with`: goals the LIS
   * stated as approved earlier elsewhere just before in the same run (goal document ids): one
   * message names them all, instead of a card each.
   */
  | { kind: 'goal_card'; traineeId: string; goalId: string; to: string; reminder?: boolean; with?: string[] }
  /** Remember a card message about an item, so it follows later changes (the LIS's own card). */
  | { kind: 'remember_card'; traineeId: string; target: string; message: CardMessage }
  /** Redraw every card posted about an item, and the card the change was made from. */
  | { kind: 'redraw'; traineeId: string; target: string; origin?: CardMessage }
  /**
   * Tell the LIS how a request ended (signed, returned, approved). `with`: goals approved just before
   * in the same "approve all" (goal document ids), told in this one message instead of one each.
   */
  | { kind: 'outcome_to_lis'; traineeId: string; target: string; with?: string[] }
  /** The invitation card to an invitee. */
  | { kind: 'invitation'; traineeId: string; invitationId: string; to: string }
  /**
   * Bring a person's index of roles in step with the LIS's profile. The index is written after the
   * profile, so an app stopped between the two leaves it behind; stored with the change, this mends it.
   */
  | { kind: 'person_index'; traineeId: string; to: string; name: string }
  /**
   * Put the LIS on the list of the workplace they serve at now (the channel tab's), and off `left`'s,
   * as their registration says: written after it, mended by this after a stop between.
   */
  | { kind: 'roster'; traineeId: string; left?: string }
  /**
   * A short text to a person: the key of a text in `core/i18n` and its values, as plain facts
   * (`role` is a role's name, `from`/`to` are dates); the dispatcher puts them in the recipient's language.
   */
  | { kind: 'text'; to: string; text: TextKey; vars: Record<string, string> };
