/**
 * A short description of any value for an error message, that never throws: text quoted and cut at 60 characters,
 * a bigint with its «n», an object as JSON when it can be written so (cut too), else its kind. Symbols, objects
 * without a prototype, throwing getters or `toJSON`, revoked proxies: each gets a description, never an error.
 */
export const describeValue = (value: unknown): string => {
  const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
  switch (typeof value) {
    case "string":
      return JSON.stringify(cut(value));
    case "bigint":
      return `${value}n`;
    case "symbol":
    case "function":
      return `a ${typeof value}`;
    case "object":
      if (value === null) return "null";
      try {
        const json = JSON.stringify(value, (_, item: unknown) => (typeof item === "bigint" ? `${item}n` : item));
        if (json !== undefined) return cut(json);
      } catch {}
      return "an object";
    default:
      return String(value);
  }
};
