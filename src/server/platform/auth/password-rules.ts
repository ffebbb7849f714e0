/**
 * Password rules for 等保 三级 (GB/T 22239-2019 8.1.4.1: identity with complexity requirements): at least 8
 * characters from at least 3 of the 4 classes. Pure.
 */
import type { Message } from "../../../shared/credit-code.ts";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CLASSES = 3;

export function characterClasses(password: string): number {
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];
  return classes.filter((re) => re.test(password)).length;
}

/** The first rule the password breaks, or null. */
export function passwordProblem(password: string, username?: string): Message | null {
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) return { key: "password.too_short", params: { min: PASSWORD_MIN_LENGTH, actual: length } };
  const classes = characterClasses(password);
  if (classes < PASSWORD_MIN_CLASSES) return { key: "password.classes", params: { actual: classes } };
  if (username && password.toLowerCase() === username.toLowerCase()) return { key: "password.same_as_username", params: {} };
  return null;
}

/** A random password that satisfies the rules (the first admin's, shown once). */
export function randomPassword(bytes: Uint8Array): string {
  const sets = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "!@#%^*-_=+"];
  const all = sets.join("");
  const chars = Array.from(bytes, (b, i) => {
    const set = i < sets.length ? (sets[i] ?? all) : all;
    return set.charAt(b % set.length);
  });
  return chars.join("");
}
