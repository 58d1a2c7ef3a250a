// Output helper: any value → YAML text, as `briefing inspect` prints a Statement.
// Borrows yaml's stringify.

import { stringify } from "yaml";

/** `value` as YAML text (block style, long lines kept whole), as `briefing inspect` prints it. */
export function toYamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}
