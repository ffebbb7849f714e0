/** Structured JSON-line logs. Never log passwords, tokens or identity numbers. */
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: undefined,
  redact: ["password", "newPassword", "currentPassword", "token", "*.password", "*.token"],
});
