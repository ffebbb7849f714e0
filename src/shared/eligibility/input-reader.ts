/**
 * Reads an assessment's JSON input field by field, collecting field errors ({ path, key, params }) instead of
 * stopping at the first. A field that is absent or null is simply not given: the engine decides whether it is
 * needed and lists it as missing — the reader never fills it in.
 */
import type { MessageKey, MessageParams } from "../i18n/index.ts";
import { isIsoDate } from "./dates.ts";
import type { FieldIssue } from "./types.ts";

/** A read input: typed and free of field errors, or the field errors. */
export type Read<T> = { input: T; errors: [] } | { input: null; errors: FieldIssue[] };

/**
 * asCompacted: read the input as it would read once compacted (enterprise/inputs.ts drops undefined and null fields,
 * then objects left empty): such a field is absent, not an error, and not an unknown field. The registry mapping
 * builds its inputs with every field named and reads them so, without making a compacted copy first.
 */
export type ReadOptions = { asCompacted?: boolean };

type NumberRule = { min?: number; max?: number; integer?: boolean; allowNegative?: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Whether compacting drops the value: undefined, null, or an object (not an array) with nothing but such values. */
function dropped(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v !== "object" || Array.isArray(v)) return false;
  for (const key of Object.keys(v)) if (!dropped((v as Record<string, unknown>)[key])) return false;
  return true;
}

const knownSets = new WeakMap<readonly string[], Set<string>>();

function knownSet(known: readonly string[]): Set<string> {
  let set = knownSets.get(known);
  if (!set) {
    set = new Set(known);
    knownSets.set(known, set);
  }
  return set;
}

export class Reader {
  private constructor(
    readonly errors: FieldIssue[],
    private readonly src: Record<string, unknown>,
    private readonly prefix: string,
    private readonly asCompacted: boolean,
  ) {}

  /** The root object; every key outside `known` is reported (a misspelt field would otherwise read as missing). */
  static root(value: unknown, known: readonly string[], options: ReadOptions = {}): Reader | FieldIssue[] {
    const errors: FieldIssue[] = [];
    if (!isRecord(value)) return [{ path: "", key: "assess.not_object" }];
    const reader = new Reader(errors, value, "", options.asCompacted === true);
    reader.unknownKeys(known);
    return reader;
  }

  /** The field's value, or undefined when it is absent. */
  private value(key: string): unknown {
    const v = this.src[key];
    if (v === undefined || v === null) return undefined;
    return this.asCompacted && typeof v === "object" && dropped(v) ? undefined : v;
  }

  path(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }

  error(key: string, message: MessageKey, params?: MessageParams): void {
    this.errors.push({ path: this.path(key), key: message, ...(params ? { params } : {}) });
  }

  has(key: string): boolean {
    return this.value(key) !== undefined;
  }

  private unknownKeys(known: readonly string[]): void {
    // Long lists (the inputs' root fields) are looked up in a set, made once per list.
    const set = known.length > 8 ? knownSet(known) : null;
    for (const key of Object.keys(this.src)) {
      if (!(set ? set.has(key) : known.includes(key)) && !(this.asCompacted && dropped(this.src[key]))) this.error(key, "assess.unknown_field");
    }
  }

  number(key: string, rule: NumberRule = {}): number | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (typeof v !== "number" || !Number.isFinite(v)) return void this.error(key, "assess.type_number");
    if (rule.integer && !Number.isInteger(v)) return void this.error(key, "assess.type_integer", { value: v });
    if (!rule.allowNegative && rule.min === undefined && v < 0) return void this.error(key, "assess.negative", { value: v });
    if (rule.min !== undefined && v < rule.min) return void this.error(key, "assess.min", { value: v, min: rule.min });
    if (rule.max !== undefined && v > rule.max) return void this.error(key, "assess.max", { value: v, max: rule.max });
    return v;
  }

  boolean(key: string): boolean | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (typeof v !== "boolean") return void this.error(key, "assess.type_boolean");
    return v;
  }

  date(key: string): string | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (typeof v !== "string" || !isIsoDate(v)) return void this.error(key, "assess.type_date", { value: String(v) });
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (typeof v !== "string" || !(values as readonly string[]).includes(v)) return void this.error(key, "assess.type_enum", { values: values.join(" | ") });
    return v as T;
  }

  /** A nested object, read with its own known keys. */
  child(key: string, known: readonly string[]): Reader | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (!isRecord(v)) return void this.error(key, "assess.type_object");
    const reader = new Reader(this.errors, v, this.path(key), this.asCompacted);
    reader.unknownKeys(known);
    return reader;
  }

  /** The objects of an array, each read with its own known keys. */
  objects(key: string, known: readonly string[]): Reader[] | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) return void this.error(key, "assess.type_array");
    const readers: Reader[] = [];
    v.forEach((item, i) => {
      if (!isRecord(item)) return this.errors.push({ path: `${this.path(key)}[${i}]`, key: "assess.type_object" });
      const reader = new Reader(this.errors, item, `${this.path(key)}[${i}]`, this.asCompacted);
      reader.unknownKeys(known);
      readers.push(reader);
    });
    return readers;
  }
}
