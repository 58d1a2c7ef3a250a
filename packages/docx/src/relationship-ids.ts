// Word package assembly: package parts → the same parts with docx's random relationship ids
// renumbered `rId<n>`, so the same Document gives the same bytes.
import type { PartData } from "./deterministic-zip.js";

/**
 * The form of the relationship ids docx draws at random (`rId` + a lower-cased 21-character nanoid),
 * which it gives the relationship of each external hyperlink. Its other relationships are numbered
 * `rId1`, `rId2`, ….
 */
const randomId = /^rId[a-z0-9_-]{21}$/;
const numberedId = /^rId(\d+)$/;
const relationshipId = /<Relationship\b[^>]*?\bId="([^"]*)"/g;
const relationshipsPath = /^(.*?)_rels\/([^/]*)\.rels$/;

const decoder = new TextDecoder();

function text(data: PartData): string {
  return typeof data === "string" ? data : decoder.decode(data);
}

/**
 * Gives every relationship docx named at random the lowest `rId<n>` its part's relationships do not
 * use yet, in the order docx wrote them, in the `.rels` part and in the part whose relationships
 * they are (the only part that refers to them), so the same Document always gives the same bytes.
 * Parts it changes become text; the others are left as they are.
 */
export function numberRelationshipIds(parts: Map<string, PartData>): void {
  for (const [path, data] of parts) {
    const names = relationshipsPath.exec(path);
    if (names === null) continue;
    let rels = text(data);
    const ids = [...rels.matchAll(relationshipId)].map((match) => match[1] as string);
    const random = ids.filter((id) => randomId.test(id) && !numberedId.test(id));
    if (random.length === 0) continue;
    const used = new Set(ids);
    const owner = `${names[1]}${names[2]}`;
    let source = parts.has(owner) ? text(parts.get(owner) as PartData) : undefined;
    let next = 1;
    for (const id of random) {
      while (used.has(`rId${next}`)) next++;
      const numbered = `rId${next}`;
      used.add(numbered);
      // A random id of 21 characters stands nowhere else than where it refers to its relationship.
      rels = rels.replaceAll(`="${id}"`, `="${numbered}"`);
      source = source?.replaceAll(`="${id}"`, `="${numbered}"`);
    }
    parts.set(path, rels);
    if (source !== undefined) parts.set(owner, source);
  }
}
