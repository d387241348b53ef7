/**
 * The promise editor (/arbete/:partnership/loften/:ref): details, lifecycle, points, carry-over,
 * "Nytt löfte från detta" and spreadsheets. Plain forms, no JavaScript; every action is a POST
 * followed by a redirect, or the page again with an error summary and the user's input.
 */
import type { MessageKey } from "../../platform/i18n/index.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import { LIMITS } from "../editor.types.js";
import type { EditorModel } from "../get-editor.js";
import {
  Checkboxes,
  type FormFailure,
  PointFields,
  PostForm,
  reasonParams,
  valuesOf,
} from "./editor-forms.js";

export interface EditorPageProps {
  ctx: PageContext;
  nav: NavItem[];
  partnershipName: string;
  base: string;
  model: EditorModel;
  failure?: FormFailure;
  notice?: string;
}

export function ErrorSummary(props: { ctx: PageContext; failure: FormFailure | undefined }) {
  const { failure } = props;
  if (!failure) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">
        <a href={`#${failure.form}`}>{failure.message}</a>
      </h2>
      {failure.lines.length > 0 ? (
        <ul>
          {failure.lines.map((l) => (
            <li>{l}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function EditorPage(props: EditorPageProps) {
  const { ctx, model, base, failure } = props;
  const { t } = ctx;
  const { promise } = model;
  const title = promise.title.sv;
  const status = t(`promiseStatus.${promise.status}` as MessageKey);
  const details = valuesOf(failure, "details");
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("editor.promise.title", { title })}
      partnershipName={props.partnershipName}
      nav={props.nav}
    >
      <h1>{t("editor.promise.title", { title })}</h1>
      {props.notice ? (
        <p class="success" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary ctx={ctx} failure={failure} />
      <p class="meta">
        {t("editor.promise.status", { status })} · {t("editor.promise.version", { version: promise.version })}{" "}
        · <a href={`${base}/forhandsvisning`}>{t("editor.promise.preview")}</a>
      </p>
      {!model.canManage && !model.canAddPoints && !model.canEditPublicTexts ? (
        <p class="notice">{t("editor.promise.readOnly")}</p>
      ) : null}
      {!model.editable ? <p class="notice">{t("editor.promise.locked", { status })}</p> : null}

      <section aria-labelledby="details-title">
        <h2 id="details-title">{t("editor.promise.details")}</h2>
        <PostForm ctx={ctx} action={`${base}/uppgifter`} id="details">
          <input type="hidden" name="version" value={String(promise.version)} />
          <label for="details-title-field">{t("editor.field.title")}</label>
          <input
            id="details-title-field"
            name="title"
            required
            maxlength={LIMITS.title}
            value={details.text("title", title)}
            disabled={!model.canManage}
          />
          <label for="details-from">{t("editor.field.fromYear")}</label>
          <input
            id="details-from"
            name="fromYear"
            inputmode="numeric"
            value={details.text("fromYear", String(promise.fromYear))}
            disabled={!model.canManage}
          />
          <label for="details-to">{t("editor.field.toYear")}</label>
          <input
            id="details-to"
            name="toYear"
            inputmode="numeric"
            value={details.text("toYear", String(promise.toYear))}
            disabled={!model.canManage}
          />
          <label for="details-starts">{t("editor.field.startsOn")}</label>
          <input
            id="details-starts"
            name="startsOn"
            type="date"
            value={details.text("startsOn", promise.startsOn ?? "")}
            disabled={!model.canManage}
          />
          <label for="details-ends">{t("editor.field.endsOn")}</label>
          <input
            id="details-ends"
            name="endsOn"
            type="date"
            value={details.text("endsOn", promise.endsOn ?? "")}
            disabled={!model.canManage}
          />
          <p class="hint">{t("editor.field.spanHint")}</p>
          <label for="details-background">{t("editor.field.background")}</label>
          <textarea id="details-background" name="background" disabled={!model.canManage}>
            {details.text("background", promise.background?.sv ?? "")}
          </textarea>
          <label for="details-how">{t("editor.field.howMade")}</label>
          <textarea id="details-how" name="howMade" disabled={!model.canManage}>
            {details.text("howMade", promise.howMade?.sv ?? "")}
          </textarea>
          <Checkboxes
            idPrefix="details-area"
            name="areaIds"
            legend={t("editor.field.areas")}
            options={model.vocabulary.areas.map((a) => ({ id: a.id, label: a.name }))}
            isChecked={(id) => details.checked("areaIds", id, model.areaIds.includes(id))}
            disabled={!model.canManage}
          />
          <Checkboxes
            idPrefix="details-party"
            name="partyIds"
            legend={t("editor.field.parties")}
            options={model.vocabulary.parties.map((p) => ({ id: p.id, label: p.name }))}
            isChecked={(id) => details.checked("partyIds", id, model.partyIds.includes(id))}
            disabled={!model.canManage}
          />
          {model.canManage ? <button type="submit">{t("editor.promise.save")}</button> : null}
        </PostForm>
      </section>

      {model.canEditPublicTexts && !model.canManage ? <PublicTexts {...props} /> : null}
      <Lifecycle {...props} />
      <Points {...props} />
      {model.canManage ? <NextPromise {...props} /> : null}
      <Spreadsheets {...props} />
    </WorkspaceLayout>
  );
}

/**
 * The kommunikatör's form: only the texts residents read. (The samordnare edits them in the
 * details form above, with the rest of the promise.)
 */
function PublicTexts(props: EditorPageProps) {
  const { ctx, model, base, failure } = props;
  const { t } = ctx;
  const { promise } = model;
  const texts = valuesOf(failure, "texts");
  return (
    <section aria-labelledby="texts-title" id="texts">
      <h2 id="texts-title">{t("editor.texts.title")}</h2>
      <p>{t("editor.texts.intro")}</p>
      <PostForm ctx={ctx} action={`${base}/texter`} id="texts-form">
        <input type="hidden" name="version" value={String(promise.version)} />
        <label for="texts-background">{t("editor.field.background")}</label>
        <textarea id="texts-background" name="background" maxlength={LIMITS.text}>
          {texts.text("background", promise.background?.sv ?? "")}
        </textarea>
        <label for="texts-how">{t("editor.field.howMade")}</label>
        <textarea id="texts-how" name="howMade" maxlength={LIMITS.text}>
          {texts.text("howMade", promise.howMade?.sv ?? "")}
        </textarea>
        <button type="submit">{t("editor.texts.save")}</button>
      </PostForm>
      <p>
        <a href={`${base}/oversattningar`}>{t("translations.link")}</a>
      </p>
    </section>
  );
}

function Lifecycle(props: EditorPageProps) {
  const { ctx, model, base } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="status-title" id="status">
      <h2 id="status-title">{t("editor.lifecycle.title")}</h2>
      {model.transitions.length === 0 ? <p>{t("editor.lifecycle.none")}</p> : null}
      {model.transitions.map(({ to, reasons }) => {
        const label = t(`promiseStatus.${to}` as MessageKey);
        return (
          <div class="card">
            {model.canManage ? (
              <PostForm ctx={ctx} action={`${base}/lage`} class="actions">
                <input type="hidden" name="version" value={String(model.promise.version)} />
                <input type="hidden" name="to" value={to} />
                {to === "signed" ? (
                  <>
                    <label for="signed-on" class="inline">
                      {t("editor.field.signedOn")}
                    </label>
                    <input id="signed-on" name="signedOn" type="date" />
                  </>
                ) : null}
                <button type="submit">{t("editor.lifecycle.to", { status: label })}</button>
              </PostForm>
            ) : null}
            {reasons.length > 0 ? (
              <>
                <p>{t("editor.lifecycle.refused", { status: label })}</p>
                <ul>
                  {reasons.map((r) => (
                    <li>{t(`refusal.${r.code}` as MessageKey, reasonParams(t, r.params))}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}

function Points(props: EditorPageProps) {
  const { ctx, model, base, failure } = props;
  const { t } = ctx;
  const count = model.points.length;
  return (
    <section aria-labelledby="points-title">
      <h2 id="points-title">{t("editor.points.title")}</h2>
      {count === 0 ? <p>{t("editor.points.empty")}</p> : null}
      {model.points.map((p, i) => {
        const formId = `point-${p.id}`;
        const writable = p.canEdit && model.editable;
        const carry = valuesOf(failure, `carry-${p.id}`);
        const decision = carry.text("decision", p.carryOver?.decision ?? "");
        return (
          <article class="card" aria-labelledby={`${formId}-h`}>
            <h3 id={`${formId}-h`}>{t("editor.point.heading", { number: p.number })}</h3>
            <p class="meta">{t("editor.point.externalId", { id: p.externalId })}</p>
            <p>
              <a href={`${base.split("/loften/")[0]}/dialoger/punkter/${p.id}`}>
                {t("dialogues.why.page", { number: p.number })}
              </a>
            </p>
            {p.carriedFrom ? (
              <p>
                {t("editor.point.carriedFrom", {
                  ref: p.carriedFrom.promiseRef,
                  number: p.carriedFrom.number,
                })}
              </p>
            ) : null}
            {p.carriedTo.map((l) => (
              <p>{t("editor.point.carriedTo", { ref: l.promiseRef, number: l.number })}</p>
            ))}
            <PostForm ctx={ctx} action={`${base}/punkter/${p.id}`} id={formId}>
              <input type="hidden" name="version" value={String(p.version)} />
              <PointFields
                ctx={ctx}
                model={model}
                formId={formId}
                point={p}
                failure={failure}
                disabled={!writable}
              />
              {writable ? (
                <button type="submit">{t("editor.point.save", { number: p.number })}</button>
              ) : null}
            </PostForm>
            <div class="actions">
              {model.canManage && model.editable && i > 0 ? (
                <PostForm ctx={ctx} action={`${base}/punkter/${p.id}/flytta`}>
                  <input type="hidden" name="version" value={String(model.promise.version)} />
                  <input type="hidden" name="direction" value="up" />
                  <button type="submit" class="secondary">
                    {t("editor.point.moveUp", { number: p.number })}
                  </button>
                </PostForm>
              ) : null}
              {model.canManage && model.editable && i < count - 1 ? (
                <PostForm ctx={ctx} action={`${base}/punkter/${p.id}/flytta`}>
                  <input type="hidden" name="version" value={String(model.promise.version)} />
                  <input type="hidden" name="direction" value="down" />
                  <button type="submit" class="secondary">
                    {t("editor.point.moveDown", { number: p.number })}
                  </button>
                </PostForm>
              ) : null}
              {writable ? (
                <PostForm ctx={ctx} action={`${base}/punkter/${p.id}/ta-bort`}>
                  <input type="hidden" name="version" value={String(p.version)} />
                  <button type="submit" class="secondary">
                    {t("editor.point.remove", { number: p.number })}
                  </button>
                </PostForm>
              ) : null}
            </div>
            {p.canDecideCarryOver ? (
              <PostForm ctx={ctx} action={`${base}/punkter/${p.id}/overforing`} id={`carry-${p.id}`}>
                <input type="hidden" name="version" value={String(p.version)} />
                <fieldset>
                  <legend>{t("editor.carry.title")}</legend>
                  {(["", "carry", "close"] as const).map((d) => (
                    <div class="check">
                      <input
                        type="radio"
                        id={`carry-${p.id}-${d || "none"}`}
                        name="decision"
                        value={d}
                        checked={decision === d}
                      />{" "}
                      <label for={`carry-${p.id}-${d || "none"}`} class="inline">
                        {t(
                          d === ""
                            ? "editor.carry.none"
                            : d === "carry"
                              ? "editor.carry.carry"
                              : "editor.carry.close",
                        )}
                      </label>
                    </div>
                  ))}
                  <label for={`carry-${p.id}-reason`}>{t("editor.field.reason")}</label>
                  <textarea id={`carry-${p.id}-reason`} name="reason">
                    {carry.text("reason", p.carryOver?.reason?.sv ?? "")}
                  </textarea>
                </fieldset>
                <button type="submit">{t("editor.carry.save", { number: p.number })}</button>
              </PostForm>
            ) : null}
          </article>
        );
      })}
      {model.canAddPoints && model.editable ? (
        <section aria-labelledby="new-point-title" class="card">
          <h3 id="new-point-title">{t("editor.point.add")}</h3>
          <PostForm ctx={ctx} action={`${base}/punkter`} id="new-point">
            <PointFields
              ctx={ctx}
              model={model}
              formId="new-point"
              point={null}
              failure={failure}
              disabled={false}
            />
            <button type="submit">{t("editor.point.addSubmit")}</button>
          </PostForm>
        </section>
      ) : null}
    </section>
  );
}

function NextPromise(props: EditorPageProps) {
  const { ctx, model, base, failure } = props;
  const { t } = ctx;
  const v = valuesOf(failure, "next");
  const year = model.promise.toYear + 1;
  const suggestedRef = model.promise.ref.replace(/\d{4}$/, String(year));
  return (
    <section aria-labelledby="next-title">
      <h2 id="next-title">{t("editor.next.title")}</h2>
      <p>{t("editor.next.intro")}</p>
      <PostForm ctx={ctx} action={`${base}/nytt-fran-detta`} id="next">
        <label for="next-ref">{t("editor.field.ref")}</label>
        <input
          id="next-ref"
          name="ref"
          required
          value={v.text("ref", suggestedRef === model.promise.ref ? "" : suggestedRef)}
        />
        <label for="next-title-field">{t("editor.field.title")}</label>
        <input
          id="next-title-field"
          name="title"
          required
          value={v.text("title", model.promise.title.sv.replace(String(model.promise.toYear), String(year)))}
        />
        <label for="next-from">{t("editor.field.fromYear")}</label>
        <input id="next-from" name="fromYear" inputmode="numeric" value={v.text("fromYear", String(year))} />
        <label for="next-to">{t("editor.field.toYear")}</label>
        <input id="next-to" name="toYear" inputmode="numeric" value={v.text("toYear", String(year))} />
        {model.points.map((p, i) => (
          <fieldset>
            <legend>{t("editor.point.heading", { number: p.number })}</legend>
            <div class="check">
              <input
                type="checkbox"
                id={`next-carry-${p.id}`}
                name={`choices.${i}.commitmentId`}
                value={p.id}
                checked={v.checked(`choices.${i}.commitmentId`, p.id, p.carryOver?.decision === "carry")}
              />{" "}
              <label for={`next-carry-${p.id}`} class="inline">
                {t("editor.next.carry", { number: p.number, text: p.text.sv })}
              </label>
            </div>
            <label for={`next-reason-${p.id}`}>{t("editor.next.reason", { number: p.number })}</label>
            <textarea id={`next-reason-${p.id}`} name={`choices.${i}.reason`}>
              {v.text(
                `choices.${i}.reason`,
                p.carryOver?.decision === "carry" ? (p.carryOver.reason?.sv ?? "") : "",
              )}
            </textarea>
          </fieldset>
        ))}
        <button type="submit">{t("editor.next.submit")}</button>
      </PostForm>
    </section>
  );
}

function Spreadsheets(props: EditorPageProps) {
  const { ctx, base } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="sheet-title">
      <h2 id="sheet-title">{t("editor.sheet.title")}</h2>
      <p>{t("editor.sheet.intro")}</p>
      <ul>
        <li>
          <a href={`${base}/export.xlsx`}>{t("editor.sheet.exportXlsx")}</a>
        </li>
        <li>
          <a href={`${base}/export.csv`}>{t("editor.sheet.exportCsv")}</a>
        </li>
        <li>
          <a href={`${base.replace(/\/[^/]+$/, "")}/mall.xlsx`}>{t("editor.sheet.template")}</a>
        </li>
      </ul>
      {/* Rapportörer may import follow-ups too; the import checks every row against the policy. */}
      <PostForm ctx={ctx} action={`${base}/import`} id="import" multipart>
        <label for="import-file">{t("editor.field.file", { max: LIMITS.uploadMegabytes })}</label>
        <input id="import-file" name="file" type="file" required accept=".xlsx,.csv,text/csv" />
        <button type="submit">{t("editor.sheet.upload")}</button>
      </PostForm>
    </section>
  );
}
