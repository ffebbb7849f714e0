/** 我的待办: what the user's units must do now, by kind (sign for, report, review), each leading to its task. */
import { Badge, Card, Col, Empty, Row, Skeleton, Space, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { todoList, planKeys } from "../api.ts";
import { LIGHT_COLORS, usePlanLabels } from "../labels.ts";
import type { TodoItem, TodoKind } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

const KINDS: readonly TodoKind[] = ["acknowledge", "report", "review"];

function TodoRow({ item }: { item: TodoItem }) {
  const { t } = useI18n();
  return (
    <div style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }} data-testid="todo-item">
      <Space orientation="vertical" size={0}>
        <Space>
          <Badge color={LIGHT_COLORS[item.light]} />
          <Link to={`/tasks/${item.taskId}`}>{`${item.taskNumber} ${item.taskTitle}`}</Link>
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[item.orgName, item.periodKey, item.dueDate ? t("todo.dueBy", { date: item.dueDate }) : null].filter(Boolean).join(" · ")}
        </Typography.Text>
      </Space>
    </div>
  );
}

export function TodoPage() {
  const { t } = useI18n();
  const labels = usePlanLabels();
  const todo = useQuery({ queryKey: planKeys.todo(), queryFn: todoList });
  if (todo.isError) return <ErrorAlert error={todo.error} />;
  if (!todo.data) return <Skeleton active />;
  const items = todo.data.items;
  return (
    <Row gutter={[16, 16]}>
      {KINDS.map((kind) => {
        const mine = items.filter((i) => i.kind === kind);
        return (
          <Col key={kind} xs={24} lg={8}>
            <Card title={`${labels.todoKind(kind)} (${mine.length})`} data-testid={`todo-${kind}`}>
              {mine.length ? mine.map((item) => <TodoRow key={`${item.taskId}-${item.orgName}-${item.reportId ?? ""}`} item={item} />) : <Empty description={t("todo.none")} />}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
