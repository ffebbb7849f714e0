/**
 * The owner's switches: 公开/取消公开 for achievements, patents and experts (the stored record sent back whole with
 * 公开 changed), 发布/关闭 for demands (their own actions, which start and stop the 48-hour clock).
 */
import { App } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { createRecord, getRecord, marketKeys, saveRecord, setDemandStatus } from "../api.ts";
import { withPublished, type KindInput } from "../forms/values.ts";
import type { Kind } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { errorMessage } from "../../../platform/ErrorAlert.tsx";

function save(id: string, body: KindInput) {
  switch (body.kind) {
    case "achievement":
      return saveRecord("achievement", id, body.input);
    case "expert":
      return saveRecord("expert", id, body.input);
    case "patent":
      return createRecord("patent", body.input);
    case "demand":
      return saveRecord("demand", id, body.input);
  }
}

export function usePublishing() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const done = (text: string) => {
    void message.success(text);
    void queryClient.invalidateQueries({ queryKey: marketKeys.all });
  };
  const failed = (error: Error) => void message.error(errorMessage(error, t));

  const publish = useMutation({
    mutationFn: async ({ kind, id, published }: { kind: Exclude<Kind, "demand">; id: string; published: boolean }) => {
      const record = await queryClient.fetchQuery({ queryKey: marketKeys.record(kind, id), queryFn: () => getRecord(kind, id), staleTime: 0 });
      return save(id, withPublished(record, published));
    },
    onSuccess: (_, v) => done(v.published ? t("mine.published") : t("mine.unpublished")),
    onError: failed,
  });
  const demand = useMutation({
    mutationFn: ({ id, action }: { id: string; action: "publish" | "close" }) => setDemandStatus(id, action),
    onSuccess: (_, v) => done(v.action === "publish" ? t("mine.demandPublished") : t("mine.demandClosed")),
    onError: failed,
  });
  return { publish, demand };
}
