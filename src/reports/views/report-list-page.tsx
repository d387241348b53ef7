/**
 * One list of the återrapportering's formal parts, edited as a whole without JavaScript: each
 * row has its fields, a position number (change it to move the row) and a remove box; empty rows
 * at the end add new ones.
 */
import type { MessageKey } from "../../platform/i18n/index.js";
import { CsrfField } from "../../platform/web/forms.js";
import { WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { ListKind } from "../reports.types.js";
import { promiseUrl, type ReportFrame } from "./report-parts.js";

type Column = { name: string; options?: readonly string[]; optionKey?: string; wide?: boolean };

const COLUMNS: Record<ListKind, Column[]> = {
  decisionItems: [{ name: "text", wide: true }],
  attachments: [
    { name: "title", wide: true },
    { name: "kind", options: ["period_report", "promise", "other"], optionKey: "reports.kind" },
    { name: "periodCode" },
  ],
  consultations: [
    { name: "body", wide: true },
    { name: "mode", options: ["collaborated", "prepared"], optionKey: "reports.mode" },
  ],
  signatories: [{ name: "name" }, { name: "title" }],
  distribution: [{ name: "recipient", wide: true }],
  links: [{ name: "url", wide: true }, { name: "label" }],
};

/** Empty rows offered for adding. */
const NEW_ROWS = 2;

export function ReportListPage(props: {
  frame: ReportFrame;
  kind: ListKind;
  ref: string;
  version: number;
  items: Record<string, unknown>[];
  error?: string | undefined;
}) {
  const { frame, kind, items } = props;
  const { ctx } = frame;
  const { t } = ctx;
  const url = `${promiseUrl(frame, props.ref)}/aterrapportering`;
  const listName = t(`reports.field.${kind}` as MessageKey);
  const title = t("reports.list.edit", { list: listName });
  const rows = [...items, ...Array.from({ length: NEW_ROWS }, () => ({}) as Record<string, unknown>)];
  const columns = COLUMNS[kind];
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={frame.partnershipName} nav={frame.nav}>
      <h1>{title}</h1>
      {props.error ? (
        <div role="alert" class="error-summary">
          <h2>{t("reports.errorSummary")}</h2>
          <p>{props.error}</p>
        </div>
      ) : null}
      <p>{t("reports.list.hint")}</p>
      <form method="post" action={`${url}/listor/${kind}`}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(props.version)} />
        {rows.map((item, i) => {
          const isNew = i >= items.length;
          const legend = isNew ? `${t("reports.list.new")} ${i - items.length + 1}` : `${i + 1}`;
          return (
            <fieldset>
              <legend>{legend}</legend>
              {typeof item.id === "string" ? (
                <input type="hidden" name={`items.${i}.id`} value={item.id} />
              ) : null}
              {columns.map((col) => {
                const id = `rad-${i}-${col.name}`;
                const value = String(item[col.name] ?? "");
                return (
                  <p>
                    <label for={id}>{t(`reports.list.col.${col.name}` as MessageKey)}</label>
                    <br />
                    {col.options ? (
                      <select id={id} name={`items.${i}.${col.name}`}>
                        {col.options.map((o) => (
                          <option value={o} selected={value === o}>
                            {t(`${col.optionKey}.${o}` as MessageKey)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        id={id}
                        name={`items.${i}.${col.name}`}
                        value={value}
                        size={col.wide ? 70 : 30}
                      />
                    )}
                  </p>
                );
              })}
              <p>
                <label for={`rad-${i}-position`}>{t("reports.list.position")}</label>{" "}
                <input
                  id={`rad-${i}-position`}
                  name={`items.${i}.position`}
                  value={String(i + 1)}
                  inputmode="numeric"
                  size={3}
                />
                {isNew ? null : (
                  <>
                    {" "}
                    <input type="checkbox" id={`rad-${i}-remove`} name={`items.${i}.remove`} value="true" />{" "}
                    <label for={`rad-${i}-remove`}>{t("reports.list.remove")}</label>
                  </>
                )}
              </p>
            </fieldset>
          );
        })}
        <button type="submit">{t("reports.edit.save")}</button>
      </form>
      <p>
        <a href={url}>{t("reports.backToReport")}</a>
      </p>
    </WorkspaceLayout>
  );
}
