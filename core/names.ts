/**
 * The one name among `names` that `asked` is most likely a slip for ("Aleks" for Alex Wilber,
 * "Lyne" for Lynne Robbins): a few letters off a whole name or one of its words. None when no name
 * is near, or two are equally near (a guess between people is no help).
 */
export function closestName(asked: string, names: readonly string[]): string | undefined {
  const a = asked.trim().toLowerCase();
  if (a.length < 3) return undefined;
  const allowed = a.length <= 4 ? 1 : 2;
  let best: { name: string; d: number } | undefined;
  let tie = false;
  for (const name of new Set(names)) {
    const n = name.toLowerCase();
    const d = Math.min(distance(a, n), ...n.split(/\s+/).map((w) => distance(a, w)));
    if (d > allowed) continue;
    if (!best || d < best.d) {
      best = { name, d };
      tie = false;
    } else if (d === best.d) tie = true;
  }
  return best && !tie ? best.name : undefined;
}

/** Edit distance (insertions, deletions, substitutions), on strings as short as names. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] as number;
}
