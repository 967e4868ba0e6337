/** The date in a saved file's name is the runner's calendar day, on both sides of their midnight. */
import { afterEach, describe, expect, it } from 'vitest';
import { doctorSummaryName, historyExportName } from '../../../../src/lib/history/file-names';
import { canUseZone } from '../../../support/time-zone';

const savedTz = process.env.TZ;
afterEach(() => (process.env.TZ = savedTz));

describe('saved file names around local midnight', () => {
  it.skipIf(!canUseZone('Pacific/Auckland'))(
    'in Auckland (UTC+13), where the UTC date is still yesterday for the first half of the day',
    () => {
      process.env.TZ = 'Pacific/Auckland';
      const beforeMidnight = new Date('2026-11-28T10:59:59.000Z'); // 23:59:59 on 28 November
      const afterMidnight = new Date('2026-11-28T11:00:00.000Z'); // 00:00 on 29 November, still the 28th in UTC
      expect(historyExportName('json', beforeMidnight)).toBe('backstride-history-2026-11-28.json');
      expect(doctorSummaryName(beforeMidnight)).toBe('backstride-summary-2026-11-28.pdf');
      expect(historyExportName('csv', afterMidnight)).toBe('backstride-history-2026-11-29.csv');
      expect(doctorSummaryName(afterMidnight)).toBe('backstride-summary-2026-11-29.pdf');
    },
  );

  it.skipIf(!canUseZone('America/New_York'))('in New York (UTC−5), where the UTC date is already tomorrow each evening', () => {
    process.env.TZ = 'America/New_York';
    const lateEvening = new Date('2026-11-29T04:59:59.000Z'); // 23:59:59 on 28 November
    const midnight = new Date('2026-11-29T05:00:00.000Z'); // 00:00 on 29 November
    expect(historyExportName('csv', lateEvening)).toBe('backstride-history-2026-11-28.csv');
    expect(doctorSummaryName(lateEvening)).toBe('backstride-summary-2026-11-28.pdf');
    expect(historyExportName('json', midnight)).toBe('backstride-history-2026-11-29.json');
    expect(doctorSummaryName(midnight)).toBe('backstride-summary-2026-11-29.pdf');
  });

  it.skipIf(!canUseZone('Europe/Berlin'))('in Berlin (UTC+1), where the UTC date is still yesterday in the hour after midnight', () => {
    process.env.TZ = 'Europe/Berlin';
    const beforeMidnight = new Date('2026-11-28T22:59:59.000Z'); // 23:59:59 on 28 November
    const afterMidnight = new Date('2026-11-28T23:30:00.000Z'); // 00:30 on 29 November, still the 28th in UTC
    expect(historyExportName('csv', beforeMidnight)).toBe('backstride-history-2026-11-28.csv');
    expect(doctorSummaryName(beforeMidnight)).toBe('backstride-summary-2026-11-28.pdf');
    expect(historyExportName('json', afterMidnight)).toBe('backstride-history-2026-11-29.json');
    expect(doctorSummaryName(afterMidnight)).toBe('backstride-summary-2026-11-29.pdf');
  });
});
