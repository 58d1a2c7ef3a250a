// Theme stage: a length as written in theme.yaml (72, "20mm", "1in") → points (zod schema).

import { z } from "zod";

const POINTS_PER_UNIT = { pt: 1, mm: 72 / 25.4, cm: 72 / 2.54, in: 72 } as const;

const lengthHint = "expected a length like 72, 12pt, 20mm, 2cm or 1in";

/**
 * A length in a theme: a number of points, or a string with a unit (`20mm`, `2.5cm`, `1in`, `12pt`).
 * Parsed into points, rounded to 1/100 pt so Documents stay stable across platforms.
 */
export const LengthSchema = z
  .union(
    [
      z.number(),
      z
        .string()
        .regex(/^\s*-?\d+(\.\d+)?\s*(pt|mm|cm|in)\s*$/, lengthHint)
        .transform((text) => {
          const match = /^\s*(-?\d+(?:\.\d+)?)\s*(pt|mm|cm|in)\s*$/.exec(text);
          const unit = (match?.[2] ?? "pt") as keyof typeof POINTS_PER_UNIT;
          return Number(match?.[1]) * POINTS_PER_UNIT[unit];
        }),
    ],
    { error: lengthHint },
  )
  .transform((points) => Math.round(points * 100) / 100);

export const NonNegativeLengthSchema = LengthSchema.refine(
  (points) => points >= 0,
  "expected a length of 0 or more",
);
