/** A path into the plan, as the SDK's issues give it: `["activities", 0, "start"]`. */
export type Path = readonly (string | number)[];

export const pathKey = (path: Path): string => path.join(".");

const isRecord = (value: unknown): value is Record<string | number, unknown> =>
  typeof value === "object" && value !== null;

export const getAt = (root: unknown, path: Path): unknown => {
  let node = root;
  for (const segment of path) {
    if (!isRecord(node)) return undefined;
    node = node[segment];
  }
  return node;
};

/** Sets (or, for `undefined`, deletes) the value at `path`, creating the objects on the way. */
export const setAt = (root: Record<string, unknown>, path: Path, value: unknown): void => {
  let node: Record<string | number, unknown> = root;
  for (const [index, segment] of path.entries()) {
    if (index === path.length - 1) {
      if (value === undefined) delete node[segment];
      else node[segment] = value;
      return;
    }
    const next = node[segment];
    if (isRecord(next)) node = next;
    else {
      const created = {};
      node[segment] = created;
      node = created;
    }
  }
};
