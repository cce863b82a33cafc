// One order for names (file paths, codes), the same on every machine and in every locale.
// `localeCompare` would depend on the locale and costs ~10 ms of ICU start-up in every run;
// this ignores letter case first, so `B.yaml` still sorts after `a.yaml`, then breaks ties by
// code unit so the order is total.
export function byName(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
