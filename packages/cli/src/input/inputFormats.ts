/** The formats `xhht` reads, by file extension. */
export const inputFormats = {
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".yaml": "yaml",
  ".yml": "yaml",
  ".csv": "csv",
  ".tsv": "csv",
} as const;

export type InputFormat = (typeof inputFormats)[keyof typeof inputFormats];

/** The format of a file from its extension, or `undefined` when xhht does not read it. */
export const inputFormatOf = (file: string): InputFormat | undefined => {
  const dot = file.lastIndexOf(".");
  if (dot === -1) return undefined;
  const extension = file.slice(dot).toLowerCase();
  return Object.hasOwn(inputFormats, extension) ? inputFormats[extension as keyof typeof inputFormats] : undefined;
};
