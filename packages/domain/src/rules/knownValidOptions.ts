/**
 * Option objects `checkOptions` need not parse again: those already found valid (a batch passes the same
 * directive many times) and the directives the SDK ships, which their own tests check.
 */
export const knownValidOptions = new WeakSet<object>();
