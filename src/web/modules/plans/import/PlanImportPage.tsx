/** 导入计划: the plan's text (pasted or uploaded) → the preview the officer corrects → the created plan. */
import { useState } from "react";
import { Card } from "antd";
import { useQueryClient } from "@tanstack/react-query";
import { ImportSource, type PreviewSource } from "./ImportSource.tsx";
import { PreviewCard } from "./PreviewCard.tsx";
import { ImportResult } from "./ImportResult.tsx";
import { planKeys } from "../api.ts";
import { orgKeys } from "../../orgs/api.ts";
import type { PlanCreated, PlanPreview } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";

type Step = { at: "source" } | { at: "preview"; preview: PlanPreview; source: PreviewSource } | { at: "done"; created: PlanCreated };

export function PlanImportPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ at: "source" });
  const restart = () => setStep({ at: "source" });

  if (step.at === "preview") {
    return (
      <PreviewCard
        preview={step.preview}
        source={step.source}
        onRestart={restart}
        onCreated={(created) => {
          void queryClient.invalidateQueries({ queryKey: planKeys.all });
          void queryClient.invalidateQueries({ queryKey: orgKeys.all }); // pending organisations may have been created
          setStep({ at: "done", created });
        }}
      />
    );
  }
  return (
    <Card title={t("import.title")}>
      {step.at === "done" ? <ImportResult created={step.created} onAnother={restart} /> : <ImportSource onPreview={(preview, source) => setStep({ at: "preview", preview, source })} />}
    </Card>
  );
}
