/**
 * The one-page summary for a doctor's visit, as a self-contained A4 HTML page.
 *
 * Main renders it in a separate, script-less window and prints it to PDF, so an inline <style> is
 * fine here (the page also forbids every other resource with its own CSP). Every string that came
 * from the runner (notes, cross-training kinds) is HTML-escaped; so is everything else, to be safe.
 */
import { KIND_LABELS, LOCATION_LABELS, RED_FLAG_LABELS } from '../history/labels';
import { addDays, daysBetween, isLocalDate, weekStartOf } from '../history/dates';
import type { PainKind, PainLocation, RedFlag, Session } from '../history/types';
import { PAIN_KINDS, PAIN_LOCATIONS, RED_FLAGS } from '../history/types';
import { kmToUnit } from '../history/units';
import type { BackPainType, DistanceUnit, Settings } from '../settings/types';
import { GUIDANCE_DISCLAIMER } from './disclaimer';
import { evaluateGuidance } from './evaluate';
import type { FindingLevel } from './types';

export interface SummaryContext {
  /** The runner's local calendar day (YYYY-MM-DD). */
  today: string;
  settings: Settings;
}

/** How many calendar weeks the summary covers (the current week and the 7 before it). */
export const SUMMARY_WEEKS = 8;
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

const LEVEL_WORDS: Record<FindingLevel, string> = {
  'see-doctor': 'See a doctor',
  caution: 'Caution',
  info: 'Info',
};

const DAY_WORDS = { run: 'Run', cross: 'Cross-training', rest: 'Rest day' } as const;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
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

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : text;
}

interface WeekRow {
  start: string;
  end: string;
  runs: number;
  distanceKm: number;
  painAfterRuns: number[];
}

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function validPain(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10 ? value : null;
}

function validDistance(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

/** Counts in a fixed order, leaving out what never happened. */
function counted<K extends string>(order: readonly K[], counts: Map<K, number>, words: Record<K, string>): string {
  const rows = order.filter((k) => (counts.get(k) ?? 0) > 0);
  if (rows.length === 0) return '<p class="none">None noted.</p>';
  return `<table class="counts"><tbody>${rows
    .map((k) => `<tr><th scope="row">${escapeHtml(words[k])}</th><td>${plural(counts.get(k)!, 'time')}</td></tr>`)
    .join('')}</tbody></table>`;
}

/**
 * The summary page. Covers the last 8 calendar weeks (by the runner's week start), up to `today`;
 * sessions dated after today or with a malformed date are left out. Throws if `today` is not a
 * real local date.
 */
export function doctorSummaryHtml(sessions: readonly Session[], context: SummaryContext): string {
  const { today, settings } = context;
  const unit = settings.distanceUnit;
  const firstWeek = addDays(weekStartOf(today, settings.weekStartDay), -7 * (SUMMARY_WEEKS - 1));

  const inWindow = sessions
    .filter((s) => isLocalDate(s.localDate) && s.localDate >= firstWeek && s.localDate <= today)
    .sort((a, b) => a.localDate.localeCompare(b.localDate) || a.startedAt.localeCompare(b.startedAt));
  const checkIns = inWindow.flatMap((s) => (s.checkIn ? [{ session: s, checkIn: s.checkIn }] : []));

  // ---- Weeks
  const weeks: WeekRow[] = [];
  for (let w = 0; w < SUMMARY_WEEKS; w++) {
    const start = addDays(firstWeek, 7 * w);
    weeks.push({ start, end: addDays(start, 6), runs: 0, distanceKm: 0, painAfterRuns: [] });
  }
  const locations = new Map<PainLocation, number>();
  const kinds = new Map<PainKind, number>();
  const crossKinds = new Map<string, { label: string; count: number }>();
  let routines = 0;
  for (const s of inWindow) if (s.routine) routines++;
  for (const { session, checkIn } of checkIns) {
    const week = weeks[Math.floor(daysBetween(firstWeek, session.localDate) / 7)]!;
    if (checkIn.dayType === 'run') {
      week.runs++;
      week.distanceKm += validDistance(checkIn.distanceKm) ?? 0;
      const pain = validPain(checkIn.painNow);
      if (pain !== null) week.painAfterRuns.push(pain);
    }
    for (const l of new Set(checkIn.locations)) locations.set(l, (locations.get(l) ?? 0) + 1);
    for (const k of new Set(checkIn.kinds)) kinds.set(k, (kinds.get(k) ?? 0) + 1);
    const cross = checkIn.dayType === 'cross' ? checkIn.crossTrainingKind.trim() : '';
    if (cross) {
      const key = cross.toLocaleLowerCase();
      const entry = crossKinds.get(key) ?? { label: cross, count: 0 };
      entry.count++;
      crossKinds.set(key, entry);
    }
  }

  const allRunPain = weeks.flatMap((w) => w.painAfterRuns);
  const runCount = weeks.reduce((n, w) => n + w.runs, 0);
  const totalKm = weeks.reduce((n, w) => n + w.distanceKm, 0);
  const avgAll = average(allRunPain);
  const overview = [
    plural(runCount, 'run'),
    runCount > 0 ? distanceText(totalKm, unit) : null,
    plural(checkIns.length, 'check-in'),
    plural(routines, 'guided routine'),
    avgAll !== null
      ? `average pain after runs ${avgAll.toFixed(1)} / 10, highest ${Math.max(...allRunPain)} / 10`
      : 'no pain scores after runs',
  ]
    .filter((p): p is string => p !== null)
    .join(' · ');

  const weekRows = weeks
    .map((w) => {
      const avg = average(w.painAfterRuns);
      const max = w.painAfterRuns.length > 0 ? Math.max(...w.painAfterRuns) : null;
      const current = w.start <= today && today <= w.end;
      return `<tr><th scope="row">${shortDate(w.start)} – ${shortDate(w.end)}${current ? ' (so far)' : ''}</th><td>${w.runs}</td><td>${
        w.runs > 0 ? distanceText(w.distanceKm, unit) : '–'
      }</td><td>${avg === null ? '–' : avg.toFixed(1)}</td><td>${max === null ? '–' : max}</td></tr>`;
    })
    .join('');

  const crossText =
    crossKinds.size === 0
      ? ''
      : `<p><strong>Cross-training:</strong> ${[...crossKinds.values()]
          .sort((a, b) => b.count - a.count)
          .map((c) => `${escapeHtml(c.label)} (${c.count})`)
          .join(', ')}</p>`;

  // ---- Red flags and nerve symptoms, one line per day
  const symptomDays = new Map<string, { flags: Set<RedFlag>; nerve: Set<string> }>();
  for (const { session, checkIn } of checkIns) {
    const nerve: string[] = [];
    if (checkIn.kinds.includes('numbness')) nerve.push('numbness or tingling');
    if (checkIn.kinds.includes('shooting')) nerve.push('shooting pain down the leg');
    if (checkIn.locations.includes('leg')) nerve.push('pain down a leg');
    if (checkIn.redFlags.length === 0 && nerve.length === 0) continue;
    const day = symptomDays.get(session.localDate) ?? { flags: new Set<RedFlag>(), nerve: new Set<string>() };
    for (const f of checkIn.redFlags) day.flags.add(f);
    for (const n of nerve) day.nerve.add(n);
    symptomDays.set(session.localDate, day);
  }
  const symptomEntries = [...symptomDays].reverse(); // newest first
  const symptomList =
    symptomEntries.length === 0
      ? '<p class="none">None noted.</p>'
      : `<ul class="symptoms">${symptomEntries
          .slice(0, SUMMARY_MAX_SYMPTOM_DAYS)
          .map(([date, day]) => {
            const flags = RED_FLAGS.filter((f) => day.flags.has(f)).map((f, i) => {
              const words = RED_FLAG_LABELS[f];
              return escapeHtml(i === 0 ? words : words.charAt(0).toLowerCase() + words.slice(1));
            });
            const nerve = [...day.nerve].join('; ');
            const parts = [
              flags.length > 0 ? `<strong>Red flag:</strong> ${flags.join('; ')}` : '',
              nerve ? `<strong>Nerve symptoms:</strong> ${escapeHtml(nerve.charAt(0).toUpperCase() + nerve.slice(1))}` : '',
            ].filter(Boolean);
            return `<li><span class="date">${longDate(date)}</span> ${parts.join('. ')}</li>`;
          })
          .join('')}</ul>${
          symptomEntries.length > SUMMARY_MAX_SYMPTOM_DAYS
            ? `<p class="none">And on ${plural(symptomEntries.length - SUMMARY_MAX_SYMPTOM_DAYS, 'earlier day')}.</p>`
            : ''
        }`;

  // ---- Findings (all of them: a dismissal hides a finding in the app, not from the doctor)
  const findings = evaluateGuidance(sessions, {
    today,
    backPainType: settings.backPainType,
    weekStartDay: settings.weekStartDay,
  });
  const findingList =
    findings.length === 0
      ? '<p class="none">Nothing flagged from this history.</p>'
      : `<ul class="findings">${findings
          .map(
            (f) =>
              `<li><span class="level level-${f.level}">${LEVEL_WORDS[f.level]}</span> <strong>${escapeHtml(f.title)}.</strong> ${escapeHtml(f.body)}</li>`,
          )
          .join('')}</ul>`;

  // ---- The runner's own notes, newest first
  const noted = checkIns.filter((c) => c.checkIn.note.trim() !== '').reverse();
  const notes =
    noted.length === 0
      ? '<p class="none">No notes.</p>'
      : `<ul class="notes">${noted
          .slice(0, SUMMARY_MAX_NOTES)
          .map(({ session, checkIn }) => {
            const pain = validPain(checkIn.painNow);
            const what = `${DAY_WORDS[checkIn.dayType]}${pain === null ? '' : `, pain ${pain} / 10`}`;
            return `<li><span class="date">${longDate(session.localDate)}</span> <span class="what">(${what})</span> ${escapeHtml(
              cut(checkIn.note.trim(), SUMMARY_NOTE_CHARS),
            )}</li>`;
          })
          .join('')}</ul>${
          noted.length > SUMMARY_MAX_NOTES
            ? `<p class="none">${plural(noted.length - SUMMARY_MAX_NOTES, 'older note')} not shown.</p>`
            : ''
        }`;

  const backPain = settings.backPainType === null ? 'Not answered' : BACK_PAIN_WORDS[settings.backPainType];
  const period = `${longDate(firstWeek)} to ${longDate(today)}`;

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
<p><strong>In these ${SUMMARY_WEEKS} weeks:</strong> ${escapeHtml(overview)}</p>
${crossText}
</header>
<section>
<h2>Pain after runs, week by week</h2>
<table class="weeks">
<thead><tr><th scope="col">Week</th><th scope="col">Runs</th><th scope="col">Distance (${unit})</th><th scope="col">Average pain after runs</th><th scope="col">Highest pain after a run</th></tr></thead>
<tbody>${weekRows}</tbody>
</table>
<p class="hint">Pain is the runner's own rating from 0 (none) to 10 (worst imaginable), given after the run. “–” means no run or no rating that week.</p>
</section>
<section class="pair">
<div><h2>Where it hurt</h2>${counted(PAIN_LOCATIONS, locations, LOCATION_LABELS)}</div>
<div><h2>What kind of pain</h2>${counted(PAIN_KINDS, kinds, KIND_LABELS)}</div>
</section>
<section>
<h2>Red flags and nerve symptoms</h2>
${symptomList}
</section>
<section>
<h2>What the app pointed out</h2>
${findingList}
</section>
<section>
<h2>The runner's notes</h2>
${notes}
</section>
<footer>${escapeHtml(GUIDANCE_DISCLAIMER)}</footer>
</body>
</html>
`;
}

const STYLE = `
@page { size: A4; margin: 10mm 12mm; }
* { box-sizing: border-box; }
html { background: #fff; color: #111; }
body { margin: 0; font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.3; }
h1 { font-size: 15pt; margin: 0 0 1.5mm; }
h2 { font-size: 10.5pt; margin: 0 0 1mm; border-bottom: 0.4mm solid #999; padding-bottom: 0.4mm; }
p { margin: 0 0 0.8mm; }
header { margin-bottom: 2.5mm; }
section { margin-bottom: 2.5mm; }
.meta, .hint, .none { color: #444; }
.hint { font-size: 8pt; margin-top: 0.8mm; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.3mm 2mm; border-bottom: 0.2mm solid #ccc; vertical-align: top; }
thead th { border-bottom: 0.4mm solid #555; font-size: 8pt; }
.weeks td { text-align: right; font-variant-numeric: tabular-nums; }
.weeks thead th + th { text-align: right; }
.pair { display: flex; gap: 8mm; break-inside: avoid; }
.pair > div { flex: 1; }
.counts th { font-weight: normal; }
.counts td { text-align: right; white-space: nowrap; }
ul { margin: 0; padding-left: 4.5mm; }
li { margin-bottom: 0.5mm; overflow-wrap: anywhere; }
.findings, .notes { font-size: 8.5pt; }
.date { font-weight: 700; white-space: nowrap; }
.what { color: #444; }
.level { display: inline-block; border: 0.3mm solid #333; border-radius: 1mm; padding: 0 1mm; font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
.level-see-doctor { background: #111; color: #fff; }
.level-caution { background: #e8e8e8; }
footer { margin-top: 3mm; padding-top: 1.5mm; border-top: 0.4mm solid #999; font-style: italic; }
`;
