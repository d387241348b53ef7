/** The promises of a partnership, drafts included, and the "Nytt löfte" form for the samordnare. */
import type { MessageKey } from "../../platform/i18n/index.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { EditorList } from "../get-editor.js";
import { Checkboxes, type FormFailure, PostForm, valuesOf } from "./editor-forms.js";
import { ErrorSummary } from "./editor-page.js";

export function EditorListPage(props: {
  ctx: PageContext;
  nav: NavItem[];
  partnershipName: string;
  base: string;
  list: EditorList;
  failure?: FormFailure;
}) {
  const { ctx, base, failure } = props;
  const { promises, canCreate, vocabulary } = props.list;
  const { t } = ctx;
  const v = valuesOf(failure, "new-promise");
  const year = new Date().getFullYear() + 1;
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("editor.list.title")}
      partnershipName={props.partnershipName}
      nav={props.nav}
    >
      <h1>{t("editor.list.title")}</h1>
      <p>{t("editor.list.intro")}</p>
      <ErrorSummary ctx={ctx} failure={failure} />
      {promises.length === 0 ? (
        <p>{t("editor.list.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("editor.list.title.column")}</th>
              <th scope="col">{t("editor.list.years")}</th>
              <th scope="col">{t("editor.list.status")}</th>
              <th scope="col">{t("editor.list.points")}</th>
            </tr>
          </thead>
          <tbody>
            {promises.map((p) => (
              <tr>
                <td>
                  <a href={`${base}/${p.ref}`}>{p.title.sv}</a>
                </td>
                <td>{p.fromYear === p.toYear ? p.fromYear : `${p.fromYear}–${p.toYear}`}</td>
                <td>{t(`promiseStatus.${p.status}` as MessageKey)}</td>
                <td>{p.commitmentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canCreate ? (
        <section aria-labelledby="new-title">
          <h2 id="new-title">{t("editor.list.new")}</h2>
          <PostForm ctx={ctx} action={base} id="new-promise">
            <label for="new-ref">{t("editor.field.ref")}</label>
            <input id="new-ref" name="ref" required value={v.text("ref", "")} />
            <label for="new-title-field">{t("editor.field.title")}</label>
            <input id="new-title-field" name="title" required value={v.text("title", "")} />
            <label for="new-from">{t("editor.field.fromYear")}</label>
            <input
              id="new-from"
              name="fromYear"
              inputmode="numeric"
              value={v.text("fromYear", String(year))}
            />
            <label for="new-to">{t("editor.field.toYear")}</label>
            <input id="new-to" name="toYear" inputmode="numeric" value={v.text("toYear", String(year))} />
            <label for="new-starts">{t("editor.field.startsOn")}</label>
            <input id="new-starts" name="startsOn" type="date" value={v.text("startsOn", "")} />
            <label for="new-ends">{t("editor.field.endsOn")}</label>
            <input id="new-ends" name="endsOn" type="date" value={v.text("endsOn", "")} />
            <p class="hint">{t("editor.field.spanHint")}</p>
            <Checkboxes
              idPrefix="new-area"
              name="areaIds"
              legend={t("editor.field.areas")}
              options={vocabulary.areas.map((a) => ({ id: a.id, label: a.name }))}
              isChecked={(id) => v.checked("areaIds", id, false)}
            />
            <Checkboxes
              idPrefix="new-party"
              name="partyIds"
              legend={t("editor.field.parties")}
              options={vocabulary.parties.map((p) => ({ id: p.id, label: p.name }))}
              isChecked={(id) => v.checked("partyIds", id, false)}
            />
            <button type="submit">{t("editor.new.submit")}</button>
          </PostForm>
        </section>
      ) : null}
    </WorkspaceLayout>
  );
}
