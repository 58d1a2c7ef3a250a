// Word document setup: the docx numbering definitions (decimal, bullet) that list paragraphs use,
// and the list instances each document adds to them.
import { AlignmentType, type INumberingOptions, LevelFormat } from "docx";

export const orderedListReference = "briefing-ordered";
export const bulletListReference = "briefing-bullet";

const indent = { left: 720, hanging: 360 };

/** Real Word numbering: decimal for ordered lists, bullets for the rest. */
export const listNumbering: INumberingOptions = {
  config: [
    {
      reference: orderedListReference,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: "%1.",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent } },
        },
      ],
    },
    {
      reference: bulletListReference,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: "\u2022",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent } },
        },
      ],
    },
  ],
};

// docx's numbering part starts with its own default bullet list (abstract 1, instance 1), then one
// abstract numbering per `listNumbering` entry in order; the lists a document adds are numbered on.
const abstractIds = new Map(listNumbering.config.map(({ reference }, index) => [reference, index + 2]));
const firstListNumId = 2;

/** The `w:numId` of the `index`th list (from 0) a document adds. */
export const listNumId = (index: number): number => firstListNumId + index;

/** Whether `reference` names one of `listNumbering`'s lists. */
export const isListReference = (reference: string): boolean => abstractIds.has(reference);

/**
 * The `w:num` of each list a document adds, on the numbering `references[i]` with `w:numId`
 * `listNumId(i)`, as docx writes a concrete instance: every level restarts at its start.
 */
export function listInstancesXml(references: readonly string[]): string {
  return references
    .map((reference, index) => {
      const config = listNumbering.config.find((entry) => entry.reference === reference);
      const overrides = (config?.levels ?? [])
        .map(
          ({ level, start = 1 }) =>
            `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride>`,
        )
        .join("");
      return `<w:num w:numId="${listNumId(index)}"><w:abstractNumId w:val="${abstractIds.get(reference)}"/>${overrides}</w:num>`;
    })
    .join("");
}
