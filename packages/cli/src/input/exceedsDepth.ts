/**
 * Whether `value` nests lists and objects more than `max` levels deep, found without recursion (a value deep enough
 * to overflow the stack is the point).
 */
export const exceedsDepth = (value: unknown, max: number): boolean => {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (entry.value === null || typeof entry.value !== "object") continue;
    if (entry.depth >= max) return true;
    for (const child of Object.values(entry.value)) stack.push({ value: child, depth: entry.depth + 1 });
  }
  return false;
};
