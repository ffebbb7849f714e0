/**
 * Policies: one per module, deny by default. A rule answers "may this actor do this to this record?";
 * anything without a rule is refused. Anonymous callers are refused before any rule runs.
 */
import { DomainError, forbidden, unauthenticated } from "./errors.ts";
import type { Actor } from "./context.ts";

export type Rule<R> = (actor: Actor, record: R) => boolean;

export type Policy<R, A extends string> = {
  can(actor: Actor | null, action: A, record: R): boolean;
  /** Throws 401 for anonymous callers and 403 for a refused action on a record the caller may see. */
  authorize(actor: Actor | null, action: A, record: R): Actor;
  abilities(actor: Actor | null, record: R): Record<A, boolean>;
};

export function definePolicy<R, A extends string>(rules: Record<A, Rule<R>>): Policy<R, A> {
  const can = (actor: Actor | null, action: A, record: R) => actor !== null && rules[action](actor, record);
  return {
    can,
    authorize(actor, action, record) {
      if (!actor) throw unauthenticated();
      if (!rules[action](actor, record)) throw forbidden();
      return actor;
    },
    abilities(actor, record) {
      const out = {} as Record<A, boolean>;
      for (const action of Object.keys(rules) as A[]) out[action] = can(actor, action, record);
      return out;
    },
  };
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

export { DomainError };
