// Word document setup: the docx numbering definitions (decimal, bullet) that list paragraphs use.
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
