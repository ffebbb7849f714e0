/**
 * 推荐对接, explained: for a demand, the achievements, patents and experts that could meet it; for an achievement,
 * the demands it could serve. Each card says why (shared keywords, same domain, distance, TRL, 高价值), how strong
 * the match is against the best one, takes 有用/无用 (the stored answer shows), and offers 联系对接: a supply's owner
 * and contact, or an answer to the demand in the reader's organisation's name.
 */
import { useState } from "react";
import { Alert, App, Button, Card, Empty, List, Progress, Skeleton, Space, Tag, Tooltip, Typography } from "antd";
import { DislikeOutlined, LikeOutlined, TeamOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { getMatches, marketKeys, sendFeedback } from "../api.ts";
import { KIND_COLOR, useMarketLabels } from "../labels.ts";
import { KIND_PATH, type Match, type MatchSubject, type MatchView } from "../types.ts";
import { reasonSentences } from "./reasons.ts";
import { ContactDialog } from "../record/ContactDialog.tsx";
import { RespondDialog } from "../record/RespondDialog.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { ErrorAlert, errorMessage } from "../../../platform/ErrorAlert.tsx";

type Subject = { kind: MatchSubject; id: string; title: string; domain: string | null; draft: boolean };

function MatchItem({ subject, match, rank, best, responded, onContact, onFeedback, saving }: {
  subject: Subject;
  match: Match;
  rank: number;
  best: number;
  responded: boolean;
  onContact: () => void;
  onFeedback: (useful: boolean) => void;
  saving: boolean;
}) {
  const { t, lang } = useI18n();
  const labels = useMarketLabels();
  const { cityLabel } = useLabels();
  const percent = best > 0 ? Math.round((match.score / best) * 100) : 0;
  const score = match.score.toFixed(2);
  const reasons = reasonSentences(match, subject.domain, lang, t, labels.domain);
  return (
    <List.Item data-testid="match" data-kind={match.kind} data-id={match.id}>
      <Space orientation="vertical" size={6} style={{ width: "100%" }}>
        <Space wrap>
          <Typography.Text type="secondary">{rank}.</Typography.Text>
          <Tag color={KIND_COLOR[match.kind]}>{labels.kind(match.kind)}</Tag>
          <Link to={`/market/${KIND_PATH[match.kind]}/${match.id}`} data-testid="match-title">
            <Typography.Text strong>{match.title}</Typography.Text>
          </Link>
          <Typography.Text type="secondary" data-testid="match-org">
            {[match.orgName, cityLabel(match.cityCode)].filter(Boolean).join(" · ")}
          </Typography.Text>
        </Space>
        <Tooltip title={t("match.scoreTitle", { score, percent })}>
          <Progress percent={percent} size="small" format={() => t("match.score", { score })} style={{ maxWidth: 420 }} data-testid="match-score" />
        </Tooltip>
        <Space size={[4, 4]} wrap>
          {reasons.map((r) => (
            <Tag key={r} color="blue" data-testid="match-reason">
              {r}
            </Tag>
          ))}
        </Space>
        <Space wrap>
          <Button size="small" icon={<LikeOutlined />} type={match.feedback === true ? "primary" : "default"} aria-pressed={match.feedback === true} loading={saving} onClick={() => onFeedback(true)} data-testid="match-useful">
            {t("match.useful")}
          </Button>
          <Button size="small" icon={<DislikeOutlined />} type={match.feedback === false ? "primary" : "default"} danger={match.feedback === false} aria-pressed={match.feedback === false} loading={saving} onClick={() => onFeedback(false)} data-testid="match-useless">
            {t("match.useless")}
          </Button>
          {responded ? (
            <Tag color="success" data-testid="match-responded">
              {t("match.responded")}
            </Tag>
          ) : (
            <Button size="small" type="primary" ghost icon={<TeamOutlined />} onClick={onContact} data-testid="match-contact">
              {t("match.contact")}
            </Button>
          )}
        </Space>
      </Space>
    </List.Item>
  );
}

export function MatchesCard({ subject }: { subject: Subject }) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = marketKeys.matches(subject.kind, subject.id);
  const matches = useQuery({ queryKey: key, queryFn: () => getMatches(subject.kind, subject.id) });
  const [contact, setContact] = useState<Match | null>(null);
  const [responded, setResponded] = useState<ReadonlySet<string>>(new Set());
  const feedback = useMutation({
    mutationFn: ({ match, useful, rank }: { match: Match; useful: boolean; rank: number }) =>
      sendFeedback({ subjectKind: subject.kind, subjectId: subject.id, targetKind: match.kind, targetId: match.id, useful, rank }),
    // The stored answer shows at once; the list is not reordered under the reader's hand.
    onSuccess: (_, { match, useful }) =>
      queryClient.setQueryData<MatchView>(key, (old) => (old ? { ...old, items: old.items.map((m) => (m.kind === match.kind && m.id === match.id ? { ...m, feedback: useful } : m)) } : old)),
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const items = matches.data?.items ?? [];
  const best = items[0]?.score ?? 0;
  return (
    <Card title={t(`match.title.${subject.kind}`)} data-testid="matches">
      <Typography.Paragraph type="secondary">{t("match.hint")}</Typography.Paragraph>
      {subject.draft ? <Alert type="info" showIcon title={t("match.draftNote")} style={{ marginBottom: 12 }} /> : null}
      <ErrorAlert error={matches.error} />
      {matches.isPending ? (
        <Skeleton active />
      ) : (
        <List<Match>
          dataSource={items}
          rowKey={(m) => `${m.kind}:${m.id}`}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("match.empty")} /> }}
          renderItem={(m, i) => (
            <MatchItem
              subject={subject}
              match={m}
              rank={i + 1}
              best={best}
              responded={responded.has(m.id)}
              saving={feedback.isPending && feedback.variables?.match.id === m.id}
              onFeedback={(useful) => feedback.mutate({ match: m, useful, rank: i + 1 })}
              onContact={() => setContact(m)}
            />
          )}
        />
      )}
      {contact && contact.kind !== "demand" ? <ContactDialog kind={contact.kind} id={contact.id} onClose={() => setContact(null)} /> : null}
      {contact && contact.kind === "demand" ? (
        <RespondDialog
          me={me}
          demand={{ id: contact.id, title: contact.title }}
          supply={subject.kind === "achievement" ? { kind: "achievement", id: subject.id, title: subject.title } : undefined}
          onSent={() => setResponded((s) => new Set([...s, contact.id]))}
          onClose={() => setContact(null)}
        />
      ) : null}
    </Card>
  );
}
