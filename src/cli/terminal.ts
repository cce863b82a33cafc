// The terminal's width is read here, at the edge, and passed into the pure table renderers.

/** Width for tables: the terminal's columns when stdout is one, else COLUMNS when set, else 80. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  if (stream.isTTY === true && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const columns = env.COLUMNS;
  if (columns !== undefined && /^\d+$/.test(columns) && Number(columns) > 0) return Number(columns);
  return 80;
}
