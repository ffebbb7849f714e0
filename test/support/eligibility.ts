/** Helpers for the eligibility engines' tests (src/shared/eligibility). */
import { assess, type AssessmentResult, type Condition, type FieldIssue } from "../../src/shared/eligibility/index.ts";

export type Vector<I = Record<string, unknown>> = { id: string; note: string; input: I; expected: Record<string, unknown> };

/** The result of a valid input; fails the test with the field errors otherwise. */
export function run(tier: string, input: unknown, assessedOn?: string): AssessmentResult {
  const outcome = assess(tier, input, assessedOn ? { assessedOn } : {});
  if (!outcome.ok) throw new Error(`unexpected field errors: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

/** The field errors of an invalid input; fails the test when it is accepted. */
export function errorsOf(tier: string, input: unknown): FieldIssue[] {
  const outcome = assess(tier, input);
  if (outcome.ok) throw new Error("expected field errors, got a result");
  return outcome.errors;
}

export function condition(result: AssessmentResult, id: string): Condition {
  const found = result.conditions.find((c) => c.id === id);
  if (!found) throw new Error(`no condition ${id} in ${result.conditions.map((c) => c.id).join(", ")}`);
  return found;
}

export const met = (result: AssessmentResult, id: string) => condition(result, id).met;

/** A deep copy to modify. */
export const copy = <T>(value: T): T => structuredClone(value);

/** Integer cents of 万元 as the decimal a user would type (123456 → 1234.56). */
export const wan = (cents: number) => cents / 100;
