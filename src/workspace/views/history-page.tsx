import type { HistoryChange, HistoryEvent } from "../../followups/get-point-history.js";
import { hasMessage, type MessageKey } from "../../platform/i18n/index.js";
import type { LocalizedText } from "../../platform/i18n/localized-text.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import { formatDateTime } from "./format.js";
import { LocalText } from "./local-text.js";

/** The history of a point as a timeline: who, when, what, and each field before → after. */
export function HistoryPage(props: {
  ctx: PageContext;
  partnershipName: string;
  nav: NavItem[];
  point: { number: number; text: LocalizedText; promiseRef: string };
  events: HistoryEvent[];
}) {
  const { ctx, point, events } = props;
  const { t } = ctx;
  const title = t("workspace.history.title", { number: point.number });
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={props.partnershipName} nav={props.nav}>
      <h1>{title}</h1>
      <p class="lead">
        {point.promiseRef}: <LocalText ctx={ctx} text={point.text} />
      </p>
      <p>{t("workspace.history.intro")}</p>
      {events.length === 0 ? <p>{t("workspace.history.none")}</p> : null}
      <ol class="points">
        {events.map((e) => (
          <li class="point">
            <p>
              <strong>{e.who}</strong> {describe(ctx, e)} –{" "}
              <time datetime={e.at}>{formatDateTime(ctx.locale, e.at)}</time>
            </p>
            {e.changes.length > 0 ? (
              <ul>
                {e.changes.map((change) => (
                  <li>
                    <Change ctx={ctx} change={change} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </WorkspaceLayout>
  );
}

function describe(ctx: PageContext, e: HistoryEvent): string {
  const key = `workspace.history.action.${e.action}`;
  return hasMessage(key)
    ? ctx.t(key as MessageKey, { period: e.period ?? "" })
    : ctx.t("workspace.history.action.other", { action: e.action });
}

function Change(props: { ctx: PageContext; change: HistoryChange }) {
  const { ctx, change } = props;
  const { t } = ctx;
  const value = (v: string | null) => {
    if (v === null) return t("workspace.history.empty");
    if (change.field === "state")
      return hasMessage(`workspace.state.${v}`) ? t(`workspace.state.${v}` as MessageKey) : v;
    if (change.field === "status")
      return hasMessage(`followUpStatus.${v}`) ? t(`followUpStatus.${v}` as MessageKey) : v;
    return v;
  };
  return (
    <>
      <strong>
        {hasMessage(`workspace.history.field.${change.field}`)
          ? t(`workspace.history.field.${change.field}` as MessageKey)
          : change.field}
        :
      </strong>{" "}
      {value(change.before)} → {value(change.after)}
    </>
  );
}
