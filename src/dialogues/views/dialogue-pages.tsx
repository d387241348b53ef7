/**
 * The dialogues' workspace pages: the list (dialogues without återkoppling first and marked), a
 * new dialogue, one dialogue (its facts, participants table, findings with their links to points,
 * återkoppling and the change form), and "varför den här punkten". No JavaScript; a refused form
 * is shown again with an error summary linking to each field and what was typed.
 */
import type { MessageKey } from "../../platform/i18n/index.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import {
  AGE_BANDS,
  DIALOGUE_KINDS,
  DIALOGUE_METHODS,
  type Dialogue,
  type DialogueSummary,
  FINDING_CATEGORIES,
  GENDERS,
  type PointReason,
} from "../dialogues.types.js";

export interface DialogueFrame {
  ctx: PageContext;
  nav: NavItem[];
  partnershipName: string;
  slug: string;
  /** May the viewer record and change dialogues (shows the forms). */
  canManage: boolean;
}

/** A refused form: which one, its field reasons, what was typed. */
export interface DialogueFailure {
  form: string;
  fields: Record<string, string>;
  values: Record<string, string | string[]>;
  message?: string;
}

export interface Choices {
  areas: Array<{ id: string; name: string }>;
  parties: Array<{ id: string; name: string }>;
  points: Array<{ id: string; number: number; promiseRef: string; promiseTitle: string; text: string }>;
}

type Option = { value: string; label: string };

const base = (slug: string) => `/arbete/${slug}/dialoger`;

export const ageLabel = (t: PageContext["t"], band: string) =>
  band === "unknown" ? t("dialogues.age.unknown") : t("dialogues.age.band", { band: band.replace("-", "–") });

/** One form's fields: labels, typed (or stored) values, reasons beside fields. */
function formKit(
  ctx: PageContext,
  form: string,
  failure: DialogueFailure | undefined,
  initial: Record<string, string | string[]> = {},
) {
  const { t } = ctx;
  const mine = failure?.form === form ? failure : undefined;
  const values = mine ? mine.values : initial;
  const id = (name: string) => `${form}-${name.replace(/\./g, "-")}`;
  const value = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
  };
  const errorOf = (name: string) => mine?.fields[name];
  const ErrorText = (p: { name: string }) => {
    const reason = errorOf(p.name);
    return reason ? (
      <p class="field-error" id={`${id(p.name)}-error`}>
        {t(`dialogues.error.${reason}` as MessageKey)}
      </p>
    ) : null;
  };
  const aria = (name: string) =>
    errorOf(name) ? { "aria-invalid": "true", "aria-describedby": `${id(name)}-error` } : {};
  return {
    id,
    value,
    Summary() {
      if (!mine) return null;
      return (
        <div role="alert" class="error-summary" tabindex={-1}>
          <h2>{t("dialogues.error.summary")}</h2>
          <ul>
            {Object.entries(mine.fields).map(([field, reason]) => (
              <li>
                <a href={`#${id(field)}`}>
                  {t(`dialogues.field.${field}` as MessageKey)}:{" "}
                  {t(`dialogues.error.${reason}` as MessageKey)}
                </a>
              </li>
            ))}
            {mine.message ? <li>{mine.message}</li> : null}
          </ul>
        </div>
      );
    },
    Input(p: { name: string; label: MessageKey; optional?: boolean; type?: string; size?: number }) {
      return (
        <p>
          <label for={id(p.name)}>{t(p.label)}</label>
          <ErrorText name={p.name} />
          <input
            id={id(p.name)}
            name={p.name}
            type={p.type ?? "text"}
            value={value(p.name)}
            size={p.size ?? 40}
            required={!p.optional}
            {...aria(p.name)}
          />
        </p>
      );
    },
    Textarea(p: { name: string; label: MessageKey }) {
      return (
        <p>
          <label for={id(p.name)}>{t(p.label)}</label>
          <ErrorText name={p.name} />
          <textarea id={id(p.name)} name={p.name} rows={3} cols={60} required {...aria(p.name)}>
            {value(p.name)}
          </textarea>
        </p>
      );
    },
    Select(p: { name: string; label: MessageKey; options: Option[] }) {
      const chosen = value(p.name);
      return (
        <p>
          <label for={id(p.name)}>{t(p.label)}</label>
          <ErrorText name={p.name} />
          <select id={id(p.name)} name={p.name} {...aria(p.name)}>
            {p.options.map((o) => (
              <option value={o.value} selected={o.value === chosen}>
                {o.label}
              </option>
            ))}
          </select>
        </p>
      );
    },
    Checkboxes(p: { name: string; label: MessageKey; options: Option[] }) {
      const typed = values[p.name];
      const checked = (v: string) => (Array.isArray(typed) ? typed.includes(v) : typed === v);
      return (
        <fieldset id={id(p.name)} {...aria(p.name)}>
          <legend>{t(p.label)}</legend>
          <ErrorText name={p.name} />
          {p.options.map((o) => (
            <div class="check">
              <input
                type="checkbox"
                id={id(`${p.name}-${o.value}`)}
                name={p.name}
                value={o.value}
                checked={checked(o.value)}
              />{" "}
              <label for={id(`${p.name}-${o.value}`)} class="inline">
                {o.label}
              </label>
            </div>
          ))}
        </fieldset>
      );
    },
    Checkbox(p: { name: string; label: MessageKey; hint: MessageKey }) {
      const v = value(p.name);
      return (
        <div class="check">
          <input
            type="checkbox"
            id={id(p.name)}
            name={p.name}
            value="true"
            checked={v !== "" && v !== "false"}
            aria-describedby={`${id(p.name)}-hint`}
          />{" "}
          <label for={id(p.name)} class="inline">
            {t(p.label)}
          </label>
          <p class="hint" id={`${id(p.name)}-hint`}>
            {t(p.hint)}
          </p>
        </div>
      );
    },
    ErrorText,
  };
}

/** The participants grid as form rows (`participants.N.gender|ageBand|count`). */
function ParticipantsFieldset(props: { ctx: PageContext; kit: ReturnType<typeof formKit> }) {
  const { t } = props.ctx;
  const { kit } = props;
  let row = 0;
  return (
    <fieldset id={kit.id("participants")}>
      <legend>{t("dialogues.field.participants")}</legend>
      <p class="hint">{t("dialogues.field.participantsHint")}</p>
      <kit.ErrorText name="participants" />
      <table>
        <thead>
          <tr>
            <td></td>
            {GENDERS.map((g) => (
              <th scope="col">{t(`dialogues.gender.${g}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {AGE_BANDS.map((band) => (
            <tr>
              <th scope="row">{ageLabel(t, band)}</th>
              {GENDERS.map((gender) => {
                const i = row++;
                const name = `participants.${i}`;
                return (
                  <td>
                    <input type="hidden" name={`${name}.gender`} value={gender} />
                    <input type="hidden" name={`${name}.ageBand`} value={band} />
                    <input
                      type="number"
                      min="0"
                      max="100000"
                      inputmode="numeric"
                      size={5}
                      style="width: 5rem"
                      id={kit.id(`${name}.count`)}
                      name={`${name}.count`}
                      value={kit.value(`${name}.count`)}
                      aria-label={t("dialogues.field.cell", {
                        gender: t(`dialogues.gender.${gender}`),
                        age: ageLabel(t, band),
                      })}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

/** The form values of a stored dialogue (for the change form). */
export function valuesOfDialogue(d: Dialogue): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    kind: d.kind,
    title: d.title,
    heldOn: d.heldOn,
    areaId: d.area.id,
    method: d.method,
    venue: d.venue ?? "",
    public: d.public ? "true" : "",
    organiserIds: d.organisers.map((o) => o.id),
    version: String(d.version),
  };
  let i = 0;
  for (const band of AGE_BANDS) {
    for (const gender of GENDERS) {
      const cell = d.participants.find((p) => p.gender === gender && p.ageBand === band);
      values[`participants.${i++}.count`] = cell ? String(cell.count) : "";
    }
  }
  return values;
}

function DialogueForm(props: {
  ctx: PageContext;
  choices: Choices;
  failure: DialogueFailure | undefined;
  action: string;
  form: string;
  initial?: Record<string, string | string[]>;
  version?: number;
}) {
  const { ctx, choices } = props;
  const { t } = ctx;
  const kit = formKit(ctx, props.form, props.failure, props.initial);
  return (
    <form method="post" action={props.action} novalidate>
      <CsrfField ctx={ctx} />
      {props.version !== undefined ? (
        <input type="hidden" name="version" value={String(props.version)} />
      ) : null}
      <kit.Summary />
      <kit.Select
        name="kind"
        label="dialogues.field.kind"
        options={DIALOGUE_KINDS.map((k) => ({ value: k, label: t(`dialogues.kind.${k}`) }))}
      />
      <kit.Input name="title" label="dialogues.field.title" />
      <kit.Input name="heldOn" label="dialogues.field.heldOn" size={12} />
      <kit.Select
        name="areaId"
        label="dialogues.field.areaId"
        options={choices.areas.map((a) => ({ value: a.id, label: a.name }))}
      />
      <kit.Select
        name="method"
        label="dialogues.field.method"
        options={DIALOGUE_METHODS.map((m) => ({ value: m, label: t(`dialogues.method.${m}`) }))}
      />
      <kit.Input name="venue" label="dialogues.field.venue" optional />
      <kit.Checkboxes
        name="organiserIds"
        label="dialogues.field.organiserIds"
        options={choices.parties.map((p) => ({ value: p.id, label: p.name }))}
      />
      <ParticipantsFieldset ctx={ctx} kit={kit} />
      <kit.Checkbox name="public" label="dialogues.field.public" hint="dialogues.field.publicHint" />
      <p>
        <button type="submit">{t("dialogues.save")}</button>
      </p>
    </form>
  );
}

function DemoMark(props: { ctx: PageContext; demo: boolean }) {
  return props.demo ? <span class="status status-none">{props.ctx.t("dialogues.demo")}</span> : null;
}

function DialogueRows(props: { ctx: PageContext; slug: string; rows: DialogueSummary[] }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t("dialogues.col.date")}</th>
          <th scope="col">{t("dialogues.col.dialogue")}</th>
          <th scope="col">{t("dialogues.col.kind")}</th>
          <th scope="col">{t("dialogues.col.area")}</th>
          <th scope="col">{t("dialogues.col.participants")}</th>
          <th scope="col">{t("dialogues.col.findings")}</th>
          <th scope="col">{t("dialogues.col.feedback")}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((d) => (
          <tr class={d.missingFeedback ? "missing-feedback" : undefined}>
            <td>{d.heldOn}</td>
            <td>
              <a href={`${base(props.slug)}/${d.id}`}>{d.title}</a> <DemoMark ctx={ctx} demo={d.demo} />
            </td>
            <td>{t(`dialogues.kind.${d.kind}`)}</td>
            <td>{d.area.name}</td>
            <td>{d.participantsTotal}</td>
            <td>{d.findingCount}</td>
            <td>
              {d.feedback ? (
                d.feedback.on
              ) : (
                <strong class="status status-not_started">{t("dialogues.missing.badge")}</strong>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DialogueListPage(props: { frame: DialogueFrame; dialogues: DialogueSummary[] }) {
  const { frame, dialogues } = props;
  const { ctx } = frame;
  const { t } = ctx;
  const missing = dialogues.filter((d) => d.missingFeedback);
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("dialogues.title")}
      partnershipName={frame.partnershipName}
      nav={frame.nav}
    >
      <h1>{t("dialogues.title")}</h1>
      <p class="lead">{t("dialogues.intro")}</p>
      {frame.canManage ? (
        <p>
          <a class="button" href={`${base(frame.slug)}/ny`}>
            {t("dialogues.new")}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="missing-feedback" class={missing.length > 0 ? "notice" : undefined}>
        <h2 id="missing-feedback">{t("dialogues.missing.title")}</h2>
        {missing.length > 0 ? (
          <>
            <p>{t("dialogues.missing.intro")}</p>
            <ul>
              {missing.map((d) => (
                <li>
                  <a href={`${base(frame.slug)}/${d.id}#aterkoppling`}>{d.title}</a> ({d.heldOn})
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t("dialogues.missing.none")}</p>
        )}
      </section>
      <h2>{t("dialogues.title")}</h2>
      {dialogues.length > 0 ? (
        <DialogueRows ctx={ctx} slug={frame.slug} rows={dialogues} />
      ) : (
        <p>{t("dialogues.none")}</p>
      )}
    </WorkspaceLayout>
  );
}

export function NewDialoguePage(props: {
  frame: DialogueFrame;
  choices: Choices;
  failure?: DialogueFailure;
}) {
  const { frame } = props;
  const { ctx } = frame;
  const { t } = ctx;
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("dialogues.new")}
      partnershipName={frame.partnershipName}
      nav={frame.nav}
    >
      <p>
        <a href={base(frame.slug)}>{t("dialogues.back")}</a>
      </p>
      <h1>{t("dialogues.new")}</h1>
      <p class="lead">{t("dialogues.intro")}</p>
      <DialogueForm
        ctx={ctx}
        choices={props.choices}
        failure={props.failure}
        action={base(frame.slug)}
        form="dialog"
        initial={{ kind: "citizen", method: "meeting", participants: [] }}
      />
    </WorkspaceLayout>
  );
}

function ParticipantsTable(props: { ctx: PageContext; dialogue: Dialogue }) {
  const { t } = props.ctx;
  const cells = props.dialogue.participants;
  const count = (gender: string, band: string) =>
    cells.find((c) => c.gender === gender && c.ageBand === band)?.count ?? 0;
  const bands = AGE_BANDS.filter((band) => cells.some((c) => c.ageBand === band));
  return (
    <table>
      <caption>{t("dialogues.participants.caption")}</caption>
      <thead>
        <tr>
          <td></td>
          {GENDERS.map((g) => (
            <th scope="col">{t(`dialogues.gender.${g}`)}</th>
          ))}
          <th scope="col">{t("dialogues.participants.sum")}</th>
        </tr>
      </thead>
      <tbody>
        {bands.map((band) => (
          <tr>
            <th scope="row">{ageLabel(t, band)}</th>
            {GENDERS.map((g) => (
              <td>{count(g, band)}</td>
            ))}
            <td>{GENDERS.reduce((s, g) => s + count(g, band), 0)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t("dialogues.participants.sum")}</th>
          {GENDERS.map((g) => (
            <td>{cells.filter((c) => c.gender === g).reduce((s, c) => s + c.count, 0)}</td>
          ))}
          <td>{props.dialogue.participantsTotal}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function DialoguePage(props: {
  frame: DialogueFrame;
  dialogue: Dialogue;
  choices: Choices;
  failure?: DialogueFailure;
  notice?: string;
}) {
  const { frame, dialogue: d, choices, failure } = props;
  const { ctx } = frame;
  const { t } = ctx;
  const here = `${base(frame.slug)}/${d.id}`;
  const findingKit = formKit(ctx, "problem", failure, { category: "otrygghet" });
  const feedbackKit = formKit(ctx, "aterkoppling", failure, {
    feedbackOn: d.feedback?.on ?? "",
    feedbackHow: d.feedback?.how ?? "",
  });
  const pointOptions = choices.points.map((p) => ({
    value: p.id,
    label: `${t("dialogues.point", { number: p.number, ref: p.promiseRef })}: ${p.text}`,
  }));
  return (
    <WorkspaceLayout ctx={ctx} title={d.title} partnershipName={frame.partnershipName} nav={frame.nav}>
      <p>
        <a href={base(frame.slug)}>{t("dialogues.back")}</a>
      </p>
      <h1>
        {d.title} <DemoMark ctx={ctx} demo={d.demo} />
      </h1>
      {props.notice ? (
        <p class="success" role="status">
          {props.notice}
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t("dialogues.col.kind")}</dt>
        <dd>{t(`dialogues.kind.${d.kind}`)}</dd>
        <dt>{t("dialogues.col.date")}</dt>
        <dd>{d.heldOn}</dd>
        <dt>{t("dialogues.col.area")}</dt>
        <dd>
          {d.area.name}
          {d.venue ? `, ${d.venue}` : ""}
        </dd>
        <dt>{t("dialogues.field.method")}</dt>
        <dd>{t(`dialogues.method.${d.method}`)}</dd>
        <dt>{t("dialogues.organisers")}</dt>
        <dd>{d.organisers.map((o) => o.name).join(", ")}</dd>
      </dl>
      <h2>{t("dialogues.participants.title")}</h2>
      <p>{t("dialogues.participants.total", { count: d.participantsTotal })}</p>
      {d.participants.length > 0 ? <ParticipantsTable ctx={ctx} dialogue={d} /> : null}

      <h2 id="aterkoppling">{t("dialogues.feedback.title")}</h2>
      {d.feedback ? (
        <p>{t("dialogues.feedback.done", { date: d.feedback.on, how: d.feedback.how })}</p>
      ) : (
        <p class="notice">
          <strong>{t("dialogues.missing.badge")}.</strong> {t("dialogues.feedback.missing")}
        </p>
      )}
      {frame.canManage ? (
        <form method="post" action={`${here}/aterkoppling`} novalidate>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={String(d.version)} />
          <feedbackKit.Summary />
          <feedbackKit.Input name="feedbackOn" label="dialogues.field.feedbackOn" size={12} />
          <feedbackKit.Input name="feedbackHow" label="dialogues.field.feedbackHow" />
          <p>
            <button type="submit">{t("dialogues.feedback.save")}</button>
          </p>
        </form>
      ) : null}

      <h2 id="problem">{t("dialogues.findings.title")}</h2>
      {d.findings.length === 0 ? <p>{t("dialogues.findings.none")}</p> : null}
      <ul class="points">
        {d.findings.map((f) => {
          const linkKit = formKit(ctx, `punkter-${f.id}`, failure, {
            commitmentIds: f.commitments.map((c) => c.id),
          });
          return (
            <li class="point">
              <p class="point-number">
                {t(`dialogues.category.${f.category}`)}
                {f.place ? ` – ${f.place}` : ""}
              </p>
              <p class="point-text">{f.statement}</p>
              <p class="meta">{t("dialogues.findings.raised", { count: f.raisedBy })}</p>
              <p>
                {t("dialogues.findings.links")}:{" "}
                {f.commitments.length > 0
                  ? f.commitments
                      .map((c) => t("dialogues.point", { number: c.number, ref: c.promiseRef }))
                      .join(", ")
                  : t("dialogues.findings.noLinks")}
              </p>
              {frame.canManage ? (
                <details>
                  <summary>{t("dialogues.field.commitmentIds")}</summary>
                  <form method="post" action={`${here}/problem/${f.id}/punkter`}>
                    <CsrfField ctx={ctx} />
                    <input type="hidden" name="version" value={String(d.version)} />
                    <linkKit.Checkboxes
                      name="commitmentIds"
                      label="dialogues.field.commitmentIds"
                      options={pointOptions}
                    />
                    <div class="actions">
                      <button type="submit">{t("dialogues.findings.link")}</button>
                    </div>
                  </form>
                  <form method="post" action={`${here}/problem/${f.id}/ta-bort`}>
                    <CsrfField ctx={ctx} />
                    <input type="hidden" name="version" value={String(d.version)} />
                    <button type="submit" class="secondary">
                      {t("dialogues.findings.remove")}
                    </button>
                  </form>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      {frame.canManage ? (
        <>
          <h3>{t("dialogues.findings.addTitle")}</h3>
          <form method="post" action={`${here}/problem`} novalidate>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="version" value={String(d.version)} />
            <findingKit.Summary />
            <findingKit.Select
              name="category"
              label="dialogues.field.category"
              options={FINDING_CATEGORIES.map((c) => ({ value: c, label: t(`dialogues.category.${c}`) }))}
            />
            <findingKit.Textarea name="statement" label="dialogues.field.statement" />
            <findingKit.Input name="place" label="dialogues.field.place" optional />
            <findingKit.Input name="raisedBy" label="dialogues.field.raisedBy" type="number" size={6} />
            <p>
              <button type="submit">{t("dialogues.findings.add")}</button>
            </p>
          </form>
          <h2>{t("dialogues.edit.title")}</h2>
          <DialogueForm
            ctx={ctx}
            choices={choices}
            failure={failure}
            action={here}
            form="andra"
            initial={valuesOfDialogue(d)}
            version={d.version}
          />
        </>
      ) : null}
    </WorkspaceLayout>
  );
}

/** "Varför den här punkten" as a list (the workspace's point views use it). */
export function PointReasons(props: {
  ctx: PageContext;
  slug: string;
  reasons: PointReason[];
  headingLevel?: 2 | 3;
}) {
  const { t } = props.ctx;
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby="varfor-punkten">
      <Heading id="varfor-punkten">{t("dialogues.why.title")}</Heading>
      {props.reasons.length === 0 ? (
        <p>{t("dialogues.why.none")}</p>
      ) : (
        <ul>
          {props.reasons.map((r) => (
            <li>
              {t("dialogues.why.item", {
                category: t(`dialogues.category.${r.category}`),
                statement: r.statement,
                count: r.raisedBy,
              })}{" "}
              <span class="meta">
                (
                <a href={`${base(props.slug)}/${r.dialogue.id}`}>
                  {t("dialogues.why.from", { dialogue: r.dialogue.title, date: r.dialogue.heldOn })}
                </a>
                )
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PointReasonsPage(props: {
  frame: DialogueFrame;
  point: { number: number; promiseRef: string; text: string };
  reasons: PointReason[];
}) {
  const { frame } = props;
  const { ctx } = frame;
  const { t } = ctx;
  const title = t("dialogues.why.page", { number: props.point.number });
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={frame.partnershipName} nav={frame.nav}>
      <p>
        <a href={base(frame.slug)}>{t("dialogues.back")}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">
        {t("dialogues.point", { number: props.point.number, ref: props.point.promiseRef })}:{" "}
        {props.point.text}
      </p>
      <PointReasons ctx={ctx} slug={frame.slug} reasons={props.reasons} />
    </WorkspaceLayout>
  );
}
