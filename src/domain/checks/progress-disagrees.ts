/** How far (in percentage points) hand-typed progress may stray from the computed one. */
export const PROGRESS_TOLERANCE_POINTS = 20;

/**
 * Whether the weekly hand-typed percentage (0–100) and the rolled-up progress (0–1) tell different
 * stories. Unknown on either side is no disagreement.
 */
export function progressDisagrees(
  reportedPercent: number | null,
  computed: number | null,
  tolerancePoints: number = PROGRESS_TOLERANCE_POINTS,
): boolean {
  if (reportedPercent === null || computed === null) return false;
  // Rounded to hundredths of a point so float noise (0.7 × 100 = 70.00000000000001) cannot tip it.
  const gap = Math.round(Math.abs(reportedPercent - computed * 100) * 100) / 100;
  return gap > tolerancePoints;
}
