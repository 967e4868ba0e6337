/** The one-page summary for a doctor's visit, as self-contained HTML (being built). */
import type { Session } from '../history/types';
import type { Settings } from '../settings/types';

export interface SummaryContext {
  today: string;
  settings: Settings;
}

export function doctorSummaryHtml(sessions: readonly Session[], context: SummaryContext): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Backstride summary</title></head><body><h1>Backstride summary</h1><p>${sessions.length} sessions up to ${context.today}</p></body></html>`;
}
