/** `mm` in twips (1/20 pt, 1/1440 inch), rounded to a whole twip: 30 mm is 1701. */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** `cm` in twips, rounded as {@link mmToTwip} rounds: 2 cm is 1134. */
export const cmToTwip = (cm: number): number => mmToTwip(cm * 10);

/** `pt` in twips: 6 pt is 120. */
export const ptToTwip = (pt: number): number => pt * 20;

/** `pt` in half-points, the unit of a run's size in WordprocessingML: 14 pt is 28. */
export const ptToHalfPoint = (pt: number): number => pt * 2;

/** `halfPoints` in pt, the inverse of {@link ptToHalfPoint}: 28 half-points are 14 pt. */
export const halfPointToPt = (halfPoints: number): number => halfPoints / 2;
