/**
 * The one-page summary for a doctor's visit, as a self-contained A4 HTML page.
 *
 * Main renders it in a separate, script-less window and prints it to PDF, so an inline <style> is
 * fine here (the page also forbids every other resource with its own CSP). Every string that came
 * from the runner (notes, cross-training kinds, painkiller names) is HTML-escaped; so is everything else, to be safe.
 */
import { PAIN_KIND_LABELS, LOCATION_LABELS, RED_FLAG_LABELS } from '../../history/labels';
import { EMERGENCY_HEADLINE } from '../../history/red-flags';
import type { RedFlag, Session } from '../../history/types';
import { PAIN_KINDS, PAIN_LOCATIONS } from '../../history/types';
import { kmToUnit } from '../../history/units';
import type { BackPainType, DistanceUnit } from '../../settings/types';
import { GUIDANCE_DISCLAIMER } from '../disclaimer';
import { summaryData, SUMMARY_WEEKS, type SummaryContext, type SummaryData } from './data';
import { STYLE } from './style';
import { treatmentsLine } from './treatments';
import { runFiguresLine, spotsLine } from './spots';
import { plural } from '../../format/plural';
import { LEVEL_WORDS } from '../level-words';

/** At most this many notes are printed (newest first), so the page stays one page. */
export const SUMMARY_MAX_NOTES = 6;
/** A longer note is cut to this many characters. */
export const SUMMARY_NOTE_CHARS = 200;
/** At most this many days with red flags or nerve symptoms are listed (newest first); the rest are counted. */
export const SUMMARY_MAX_SYMPTOM_DAYS = 8;

const BACK_PAIN_WORDS: Record<BackPainType, string> = {
  mechanical: 'Mechanical: the spine is structurally normal (often a weak core)',
  structural: 'Structural: for example a disc problem or scoliosis',
  unknown: 'Not known yet',
};

const DAY_WORDS = { run: 'Run', cross: 'Cross-training', rest: 'Rest day' } as const;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Nov 2026": unambiguous in any country, and the same on every machine. */
function longDate(localDate: string): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "3 Nov". */
function shortDate(localDate: string): string {
  const [, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]}`;
}

function distanceText(km: number, unit: DistanceUnit): string {
  return `${kmToUnit(km, unit).toFixed(1)} ${unit}`;
}

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Red-flag labels in a sentence: the first as it is, the rest lower-cased. */
function flagText(flags: readonly RedFlag[]): string {
  return flags
    .map((f, i) => {
      const words = RED_FLAG_LABELS[f];
      return escapeHtml(i === 0 ? words : words.charAt(0).toLowerCase() + words.slice(1));
    })
    .join('; ');
}

/** Counts in a fixed order, leaving out what never happened. */
function counted<K extends string>(order: readonly K[], counts: Map<K, number>, words: Record<K, string>): string {
  const rows = order.filter((k) => (counts.get(k) ?? 0) > 0);
  if (rows.length === 0) return '<p class="none">None noted.</p>';
  return `<table class="counts"><tbody>${rows
    .map((k) => `<tr><th scope="row">${escapeHtml(words[k])}</th><td>${plural(counts.get(k)!, 'time')}</td></tr>`)
    .join('')}</tbody></table>`;
}

function overviewText(data: SummaryData, unit: DistanceUnit): string {
  const avgAll = average(data.runPain);
  return [
    plural(data.runCount, 'run'),
    // Runs logged without a distance: no "0.0 km", which reads as a measured nothing.
    data.totalKm > 0 ? distanceText(data.totalKm, unit) : null,
    plural(data.checkInCount, 'check-in'),
    plural(data.routineCount, 'guided routine'),
    avgAll !== null
      ? `average pain after runs ${avgAll.toFixed(1)} / 10, highest ${Math.max(...data.runPain)} / 10`
      : 'no pain scores after runs',
  ]
    .filter((p): p is string => p !== null)
    .join(' · ');
}

function weekRows(data: SummaryData, unit: DistanceUnit): string {
  return data.weeks
    .map((w) => {
      const avg = average(w.painAfterRuns);
      const max = w.painAfterRuns.length > 0 ? Math.max(...w.painAfterRuns) : null;
      const current = w.start <= data.today && data.today <= w.end;
      return `<tr><th scope="row">${shortDate(w.start)} – ${shortDate(w.end)}${current ? ' (so far)' : ''}</th><td>${w.runs}</td><td>${
        w.distanceKm > 0 ? distanceText(w.distanceKm, unit) : '–'
      }</td><td>${avg === null ? '–' : avg.toFixed(1)}</td><td>${max === null ? '–' : max}</td></tr>`;
    })
    .join('');
}

/** One line per day, newest first; emergency signs keep the emergency wording. */
function symptomList(data: SummaryData): string {
  const days = data.symptomDays;
  if (days.length === 0) return '<p class="none">None noted.</p>';
  const items = days
    .slice(0, SUMMARY_MAX_SYMPTOM_DAYS)
    .map((day) => {
      const nerve = day.nerve.join('; ');
      const parts = [
        day.emergency.length > 0
          ? `<strong class="emergency">Emergency sign (${escapeHtml(EMERGENCY_HEADLINE.toLowerCase())}):</strong> ${flagText(day.emergency)}`
          : '',
        day.otherFlags.length > 0 ? `<strong>Red flag:</strong> ${flagText(day.otherFlags)}` : '',
        nerve ? `<strong>Nerve symptoms:</strong> ${escapeHtml(capitalised(nerve))}` : '',
      ].filter(Boolean);
      return `<li><span class="date">${longDate(day.localDate)}</span> ${parts.join('. ')}</li>`;
    })
    .join('');
  const more =
    days.length > SUMMARY_MAX_SYMPTOM_DAYS
      ? `<p class="none">And on ${plural(days.length - SUMMARY_MAX_SYMPTOM_DAYS, 'earlier day')}.</p>`
      : '';
  return `<ul class="symptoms">${items}</ul>${more}`;
}

function findingList(data: SummaryData): string {
  if (data.findings.length === 0) return '<p class="none">Nothing flagged from this history.</p>';
  return `<ul class="findings">${data.findings
    .map(
      (f) =>
        `<li><span class="level level-${f.level}">${LEVEL_WORDS[f.level]}</span> <strong>${escapeHtml(f.title)}.</strong> ${escapeHtml(f.body)}</li>`,
    )
    .join('')}</ul>`;
}

function noteList(data: SummaryData): string {
  const noted = data.notes;
  if (noted.length === 0) return '<p class="none">No notes.</p>';
  const items = noted
    .slice(0, SUMMARY_MAX_NOTES)
    .map((n) => {
      const what = `${DAY_WORDS[n.dayType]}${n.pain === null ? '' : `, pain ${n.pain} / 10`}`;
      return `<li><span class="date">${longDate(n.localDate)}</span> <span class="what">(${what})</span> ${escapeHtml(
        cut(n.text, SUMMARY_NOTE_CHARS),
      )}</li>`;
    })
    .join('');
  const more =
    noted.length > SUMMARY_MAX_NOTES ? `<p class="none">${plural(noted.length - SUMMARY_MAX_NOTES, 'older note')} not shown.</p>` : '';
  return `<ul class="notes">${items}</ul>${more}`;
}

/**
 * The summary page. Covers the last 8 calendar weeks (by the runner's week start), up to `today`;
 * sessions dated after today or with a malformed date are left out. Throws if `today` is not a
 * real local date.
 */
export function doctorSummaryHtml(sessions: readonly Session[], context: SummaryContext): string {
  const { today, settings } = context;
  const unit = settings.distanceUnit;
  const data = summaryData(sessions, context);
  const crossText =
    data.crossKinds.length === 0
      ? ''
      : `<p><strong>Cross-training:</strong> ${data.crossKinds.map((c) => `${escapeHtml(c.label)} (${c.count})`).join(', ')}</p>`;
  const treatments = treatmentsLine(data.treatments);
  const treatmentsText = treatments === null ? '' : `<p>${escapeHtml(treatments)}</p>`;
  const spots = spotsLine(data.spots);
  const spotsText = spots === null ? '' : `<p class="spots">${escapeHtml(spots)}</p>`;
  const figures = runFiguresLine(data.runFigures);
  const figuresText = figures === null ? '' : `<p>${escapeHtml(figures)}</p>`;
  const backPain = settings.backPainType === null ? 'Not answered' : BACK_PAIN_WORDS[settings.backPainType];
  const period = `${longDate(data.firstWeek)} to ${longDate(today)}`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Backstride: summary for a doctor's visit, ${longDate(today)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Back pain and running: summary for a doctor's visit</h1>
<p class="meta">From the Backstride pain diary · last ${SUMMARY_WEEKS} weeks, ${period} · made on ${longDate(today)}</p>
<p><strong>Type of back pain, as the runner answered:</strong> ${escapeHtml(backPain)}</p>
<p><strong>In these ${SUMMARY_WEEKS} weeks:</strong> ${escapeHtml(overviewText(data, unit))}</p>
${crossText}
${treatmentsText}
${figuresText}
</header>
<section>
<h2>Pain after runs, week by week</h2>
<table class="weeks">
<thead><tr><th scope="col">Week</th><th scope="col">Runs</th><th scope="col">Distance (${unit})</th><th scope="col">Average pain after runs</th><th scope="col">Highest pain after a run</th></tr></thead>
<tbody>${weekRows(data, unit)}</tbody>
</table>
<p class="hint">Pain is the runner's own rating from 0 (none) to 10 (worst imaginable), given after the run. “–” means no run or no rating that week.</p>
</section>
<section class="pair">
<div><h2>Where it hurt</h2>${counted(PAIN_LOCATIONS, data.locations, LOCATION_LABELS)}</div>
<div><h2>What kind of pain</h2>${counted(PAIN_KINDS, data.kinds, PAIN_KIND_LABELS)}</div>
</section>
${spotsText}
<section>
<h2>Red flags and nerve symptoms</h2>
${symptomList(data)}
</section>
<section>
<h2>What the app pointed out</h2>
${findingList(data)}
</section>
<section>
<h2>The runner's notes</h2>
${noteList(data)}
</section>
<footer>${escapeHtml(GUIDANCE_DISCLAIMER)}</footer>
</body>
</html>
`;
}
