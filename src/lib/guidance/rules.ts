/**
 * The guidance rules. Each takes the cleaned history view (and the setup answers where needed) and
 * returns the findings it raises, in plain words of our own.
 */
import { addDays, daysBetween, weekStartOf } from '../history/dates';
import type { RedFlag } from '../history/types';
import type { BackPainType, WeekStartDay } from '../settings/types';
import type { Entry, HistoryView } from './history-view';
import { between, historyCovers, ids, inLastDays, isRestDay, windowStart } from './history-view';
import {
  BASELINE_MAX_WEEKS,
  BASELINE_MIN_WEEKS,
  DISTANCE_RISE_FRACTION,
  LONG_RUN_LOOKBACK_DAYS,
  LONG_RUN_SPIKE_FRACTION,
  MAX_RUNS_PER_WEEK,
  MIN_HISTORY_DAYS_FOR_CONSISTENCY,
  MIN_REST_DAYS_PER_WEEK,
  MIN_RUNS_PER_WEEK,
  NERVE_SYMPTOM_LOOKBACK_DAYS,
  PACE_RISE_FRACTION,
  PAIN_MIN_POINTS,
  PAIN_SPELL_MAX_GAP_DAYS,
  PAIN_SPELL_RECENT_DAYS,
  PERSISTENT_PAIN_LOOKBACK_DAYS,
  PERSISTENT_PAIN_MIN_DAYS,
  PERSISTENT_PAIN_MIN_RUNS,
  RED_FLAG_LOOKBACK_DAYS,
  SEVERE_PAIN_LOOKBACK_DAYS,
  SEVERE_PAIN_MIN,
  WEEK_WINDOW_DAYS,
  WELCOME_MAX_CHECKINS,
  WORSE_AFTER_RUN_FRACTION,
  WORSE_AFTER_RUN_LOOKBACK_DAYS,
  WORSE_AFTER_RUN_POINTS,
  WORSE_AFTER_RUN_STREAK,
} from './thresholds';
import type { Finding } from './types';

function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

const RED_FLAG_WORDS: Record<RedFlag, string> = {
  'saddle-numbness': 'numbness around the groin or inner thighs',
  'bladder-bowel': 'a change in bladder or bowel control',
  'leg-weakness': 'weakness in a leg',
  'fever-weight-loss': 'fever or weight loss without a reason',
  'night-pain': 'pain that wakes you at night',
};

function joinWords(words: string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

// ---- Red flags -----------------------------------------------------------------------------

/** Any red-flag symptom ticked in the last 30 days → see a doctor soon (never dismissible). */
export function redFlagRule(view: HistoryView): Finding[] {
  const hits = view.entries.filter(
    (e) => e.checkIn.redFlags.length > 0 && inLastDays(e.localDate, view.today, RED_FLAG_LOOKBACK_DAYS),
  );
  const latest = last(hits);
  if (!latest) return [];
  const flags = [...new Set(hits.flatMap((e) => e.checkIn.redFlags))];
  const words = flags.map((f) => RED_FLAG_WORDS[f] ?? f);
  return [
    {
      id: `red-flag:${latest.localDate}`,
      rule: 'red-flag',
      level: 'see-doctor',
      title: 'See a doctor soon',
      body: `Recently you noted ${joinWords(words)}. Please have this checked by a doctor as soon as you can, before you run again.`,
      sessionIds: ids(hits),
      dismissible: false,
    },
  ];
}

// ---- Nerve symptoms ------------------------------------------------------------------------

/** Numbness/tingling, shooting pain or pain in a leg in the last 14 days → see a doctor. */
export function nerveSymptomsRule(view: HistoryView): Finding[] {
  const recent = view.entries.filter((e) => inLastDays(e.localDate, view.today, NERVE_SYMPTOM_LOOKBACK_DAYS));
  const numb = recent.filter((e) => e.checkIn.kinds.includes('numbness'));
  const leg = recent.filter((e) => e.checkIn.kinds.includes('shooting') || e.checkIn.locations.includes('leg'));
  const hitSet = new Set([...numb, ...leg]);
  const hits = recent.filter((e) => hitSet.has(e));
  const latest = last(hits);
  if (!latest) return [];
  const what =
    numb.length > 0 && leg.length > 0
      ? 'numbness or tingling, and pain going down a leg'
      : numb.length > 0
        ? 'numbness or tingling'
        : 'pain going down a leg';
  return [
    {
      id: `nerve-symptoms:${latest.localDate}`,
      rule: 'nerve-symptoms',
      level: 'see-doctor',
      title: 'Get nerve symptoms checked',
      body: `In the last two weeks you noted ${what}. That can mean a nerve is irritated, so see a doctor before you build up your running.`,
      sessionIds: ids(hits),
      dismissible: true,
    },
  ];
}

// ---- Persistent pain -----------------------------------------------------------------------

function hurts(e: Entry): boolean {
  return e.painNow !== null && e.painNow >= PAIN_MIN_POINTS;
}

/**
 * Pain that keeps going → see a doctor. Two triggers:
 * (a) in the last 4 weeks, at least 3 runs have a pain score, more than half of them hurt, and the
 *     painful runs span more than three weeks (first to last, both days counted);
 * (b) the latest check-ins with a pain score all hurt, back over more than three weeks, with no
 *     pain-free check-in and no week-long silence in between, the latest within the last week.
 */
export function persistentPainRule(view: HistoryView): Finding[] {
  // (a) pain after most runs.
  const rated = between(view.runs, windowStart(view.today, PERSISTENT_PAIN_LOOKBACK_DAYS), view.today).filter(
    (e) => e.painNow !== null,
  );
  const painfulRuns = rated.filter(hurts);
  const firstRun = painfulRuns[0];
  const lastRun = last(painfulRuns);
  const afterRuns =
    firstRun !== undefined &&
    lastRun !== undefined &&
    rated.length >= PERSISTENT_PAIN_MIN_RUNS &&
    painfulRuns.length * 2 > rated.length &&
    daysBetween(firstRun.localDate, lastRun.localDate) + 1 >= PERSISTENT_PAIN_MIN_DAYS &&
    inLastDays(lastRun.localDate, view.today, PAIN_SPELL_RECENT_DAYS);

  // (b) an unbroken pain spell on any check-ins.
  const scored = view.entries.filter((e) => e.painNow !== null);
  // Collected newest first, then turned round (unshift in the loop would be quadratic).
  const spell: Entry[] = [];
  for (let i = scored.length - 1; i >= 0; i--) {
    const e = scored[i]!;
    if (!hurts(e)) break;
    const later = spell.at(-1);
    if (later && daysBetween(e.localDate, later.localDate) > PAIN_SPELL_MAX_GAP_DAYS) break;
    spell.push(e);
  }
  spell.reverse();
  const spellStart = spell[0];
  const spellEnd = last(spell);
  const longSpell =
    spellStart !== undefined &&
    spellEnd !== undefined &&
    inLastDays(spellEnd.localDate, view.today, PAIN_SPELL_RECENT_DAYS) &&
    daysBetween(spellStart.localDate, spellEnd.localDate) + 1 >= PERSISTENT_PAIN_MIN_DAYS;

  if (!afterRuns && !longSpell) return [];
  const starts = [afterRuns ? firstRun!.localDate : null, longSpell ? spellStart!.localDate : null].filter(
    (d): d is string => d !== null,
  );
  const start = starts.sort()[0]!;
  const sessions = [...(afterRuns ? painfulRuns : []), ...(longSpell ? spell : [])];
  return [
    {
      id: `persistent-pain:${start}`,
      rule: 'persistent-pain',
      level: 'see-doctor',
      title: 'Time to see a doctor',
      body: afterRuns
        ? 'Most of your runs over the past few weeks have left your back sore. Pain that keeps coming back after running is worth showing a doctor, so book a visit and go easy until then.'
        : 'Your back has hurt at every check-in for more than three weeks, with no pain-free day in between. Pain that hangs on this long is worth showing a doctor.',
      sessionIds: ids(sessions),
      dismissible: true,
    },
  ];
}

// ---- Severe pain ---------------------------------------------------------------------------

/** Pain of 7 or more after a run in the last 7 days → a few days off running. */
export function severePainRule(view: HistoryView): Finding[] {
  const hits = view.runs.filter(
    (e) =>
      e.painNow !== null &&
      e.painNow >= SEVERE_PAIN_MIN &&
      inLastDays(e.localDate, view.today, SEVERE_PAIN_LOOKBACK_DAYS),
  );
  const latest = last(hits);
  if (!latest) return [];
  const worst = Math.max(...hits.map((e) => e.painNow ?? 0));
  return [
    {
      id: `severe-pain:${latest.localDate}`,
      rule: 'severe-pain',
      level: 'caution',
      title: 'Take a few days off running',
      body: `You rated your back ${worst} out of 10 after a run in the last 7 days. Give it a few days without running, with heat or cold, the wheel and plenty of rest, until it settles.`,
      sessionIds: ids(hits),
      dismissible: true,
    },
  ];
}

// ---- Worse after a run ---------------------------------------------------------------------

/** Pain after the run is up by at least 2 points, or by at least 30% on a non-zero starting score. */
export function isWorseAfterRun(painBefore: number, painNow: number): boolean {
  if (painNow - painBefore >= WORSE_AFTER_RUN_POINTS) return true;
  return painBefore > 0 && painNow > painBefore && painNow >= painBefore * (1 + WORSE_AFTER_RUN_FRACTION);
}

/**
 * A run in the last 7 days that left the back clearly worse → info. When the latest runs with both
 * scores were all worse, 3 or more in a row, and the last of them is recent → one caution instead.
 * Runs without both scores neither count nor break a streak.
 */
export function worseAfterRunRule(view: HistoryView): Finding[] {
  const compared = view.runs.filter((e) => e.painBefore !== null && e.painNow !== null);
  const worse = (e: Entry) => isWorseAfterRun(e.painBefore!, e.painNow!);
  const streak: Entry[] = [];
  for (let i = compared.length - 1; i >= 0 && worse(compared[i]!); i--) streak.unshift(compared[i]!);
  const streakEnd = last(streak);
  if (
    streak.length >= WORSE_AFTER_RUN_STREAK &&
    streakEnd !== undefined &&
    inLastDays(streakEnd.localDate, view.today, WORSE_AFTER_RUN_LOOKBACK_DAYS)
  ) {
    return [
      {
        id: `worse-after-run:streak:${streak[0]!.localDate}`,
        rule: 'worse-after-run',
        level: 'caution',
        title: 'Runs keep making it worse',
        body: `Your back felt clearly worse after each of your last ${streak.length} runs. Try shorter, easier runs for a while, and ask a doctor if it keeps happening.`,
        sessionIds: ids(streak),
        dismissible: true,
      },
    ];
  }
  const hits = compared.filter((e) => worse(e) && inLastDays(e.localDate, view.today, WORSE_AFTER_RUN_LOOKBACK_DAYS));
  const latest = last(hits);
  if (!latest) return [];
  return [
    {
      id: `worse-after-run:${latest.localDate}`,
      rule: 'worse-after-run',
      level: 'info',
      title: 'Sore after a run',
      body:
        hits.length === 1
          ? 'Your back felt clearly worse after a run in the last 7 days. Think about what was different that day, and take the next run a little easier.'
          : `Your back felt clearly worse after ${hits.length} runs this week. Think about what those runs had in common, and take the next one a little easier.`,
      sessionIds: ids(hits),
      dismissible: true,
    },
  ];
}

// ---- One run much longer than usual --------------------------------------------------------

/**
 * A run in the last 7 days more than 10% longer (distance) than the longest run of the 30 days
 * before its day → caution. Runs with no earlier run to compare against are left alone.
 */
export function longRunSpikeRule(view: HistoryView): Finding[] {
  const withDistance = view.runs.filter((e) => e.distanceKm !== null);
  // The longest run of each day, then of each 30-day window (per day, not per run: linear in runs).
  const longestOn = new Map<string, number>();
  for (const e of withDistance) longestOn.set(e.localDate, Math.max(longestOn.get(e.localDate) ?? 0, e.distanceKm!));
  const longestBefore = new Map<string, number | null>();
  const longestBeforeDay = (localDate: string): number | null => {
    if (!longestBefore.has(localDate)) {
      let longest: number | null = null;
      for (let d = 1; d <= LONG_RUN_LOOKBACK_DAYS; d++) {
        const day = longestOn.get(addDays(localDate, -d));
        if (day !== undefined) longest = Math.max(longest ?? 0, day);
      }
      longestBefore.set(localDate, longest);
    }
    return longestBefore.get(localDate)!;
  };
  const hits = withDistance.filter((run) => {
    if (!inLastDays(run.localDate, view.today, WEEK_WINDOW_DAYS)) return false;
    const longest = longestBeforeDay(run.localDate);
    return longest !== null && run.distanceKm! > longest * (1 + LONG_RUN_SPIKE_FRACTION);
  });
  const latest = last(hits);
  if (!latest) return [];
  return [
    {
      id: `long-run-spike:${latest.localDate}`,
      rule: 'long-run-spike',
      level: 'caution',
      title: 'One run was much longer',
      body: 'A run this week was more than 10% longer than your longest run in the month before it. Single big jumps like that are linked to more injuries, so lengthen your long run in small steps.',
      sessionIds: ids(hits),
      dismissible: true,
    },
  ];
}

// ---- Distance and speed both up ------------------------------------------------------------

interface Load {
  distanceKm: number;
  /** Seconds per km over runs that have both distance and duration; null when none. */
  paceSecPerKm: number | null;
}

function load(runs: readonly Entry[]): Load {
  let distanceKm = 0;
  let timedKm = 0;
  let timedSec = 0;
  for (const e of runs) {
    if (e.distanceKm === null) continue;
    distanceKm += e.distanceKm;
    if (e.durationSec !== null) {
      timedKm += e.distanceKm;
      timedSec += e.durationSec;
    }
  }
  return { distanceKm, paceSecPerKm: timedKm > 0 ? timedSec / timedKm : null };
}

/**
 * Last 7 days vs the baseline (the 2–4 previous 7-day blocks that the history fully covers):
 * distance more than 10% above the baseline weekly average AND average pace more than 3% faster
 * → caution to raise one at a time.
 */
export function distanceAndSpeedRule(view: HistoryView, weekStartDay: WeekStartDay): Finding[] {
  const currentStart = windowStart(view.today, WEEK_WINDOW_DAYS);
  let weeks = 0;
  while (weeks < BASELINE_MAX_WEEKS && historyCovers(view, addDays(currentStart, -WEEK_WINDOW_DAYS * (weeks + 1)))) {
    weeks++;
  }
  if (weeks < BASELINE_MIN_WEEKS) return [];
  const current = between(view.runs, currentStart, view.today);
  const baselineRuns = between(view.runs, addDays(currentStart, -WEEK_WINDOW_DAYS * weeks), addDays(currentStart, -1));
  const now = load(current);
  const base = load(baselineRuns);
  const weeklyBase = base.distanceKm / weeks;
  if (weeklyBase <= 0 || now.paceSecPerKm === null || base.paceSecPerKm === null) return [];
  const fartherUp = now.distanceKm > weeklyBase * (1 + DISTANCE_RISE_FRACTION);
  const fasterUp = now.paceSecPerKm < base.paceSecPerKm * (1 - PACE_RISE_FRACTION);
  if (!fartherUp || !fasterUp) return [];
  return [
    {
      id: `distance-and-speed:${weekStartOf(view.today, weekStartDay)}`,
      rule: 'distance-and-speed',
      level: 'caution',
      title: 'Raise one at a time',
      body: 'This week you ran both farther and faster than in the weeks before. Build up either distance or speed, not both at once, to go easier on your back.',
      sessionIds: ids(current.filter((e) => e.distanceKm !== null)),
      dismissible: true,
    },
  ];
}

// ---- Runs per week -------------------------------------------------------------------------

/**
 * More than 4 runs in the last 7 days → caution. Fewer than 3 → info, only once the history spans
 * at least 14 days.
 */
export function runsPerWeekRule(view: HistoryView, weekStartDay: WeekStartDay): Finding[] {
  const runs = between(view.runs, windowStart(view.today, WEEK_WINDOW_DAYS), view.today);
  const week = weekStartOf(view.today, weekStartDay);
  if (runs.length > MAX_RUNS_PER_WEEK) {
    return [
      {
        id: `too-many-runs:${week}`,
        rule: 'too-many-runs',
        level: 'caution',
        title: `More than ${MAX_RUNS_PER_WEEK} runs in the last 7 days`,
        body: `You've run ${times(runs.length)} in the last 7 days. Three or four runs a week is plenty; swimming, cycling or weights on the other days give your back a break.`,
        sessionIds: ids(runs),
        dismissible: true,
      },
    ];
  }
  const longEnough = historyCovers(view, addDays(view.today, -(MIN_HISTORY_DAYS_FOR_CONSISTENCY - 1)));
  if (runs.length < MIN_RUNS_PER_WEEK && longEnough) {
    return [
      {
        id: `few-runs:${week}`,
        rule: 'few-runs',
        level: 'info',
        title: `Aim for ${MIN_RUNS_PER_WEEK}–${MAX_RUNS_PER_WEEK} runs a week`,
        body:
          runs.length === 0
            ? "You haven't run in the last 7 days. Three or four steady runs a week is a good rhythm when you feel ready."
            : `You've run ${times(runs.length)} in the last 7 days. Three or four steady runs a week is a good rhythm when you feel ready.`,
        sessionIds: ids(runs),
        dismissible: true,
      },
    ];
  }
  return [];
}

// ---- Rest days -----------------------------------------------------------------------------

/**
 * No rest day in the last 7 days → caution. Needs history covering all 7 days; a rest day is a day
 * with no run or cross-training check-in, or with a 'rest' check-in.
 */
export function noRestDayRule(view: HistoryView, weekStartDay: WeekStartDay): Finding[] {
  const start = windowStart(view.today, WEEK_WINDOW_DAYS);
  if (!historyCovers(view, start)) return [];
  let restDays = 0;
  for (let d = 0; d < WEEK_WINDOW_DAYS; d++) {
    if (isRestDay(view.entries, addDays(start, d))) restDays++;
  }
  if (restDays >= MIN_REST_DAYS_PER_WEEK) return [];
  const active = between(view.entries, start, view.today).filter(
    (e) => e.checkIn.dayType === 'run' || e.checkIn.dayType === 'cross',
  );
  return [
    {
      id: `no-rest-day:${weekStartOf(view.today, weekStartDay)}`,
      rule: 'no-rest-day',
      level: 'caution',
      title: 'Take a rest day',
      body: "You've run or cross-trained on every one of the last 7 days. At least one full rest day a week gives your body time to recover.",
      sessionIds: ids(active),
      dismissible: true,
    },
  ];
}

// ---- Back pain type from the setup ---------------------------------------------------------

/**
 * Structural → caution to ask a doctor before running; unknown → info to find out from a doctor;
 * mechanical → an encouraging welcome while there are fewer than 3 check-ins.
 */
export function backPainTypeRule(view: HistoryView, backPainType: BackPainType | null): Finding[] {
  switch (backPainType) {
    case 'structural':
      return [
        {
          id: 'back-pain-type:structural',
          rule: 'back-pain-type',
          level: 'caution',
          title: 'Ask a doctor before running',
          body: 'You said your back pain has a structural cause, such as a disc problem or scoliosis. Check with your doctor that running suits you before you start or step it up.',
          sessionIds: [],
          dismissible: true,
        },
      ];
    case 'unknown':
      return [
        {
          id: 'back-pain-type:unknown',
          rule: 'back-pain-type',
          level: 'info',
          title: 'Find out your type of back pain',
          body: "You're not sure what is behind your back pain. A doctor can tell you, which matters before you take up running or change your training a lot.",
          sessionIds: [],
          dismissible: true,
        },
      ];
    case 'mechanical':
      if (view.entries.length >= WELCOME_MAX_CHECKINS) return [];
      return [
        {
          id: 'back-pain-type:mechanical',
          rule: 'back-pain-type',
          level: 'info',
          title: 'Running can help your back',
          body: 'With mechanical back pain, steady running can build a stronger core and often eases the pain over time. Start gently, and the app will track how your back responds.',
          sessionIds: [],
          dismissible: true,
        },
      ];
    default:
      return [];
  }
}
