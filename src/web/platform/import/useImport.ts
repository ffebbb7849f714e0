/**
 * An import page's state: idle → running (with the latest progress) → done (the summary), rejected (the row
 * errors: nothing written) or failed. The upload is aborted when the page goes away; a late answer then changes
 * nothing.
 */
import { useEffect, useRef, useState } from "react";
import type { ImportProgress, RowError } from "./sse.ts";
import type { ImportOptions, ImportOutcome } from "./upload.ts";
import { useMe } from "../auth/session.tsx";
import { useI18n } from "../i18n.tsx";

export type ImportState<S> =
  | { at: "idle" }
  | { at: "running"; name: string; progress: ImportProgress | null }
  | { at: "done"; name: string; summary: S }
  | { at: "rejected"; name: string; errors: RowError[] }
  | { at: "failed"; name: string; error: unknown };

export type RunImport<S> = (file: File, options: ImportOptions) => Promise<ImportOutcome<S>>;

export function useImport<S>(onDone?: (summary: S) => void) {
  const { lang } = useI18n();
  const me = useMe();
  const [state, setState] = useState<ImportState<S>>({ at: "idle" });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = (file: File, run: RunImport<S>) => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ at: "running", name: file.name, progress: null });
    run(file, { csrfToken: me.csrfToken, lang, signal: controller.signal, onProgress: (progress) => setState({ at: "running", name: file.name, progress }) })
      .then((outcome) => {
        if (outcome.kind === "done") {
          onDone?.(outcome.summary);
          setState({ at: "done", name: file.name, summary: outcome.summary });
        } else setState({ at: "rejected", name: file.name, errors: outcome.errors });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ at: "failed", name: file.name, error });
      });
  };
  return { state, start, reset: () => setState({ at: "idle" }) };
}
