/**
 * "Händelser per vecka" on `/<partnership>/trygghet`: the weeks the samordnare has published,
 * newest first, each a table of the week's count per category (a caption, `scope` on the headers),
 * the newest also as a server-drawn bar chart with the same figures. A count from 1 to 4 is
 * "färre än 5", never the number; zero is shown. No JavaScript.
 */
import { raw } from "hono/html";
import { renderBarChart } from "../../platform/charts/bar-chart.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { PublicIncidentWeek } from "../public-incidents.js";

const weekParts = (week: string) => ({ week: String(Number(week.slice(6))), year: week.slice(0, 4) });

export function PublicIncidentsSection(props: { ctx: PageContext; weeks: PublicIncidentWeek[] }) {
  const { ctx, weeks } = props;
  const { t } = ctx;
  const fewer = t("publishing.incidents.fewer");
  const shown = (n: number | null) => (n === null ? fewer : String(n));
  return (
    <section id="handelser" aria-labelledby="handelser-rubrik">
      <h2 id="handelser-rubrik">{t("publishing.incidents.title")}</h2>
      {weeks.length === 0 ? (
        <p>{t("publishing.incidents.none")}</p>
      ) : (
        <>
          <p>{t("publishing.incidents.intro")}</p>
          {weeks.map((w, i) => {
            const name = t("publishing.incidents.week", weekParts(w.week));
            const caption = t("publishing.incidents.caption", weekParts(w.week));
            const id = `handelser-${w.week}`;
            return (
              <section aria-labelledby={`${id}-rubrik`}>
                <h3 id={`${id}-rubrik`}>{name}</h3>
                <div class="chart-and-table">
                  {i === 0 && w.categories.length > 0 ? (
                    <figure>
                      {raw(
                        renderBarChart(
                          w.categories.map((c) => ({ label: c.name, value: c.count })),
                          {
                            id: `${id}-diagram`,
                            title: caption,
                            description: t("publishing.incidents.chartDesc"),
                            hiddenLabel: fewer,
                            horizontal: true,
                          },
                        ),
                      )}
                    </figure>
                  ) : null}
                  <table>
                    <caption>{caption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("publishing.incidents.category")}</th>
                        <th scope="col">{t("publishing.incidents.count")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {w.categories.map((c) => (
                        <tr>
                          <th scope="row">{c.name}</th>
                          <td>{shown(c.count)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
