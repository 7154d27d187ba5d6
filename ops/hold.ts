import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Keeps what is being delivered held for `ms` more (the outbox entry's lease, so no other instance
 * takes it and sends it too); false if it is no longer this instance's to send.
 */
export type Hold = (ms: number) => Promise<boolean>;

/**
 * The hold of the delivery in progress, handed to the sends it makes through the async context:
 * a send learns how long it will take (its conversation's turn, then the call) only where it is
 * made, several layers below the outbox.
 */
const current = new AsyncLocalStorage<Hold>();

/** Runs a delivery with its hold. */
export const withHold = <T>(hold: Hold, deliver: () => Promise<T>): Promise<T> => current.run(hold, deliver);

/** Before a send that may take `ms`: true to go ahead (always, outside a delivery). */
export const holdFor = (ms: number): Promise<boolean> => current.getStore()?.(ms) ?? Promise.resolve(true);
