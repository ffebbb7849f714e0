/** 中文 / English: switches the dictionaries, Ant Design's locale and the language the server answers in. */
import { Segmented } from "antd";
import { useI18n, type Lang } from "./i18n.tsx";

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { value: "zh-CN", label: t("lang.zh") },
        { value: "en", label: t("lang.en") },
      ]}
      aria-label={t("lang.switch")}
    />
  );
}
