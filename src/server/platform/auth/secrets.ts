/** Hashing of passwords (argon2id) and of bearer secrets (SHA-256: they are long random values, not guessable). */
import { hash, verify } from "@node-rs/argon2";
import { createHash, randomBytes } from "node:crypto";

/** OWASP's argon2id setting: 19 MiB, 2 iterations, 1 lane. algorithm 2 is Algorithm.Argon2id (a const enum, unreadable under isolated modules). */
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);
export const verifyPassword = (stored: string, password: string) => verify(stored, password, ARGON2);

/** Verified against when the username is unknown, so both answers take the same time. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

export const randomToken = (bytes = 32) => randomBytes(bytes).toString("base64url");
export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
export { randomBytes };
