/** Saving a record form: create or update, the server's field errors under their fields, then the record's page. */
import { useState } from "react";
import type { FormInstance } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router-dom";
import { createRecord, marketKeys, saveRecord } from "../api.ts";
import { KIND_PATH, type InputOf, type Kind } from "../types.ts";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

export function useRecordSave<K extends Kind>(kind: K, id: string | undefined, form: FormInstance, fields: readonly string[]) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const save = useMutation({
    mutationFn: (input: InputOf<K>) => (id ? saveRecord(kind, id, input) : createRecord(kind, input)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: marketKeys.all });
      navigate(`/market/${KIND_PATH[kind]}/${saved.id}`);
    },
    onError: (error) => setExtra(applyServerErrors(form, error, fields)),
  });
  const submit = (input: InputOf<K>) => {
    setExtra([]);
    save.mutate(input);
  };
  return { save, extra, submit };
}
