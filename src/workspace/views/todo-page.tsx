import type { Child } from "hono/jsx";
import type { TodoItem, TodoList } from "../../followups/list-my-points.js";
import { periodName } from "../../periods/calendar.js";
import type { MessageKey } from "../../platform/i18n/index.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import { formatDate } from "./format.js";
import { LocalText } from "./local-text.js";

const GROUPS: { key: keyof Omit<TodoList, "today" | "demoPromiseRefs">; title: MessageKey }[] = [
  { key: "returned", title: "workspace.todo.returned" },
  { key: "overdue", title: "workspace.todo.overdue" },
  { key: "due", title: "workspace.todo.due" },
  { key: "submitted", title: "workspace.todo.submitted" },
  { key: "approved", title: "workspace.todo.approved" },
];

/** "Att rapportera": what is due for me, by when, and what came back. */
export function TodoPage(props: {
  ctx: PageContext;
  slug: string;
  partnershipName: string;
  nav: NavItem[];
  todo: TodoList;
  /** Other modules' sections of the list (findings of safety walks). */
  children?: Child;
}) {
  const { ctx, todo, slug } = props;
  const { t } = ctx;
  const total = GROUPS.reduce((n, g) => n + todo[g.key].length, 0);
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("workspace.todo.title")}
      partnershipName={props.partnershipName}
      nav={props.nav}
    >
      <h1>{t("workspace.todo.title")}</h1>
      <p class="lead">{t("workspace.todo.intro", { today: formatDate(ctx.locale, todo.today) })}</p>
      {todo.demoPromiseRefs.map((ref) => (
        <p class="notice">{t("workspace.demoNotice", { ref })}</p>
      ))}
      {total === 0 ? <p>{t("workspace.todo.none")}</p> : null}
      {GROUPS.filter((g) => todo[g.key].length > 0).map((g) => (
        <section aria-labelledby={`group-${g.key}`}>
          <h2 id={`group-${g.key}`}>
            {t(g.title)} ({todo[g.key].length})
          </h2>
          <ul class="points">
            {todo[g.key].map((item) => (
              <TodoEntry ctx={ctx} slug={slug} item={item} />
            ))}
          </ul>
        </section>
      ))}
      {props.children}
    </WorkspaceLayout>
  );
}

function TodoEntry(props: { ctx: PageContext; slug: string; item: TodoItem }) {
  const { ctx, item } = props;
  const { t } = ctx;
  const href = `/arbete/${props.slug}/punkter/${item.commitmentId}/${item.period}`;
  return (
    <li class="point">
      <p class="point-number">
        <a href={href}>
          {t("workspace.todo.open", { number: item.number, period: periodName(item.period, ctx.locale) })}
        </a>{" "}
        <span class={`status status-${item.state === "approved" ? "done" : "none"}`}>
          {t(`workspace.state.${item.state}`)}
        </span>
      </p>
      <p class="point-text">
        <LocalText ctx={ctx} text={item.text} />
      </p>
      <p class="meta">
        {item.promiseRef} ·{" "}
        {item.overdue
          ? t("workspace.todo.overdueBy", { date: formatDate(ctx.locale, item.deadline) })
          : t("workspace.todo.deadline", { date: formatDate(ctx.locale, item.deadline) })}
      </p>
      {item.returnComment ? (
        <div class="notice">
          <p>{t("workspace.todo.comment")}</p>
          <p>{item.returnComment}</p>
        </div>
      ) : null}
    </li>
  );
}
