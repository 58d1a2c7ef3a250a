// Word units: PDF points → Word twips.

/** PDF points (1/72 inch) to Word twips (1/1440 inch). */
export const pointsToTwips = (points: number): number => Math.round(points * 20);
