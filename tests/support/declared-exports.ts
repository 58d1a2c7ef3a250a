// The names a package entry (index.ts, light.ts) re-exports, read from its source: what
// tests/exports.test.ts snapshots and tests/architecture.test.ts compares between entries.

/** Names an entry exports, and which of them are types only (invisible at run time). */
export function declaredExports(source: string): { values: Set<string>; types: Set<string> } {
  const values = new Set<string>();
  const types = new Set<string>();
  for (const match of source.matchAll(/export\s+(type\s+)?\{([^}]*)\}\s*from/g)) {
    for (const item of (match[2] ?? "").split(",")) {
      const words = item.trim().split(/\s+/);
      if (words[0] === "") continue;
      const isType = match[1] !== undefined || words[0] === "type";
      const name = (isType && words[0] === "type" ? words.slice(1) : words).at(-1) as string;
      (isType ? types : values).add(name);
    }
  }
  return { values, types };
}
