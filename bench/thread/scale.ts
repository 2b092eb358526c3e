/** The scales the issue asks for: 1 is ten times Digdir's portfolio. */
export const SCALES = [0.1, 0.33, 1] as const;

/** How many rows of each level a portfolio at `scale` holds. */
export interface ThreadSize {
  scale: number;
  initiatives: number;
  /** Five per initiative on average. */
  elements: number;
  /** Four per roadmap element on average. */
  epics: number;
  /** Ten per epic on average. */
  issues: number;
  people: number;
  productGroups: number;
  products: number;
  teams: number;
  strategicItems: number;
}

export function sizeAt(scale: number): ThreadSize {
  if (!(scale > 0 && scale <= 10)) throw new Error(`scale ${scale} is not between 0 and 10`);
  const initiatives = Math.max(10, Math.round(1000 * scale));
  const elements = initiatives * 5;
  const epics = elements * 4;
  const productGroups = 8;
  return {
    scale,
    initiatives,
    elements,
    epics,
    issues: epics * 10,
    people: Math.max(12, Math.ceil(initiatives / 5)),
    productGroups,
    products: productGroups * 5,
    teams: Math.max(10, Math.round(initiatives / 10)),
    strategicItems: Math.max(10, Math.round(initiatives / 20)),
  };
}

/** "0.33" and "1/3" both read as a third; a list like "0.1,0.33,1" gives several. */
export function parseScales(values: readonly string[]): number[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
    .map((v) => {
      const [num, den] = v.split('/');
      const scale = den === undefined ? Number(num) : Number(num) / Number(den);
      if (!Number.isFinite(scale)) throw new Error(`--scale ${v} is not a number`);
      sizeAt(scale);
      return scale;
    });
}
