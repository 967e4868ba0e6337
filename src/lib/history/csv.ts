/**
 * CSV export of the session history for spreadsheets (RFC 4180: CRLF line ends, fields quoted
 * when they contain a comma, quote, CR or LF, quotes doubled). Cells that a spreadsheet could
 * read as a formula (starting with =, +, -, @, tab or CR, even after spaces) get a leading apostrophe.
 */
import type { DistanceUnit } from '../settings/types';
import { orderedTreatments, SPOT_LABELS } from './diary-labels';
import { PAIN_SPOTS, type Session } from './types';
import { formatDuration, formatPaceValue, kmToUnit, paceSecPerKm } from './units';

/** Prepend to the file text so that Excel reads the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

export interface CsvOptions {
  /**
   * Time zone for the start time of sessions whose startedAt ends in "Z" (IANA name; default:
   * the system's). A startedAt written with a numeric offset shows its own wall-clock time.
   */
  timeZone?: string;
  /** Start the text with a UTF-8 byte-order mark (default false). */
  bom?: boolean;
}

export function csvHeader(unit: DistanceUnit): string[] {
  return [
    'date',
    'start time',
    'day type',
    'cross-training kind',
    'routine',
    'routine phase',
    'steps done',
    'steps skipped',
    'active minutes',
    'pain before',
    'pain after',
    'locations',
    'kinds',
    'red flags',
    `distance (${unit})`,
    'duration (h:mm:ss)',
    `pace (min/${unit})`,
    'note',
    'treatments',
    'painkiller (as written)',
    ...PAIN_SPOTS.map((spot) => `pain ${SPOT_LABELS[spot].toLowerCase().replace(/,/g, '')}`),
    'average heart rate (bpm)',
    'climb (m)',
  ];
}

// Spreadsheets skip leading spaces (including no-break spaces) before reading a formula.
const FORMULA_START = /^[\s\u00a0\ufeff]*[=+\-@]|^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, neutralised against formula injection and quoted per RFC 4180 when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function num(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return String(Number(value.toFixed(decimals)));
}

const OFFSET_TIME = /T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:\d{2}$/;

function startTimeFormatter(timeZone: string | undefined): (iso: string) => string {
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return (iso) => {
    const m = OFFSET_TIME.exec(iso);
    if (m) return `${m[1]}:${m[2]}`;
    const t = Date.parse(iso);
    if (Number.isNaN(t)) return '';
    const parts = fmt.formatToParts(t);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('hour')}:${get('minute')}`;
  };
}

/** One row per session (in the given order) after a header row; CRLF after every row. */
export function sessionsToCsv(sessions: readonly Session[], unit: DistanceUnit, options: CsvOptions = {}): string {
  const startTime = startTimeFormatter(options.timeZone);
  const lines: string[] = [csvHeader(unit).map(csvCell).join(',')];
  for (const s of sessions) {
    const r = s.routine;
    const c = s.checkIn;
    const cells = [
      s.localDate,
      startTime(s.startedAt),
      c?.dayType ?? '',
      c?.crossTrainingKind ?? '',
      r?.routineName ?? '',
      r?.phase ?? '',
      num(r?.stepsDone),
      num(r?.stepsSkipped),
      r ? num(r.activeMs / 60_000, 1) : '',
      num(c?.painBefore),
      num(c?.painNow),
      c ? c.locations.join('; ') : '',
      c ? c.kinds.join('; ') : '',
      c ? c.redFlags.join('; ') : '',
      c && c.distanceKm !== null ? num(kmToUnit(c.distanceKm, unit), 2) : '',
      formatDuration(c?.durationSec ?? null),
      formatPaceValue(paceSecPerKm(s), unit),
      c?.note ?? '',
      c ? orderedTreatments(c.treatments).join('; ') : '',
      c?.painkillerNote ?? '',
      ...PAIN_SPOTS.map((spot) => (c && Object.hasOwn(c.spotPain, spot) ? num(c.spotPain[spot]) : '')),
      num(c?.avgHeartRate),
      num(c?.climbM),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return (options.bom ? CSV_BOM : '') + lines.join('\r\n') + '\r\n';
}
