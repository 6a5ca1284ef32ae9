/** The records a parsed value holds: the items of a list, or the value itself. */
export const itemsOf = (value: unknown): { value: unknown; path: (string | number)[] }[] =>
  Array.isArray(value) ? value.map((item, index) => ({ value: item, path: [index] })) : [{ value, path: [] }];
