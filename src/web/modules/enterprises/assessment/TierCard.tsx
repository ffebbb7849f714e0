/**
 * One tier of the gap report: its standing, the score and sub-scores, the conditions met (✓), each gap in words
 * (研发费用占比 2.8%，需达到 4%，差 1.2 个百分点，约 96 万元), the figures missing (never guessed) and the rules the
 * engine applied provisionally.
 */
import { Alert, Card, Collapse, Descriptions, List, Space, Tag, Typography } from "antd";
import { CheckCircleTwoTone, CloseCircleTwoTone, QuestionCircleTwoTone } from "@ant-design/icons";
import { Link } from "react-router-dom";
import { groupMissing } from "./missing.ts";
import { closeness, metConditions, scoreGroups, standingOf, type Standing } from "./standing.ts";
import type { TierAssessment } from "../types.ts";
import { formatNumber, textOf } from "../labels.ts";
import { isWebMessageKey, useI18n } from "../../../platform/i18n.tsx";

const STANDING_TAG: Record<Standing, string> = { held: "blue", eligible: "success", notEligible: "error", undecided: "default" };

function Gaps({ tier }: { tier: TierAssessment }) {
  const { t } = useI18n();
  if (tier.gaps.length === 0) return null;
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t("enterprise.assess.gaps")}</Typography.Text>}
      dataSource={tier.gaps}
      renderItem={(gap) => (
        <List.Item data-testid="gap">
          <Space align="start">
            {gap.shortfall === null && !gap.options ? <QuestionCircleTwoTone twoToneColor="#8c8c8c" /> : <CloseCircleTwoTone twoToneColor="#f5222d" />}
            <div>
              <div>{gap.text}</div>
              {gap.options?.length ? (
                <ul style={{ margin: "4px 0 0", paddingLeft: 20 }}>
                  {gap.options.map((o) => (
                    <li key={o.label}>{o.text}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** The figures missing, by the tab they are entered on, each field once, with a link there. */
function Missing({ tier }: { tier: TierAssessment }) {
  const { t } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="missing"
      title={t("enterprise.assess.missing")}
      description={groupMissing(tier.missing).map((g) => (
        <div key={g.tab} style={{ marginTop: 4 }}>
          <Typography.Text strong>{t(`enterprise.tab.${g.tab}`)}：</Typography.Text>
          {g.labels.map((key) => textOf(t, key)).join(t("common.listSeparator"))}
          {g.messages.map((m) => (
            <div key={m}>{m}</div>
          ))}{" "}
          <Link to={`?tab=${g.tab}`}>{t("enterprise.assess.goFill")}</Link>
        </div>
      ))}
    />
  );
}

/** A sub-score's name: ours where the dictionaries have it, else the engine's label of its only item, else its id. */
const subscoreLabel = (id: string, fallback: string, t: Parameters<typeof textOf>[0]) => (isWebMessageKey(`enterprise.subscore.${id}`) ? textOf(t, `enterprise.subscore.${id}`) : fallback);

export function TierCard({ tier, nearest }: { tier: TierAssessment; nearest: boolean }) {
  const { t, lang } = useI18n();
  const standing = standingOf(tier);
  const c = closeness(tier);
  const { result } = tier;
  const met = result ? metConditions(result) : [];
  return (
    <Card
      size="small"
      data-testid={`tier-${tier.tier}`}
      style={nearest ? { borderColor: "#faad14", boxShadow: "0 0 0 2px rgba(250, 173, 20, 0.35)" } : undefined}
      title={
        <Space wrap>
          <span>{tier.tierName}</span>
          <Tag color={STANDING_TAG[standing]}>{t(`enterprise.assess.standing.${standing}`)}</Tag>
          {nearest ? <Tag color="gold">{t("enterprise.assess.nearestTag")}</Tag> : null}
          {result?.provisional ? <Tag color="orange">{t("enterprise.assess.provisional")}</Tag> : null}
        </Space>
      }
      extra={result ? <Typography.Text type="secondary">{result.ruleSet}</Typography.Text> : null}
    >
      <Space orientation="vertical" size="small" style={{ width: "100%" }}>
        {tier.held ? (
          <Typography.Text>
            {t("enterprise.assess.heldCertificate", { number: tier.held.number ?? "—", until: tier.held.validUntil ?? "—" })}
          </Typography.Text>
        ) : null}
        {c && c.total > 0 ? <Typography.Text type="secondary">{t("enterprise.assess.conditionsMet", { met: c.met, total: c.total })}</Typography.Text> : null}
        {tier.errors.length ? (
          <Alert
            type="error"
            showIcon
            title={t("enterprise.assess.errors")}
            description={tier.errors.map((e) => (
              <div key={e.path + e.message}>{e.message}</div>
            ))}
          />
        ) : null}
        {result && (result.score !== null || result.scoreItems.length > 0) ? (
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              {
                key: "score",
                label: t("enterprise.assess.score"),
                children: (
                  <Space wrap>
                    <Typography.Text strong>{result.score === null ? t("enterprise.assess.scoreUnknown") : formatNumber(result.score, lang)}</Typography.Text>
                    {result.scoreRange ? <Typography.Text type="secondary">{t("enterprise.assess.scoreRange", { min: result.scoreRange.min, max: result.scoreRange.max })}</Typography.Text> : null}
                  </Space>
                ),
              },
              ...scoreGroups(result).map((g) => ({
                key: g.id,
                label: subscoreLabel(g.id, g.items.length === 1 ? (g.items[0]?.label ?? g.id) : g.id, t),
                children: `${g.points === null ? "—" : formatNumber(g.points, lang)} / ${g.max}`,
              })),
            ]}
          />
        ) : null}
        <Gaps tier={tier} />
        {standing !== "held" && tier.gaps.length === 0 && result?.eligible === true ? <Typography.Text type="success">{t("enterprise.assess.noGaps")}</Typography.Text> : null}
        {tier.missing.length ? <Missing tier={tier} /> : null}
        <Collapse
          size="small"
          ghost
          items={[
            ...(met.length
              ? [
                  {
                    key: "met",
                    label: t("enterprise.assess.met", { count: met.length }),
                    children: (
                      <List
                        size="small"
                        dataSource={met}
                        renderItem={(cond) => (
                          <List.Item>
                            <Space align="start">
                              <CheckCircleTwoTone twoToneColor="#52c41a" />
                              <span>
                                {cond.label}
                                <Typography.Text type="secondary"> （{cond.article}）</Typography.Text>
                              </span>
                            </Space>
                          </List.Item>
                        )}
                      />
                    ),
                  },
                ]
              : []),
            ...(result?.provisionalRules.length
              ? [
                  {
                    key: "provisional",
                    label: t("enterprise.assess.provisionalRules", { count: result.provisionalRules.length }),
                    children: (
                      <ul style={{ margin: 0, paddingLeft: 20 }}>
                        {result.provisionalRules.map((r) => (
                          <li key={r.id}>
                            {r.rule}
                            <Typography.Text type="secondary">：{r.why}</Typography.Text>
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Space>
    </Card>
  );
}
