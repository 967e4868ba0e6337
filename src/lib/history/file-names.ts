/**
 * The names offered when the runner saves a file. Both carry the runner's local date — the day
 * they see on their calendar — never the UTC one, which is already tomorrow (or still yesterday)
 * for hours each evening in much of the world, and would disagree with the date printed in the PDF.
 */
import { localDateOf } from './dates';

export function historyExportName(format: 'csv' | 'json', now: Date): string {
  return `backstride-history-${localDateOf(now)}.${format}`;
}

export function doctorSummaryName(now: Date): string {
  return `backstride-summary-${localDateOf(now)}.pdf`;
}
