/**
 * Translating a promise's public texts (title, background, how it was made, its points, the
 * results of approved follow-ups, the summary of each published report-back) into the residents' languages, with a status per text and
 * language: missing, current, or outdated (the Swedish changed since the translation was saved,
 * told by the SHA-256 of the Swedish kept in `translation_sources`). Who may: `editPublicTexts`
 * (samordnare and kommunikatör).
 */
import { createHash } from "node:crypto";
import type { Db, Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import {
  isBlank,
  type LocalizedText,
  TRANSLATION_LOCALES,
  type TranslationLocale,
} from "../platform/i18n/localized-text.js";
import type { Viewer } from "../platform/viewer.js";
import { updatePromiseRow } from "./editor.repository.js";
import { authorizedPromise, conflict, type PromiseKey } from "./editor-access.js";
import { findPromise, type PromiseRow } from "./promises.repository.js";
import {
  listApprovedNarratives,
  listPointTexts,
  listPublishedReportSummaries,
  listTranslationSources,
  saveTranslationSource,
  type TranslatableEntity,
  writeTranslation,
} from "./translations.repository.js";
import type {
  SaveTranslations,
  TranslationItem,
  TranslationStatus,
  Translations,
} from "./translations.types.js";

/** The hash a translation's source is compared by. @example sourceHash("Hej") // "…64 hex digits" */
export function sourceHash(swedish: string): string {
  return createHash("sha256").update(swedish, "utf8").digest("hex");
}

interface Slot {
  item: Omit<TranslationItem, "translations">;
  entityType: TranslatableEntity;
  entityId: string;
  field: string;
  text: LocalizedText;
}

async function slotsOf(ex: Executor, promise: PromiseRow): Promise<Slot[]> {
  const slot = (
    entityType: TranslatableEntity,
    entityId: string,
    field: string,
    text: LocalizedText,
    rest: Pick<TranslationItem, "kind" | "number" | "period">,
  ): Slot => ({
    item: { key: `${entityType}.${entityId}.${field}`, source: text.sv, ...rest },
    entityType,
    entityId,
    field,
    text,
  });
  const none = { number: null, period: null };
  const slots: Slot[] = [slot("promise", promise.id, "title", promise.title, { kind: "title", ...none })];
  if (promise.background && !isBlank(promise.background.sv))
    slots.push(
      slot("promise", promise.id, "background", promise.background, { kind: "background", ...none }),
    );
  if (promise.howMade && !isBlank(promise.howMade.sv))
    slots.push(slot("promise", promise.id, "how_made", promise.howMade, { kind: "howMade", ...none }));
  for (const point of await listPointTexts(ex, promise.id))
    slots.push(
      slot("commitment", point.id, "text", point.text, { kind: "point", number: point.number, period: null }),
    );
  for (const result of await listApprovedNarratives(ex, promise.id)) {
    if (!result.narrative || isBlank(result.narrative.sv)) continue;
    slots.push(
      slot("follow_up", result.id, "narrative", result.narrative, {
        kind: "result",
        number: result.number,
        period: result.period,
      }),
    );
  }
  for (const report of await listPublishedReportSummaries(ex, promise.id)) {
    if (!report.matter || isBlank(report.matter.sv)) continue;
    slots.push(
      slot("report_back", report.id, "matter", report.matter, {
        kind: "reportSummary",
        number: report.edition,
        period: null,
      }),
    );
  }
  return slots;
}

async function overviewOf(
  ex: Executor,
  promise: PromiseRow,
): Promise<{ translations: Translations; slots: Slot[] }> {
  const slots = await slotsOf(ex, promise);
  const sources = new Map(
    (await listTranslationSources(ex, promise.id)).map((s) => [
      `${s.entityType}.${s.entityId}.${s.field}:${s.locale}`,
      s.sourceHash,
    ]),
  );
  const items = slots.map((s): TranslationItem => {
    const hash = sourceHash(s.text.sv);
    const state = (locale: TranslationLocale) => {
      const text = s.text[locale];
      if (isBlank(text)) return { text: null, status: "missing" as TranslationStatus };
      const status: TranslationStatus =
        sources.get(`${s.item.key}:${locale}`) === hash ? "current" : "outdated";
      return { text: text as string, status };
    };
    return {
      ...s.item,
      translations: { en: state("en"), ar: state("ar"), so: state("so"), lattlast: state("lattlast") },
    };
  });
  return {
    translations: {
      promiseId: promise.id,
      ref: promise.ref,
      title: promise.title.sv,
      version: promise.version,
      items,
    },
    slots,
  };
}

/** Every translatable text of the promise and each language's status. */
export async function getTranslations(
  options: { db: Db; viewer: Viewer } & PromiseKey,
): Promise<Translations> {
  const promise = await authorizedPromise(options.db, options.viewer, options, "editPublicTexts");
  return (await overviewOf(options.db, promise)).translations;
}

/**
 * Saves one language's texts (the ones sent; a blank text removes that translation), each with
 * the hash of the Swedish it was made from. Names the promise's version it read: a stale one is a
 * conflict (409), and every save bumps it. A key that is not one of the promise's texts is 400.
 */
export async function saveTranslations(
  options: { db: Db; viewer: Viewer; locale: TranslationLocale; input: SaveTranslations } & PromiseKey,
): Promise<Translations> {
  const { db, viewer, locale, input } = options;
  if (!TRANSLATION_LOCALES.includes(locale))
    throw new AppError("invalid_query", { param: "locale", value: locale });
  const before = await authorizedPromise(db, viewer, options, "editPublicTexts");
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const bumped = await updatePromiseRow(tx, before.id, input.version, {});
    if (!bumped) throw conflict("promise", await findPromise(tx, { id: before.id }));
    const { slots } = await overviewOf(tx, bumped);
    const byKey = new Map(slots.map((s) => [s.item.key, s]));
    const changes: { key: string; before: string | null; after: string | null }[] = [];
    for (const { key, text } of input.texts) {
      const slot = byKey.get(key);
      if (!slot) throw new AppError("invalid_body", { param: "texts.key", value: key });
      const previous = slot.text[locale] ?? null;
      const next = isBlank(text) ? "" : text;
      // Nothing to remove. (An unchanged text saved again confirms it against today's Swedish.)
      if (next === "" && previous === null) continue;
      const at = { entityType: slot.entityType, entityId: slot.entityId, field: slot.field, locale };
      await writeTranslation(tx, at, next);
      await saveTranslationSource(tx, {
        promiseId: bumped.id,
        entityType: slot.entityType,
        entityId: slot.entityId,
        field: slot.field,
        locale,
        sourceHash: next === "" ? null : sourceHash(slot.text.sv),
      });
      if ((previous ?? "") !== next)
        changes.push({ key, before: previous, after: next === "" ? null : next });
    }
    audit({
      action: "promise.translations_saved",
      entityType: "promise",
      entityId: bumped.id,
      partnershipId: bumped.partnershipId,
      before: { version: before.version },
      after: { version: bumped.version, locale, changes },
    });
    const fresh = (await findPromise(tx, { id: bumped.id })) ?? bumped;
    return (await overviewOf(tx, fresh)).translations;
  });
}
