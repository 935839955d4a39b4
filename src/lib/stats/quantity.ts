import type { Unit } from "~/lib/data/metadata";

/**
 * A number with its unit. Every computation that a chart summary, a key figure or a card prints
 * (a multiple, a share, a sum) goes through the helpers below, which refuse to combine values of
 * different units: 8,800 cases plus 28,000 people is not 36,800 of anything, and a backlog
 * counted in case files in one year and in people in another is not "15× larger". The build
 * stops on a `UnitMismatchError`, naming both values and where they came from.
 *
 * `unstated` is for a published figure whose source does not say what it counts (people or case
 * files): it can be shown, but never compared or added.
 */
export type QuantityUnit = Unit | "unstated";

export interface Quantity {
  value: number;
  unit: QuantityUnit;
  /** Where the value comes from (dataset and row), for the error message. */
  label: string;
}

export class UnitMismatchError extends Error {
  constructor(operation: string, values: readonly Quantity[]) {
    super(`${operation}: cannot combine ${values.map((q) => `${q.label} (${q.value} ${q.unit})`).join(" and ")} — different or unstated units`);
    this.name = "UnitMismatchError";
  }
}

export const quantity = (value: number, unit: QuantityUnit, label: string): Quantity => ({ value, unit, label });

/** True when two values may be compared or added: the same, stated unit. */
export const sameUnit = (a: Quantity, b: Quantity): boolean => a.unit === b.unit && a.unit !== "unstated";

function requireSameUnit(operation: string, values: readonly Quantity[]): QuantityUnit {
  const [first, ...rest] = values;
  if (!first) throw new Error(`${operation}: no values`);
  if (first.unit === "unstated" || rest.some((q) => !sameUnit(first, q))) throw new UnitMismatchError(operation, values);
  return first.unit;
}

/** How many times `a` is `b` (a dimensionless multiple: 21 for "21×"). */
export function ratio(a: Quantity, b: Quantity): number {
  requireSameUnit("ratio", [a, b]);
  if (b.value === 0) throw new Error(`ratio: ${b.label} is zero`);
  return a.value / b.value;
}

/** The part as a fraction of the whole (0.62 for 62%); the part must be of the whole's unit. */
export function share(part: Quantity, whole: Quantity): number {
  requireSameUnit("share", [part, whole]);
  if (whole.value === 0) throw new Error(`share: ${whole.label} is zero`);
  return part.value / whole.value;
}

/** The sum of values of one unit. */
export function sum(values: readonly Quantity[], label: string): Quantity {
  const unit = requireSameUnit("sum", values);
  return quantity(values.reduce((total, q) => total + q.value, 0), unit, label);
}

/**
 * A rate between two different units that is meaningful on purpose (pesos per person who applied).
 * The pair is named so that no accidental cross-unit ratio can pass through here.
 */
const RATES = [["pesos", "people"]] as const;
export function rate(numerator: Quantity, denominator: Quantity): number {
  if (!RATES.some(([n, d]) => numerator.unit === n && denominator.unit === d)) throw new UnitMismatchError("rate", [numerator, denominator]);
  if (denominator.value === 0) throw new Error(`rate: ${denominator.label} is zero`);
  return numerator.value / denominator.value;
}
