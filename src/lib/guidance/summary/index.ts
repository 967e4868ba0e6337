/** The summary for a doctor's visit: counted in data.ts, printed as HTML in html.ts. */
export { summaryData, SUMMARY_WEEKS } from './data';
export type { SummaryContext, SummaryData } from './data';
export { doctorSummaryHtml, escapeHtml, SUMMARY_MAX_NOTES, SUMMARY_MAX_SYMPTOM_DAYS, SUMMARY_NOTE_CHARS } from './html';
