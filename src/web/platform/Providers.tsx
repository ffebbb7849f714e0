/** Everything a page needs around it: the query cache, the language, Ant Design's locale and its App context. */
import { useState, type ReactNode } from "react";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import enUS from "antd/locale/en_US";
import { QueryClientProvider } from "@tanstack/react-query";
import { I18nProvider, useI18n } from "./i18n.tsx";
import { createQueryClient } from "./queryClient.ts";

function AntdLocale({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === "en" ? enUS : zhCN} theme={{ token: { colorPrimary: "#1d5fbf" } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AntdLocale>{children}</AntdLocale>
      </I18nProvider>
    </QueryClientProvider>
  );
}
