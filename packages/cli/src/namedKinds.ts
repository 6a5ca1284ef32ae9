/** A kind of thing a command line names (an entity, a template): by its own name, or by one of its short names. */
export interface NamedKind {
  readonly aliases: readonly string[];
}

/** The kind of `kinds` that `name` names (its own name, as `nameOf` gives it, or a short name), or `undefined`. */
export const findNamedKind = <K extends NamedKind>(
  kinds: readonly K[],
  nameOf: (kind: K) => string,
  name: string,
): K | undefined => kinds.find((kind) => nameOf(kind) === name || kind.aliases.includes(name));

/** Every name the kinds answer to, for help and messages: `provincial-report (report), directive, …`. */
export const namedKindList = <K extends NamedKind>(kinds: readonly K[], nameOf: (kind: K) => string): string =>
  kinds
    .map((kind) => (kind.aliases.length > 0 ? `${nameOf(kind)} (${kind.aliases.join(", ")})` : nameOf(kind)))
    .join(", ");
