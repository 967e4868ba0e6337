/** History with the fuller diary: a run's heart rate and climb in its row, treatments and spots in its details, the treatment filter. */
import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { checkIn } from '../../support/history';
import { renderHistory, seed, session, useHistoryScreen } from './history-harness';

useHistoryScreen();

describe('HistoryScreen, the fuller diary', () => {
  it('shows what the check-in holds, and the treatment filter narrows the list', async () => {
    await seed([
      session(
        1,
        checkIn({
          avgHeartRate: 148,
          climbM: 85,
          treatments: ['painkiller', 'ice'],
          painkillerNote: 'naproxen 250',
          spotPain: { 'hip-right': 5 },
        }),
      ),
      session(2, checkIn({ dayType: 'rest', distanceKm: null, durationSec: null, treatments: ['heat'] })),
    ]);
    const user = await renderHistory();
    const run = screen.getByRole('button', { name: /Run, 10\.0 km, 5:30 \/km, 148 bpm, 85 m climb/ });
    await user.click(run);
    expect(screen.getByText('Ice, Painkiller (naproxen 250)')).toBeInTheDocument();
    expect(screen.getByText('Hip or buttock, right: 5')).toBeInTheDocument();
    expect(screen.getByText('148 bpm average')).toBeInTheDocument();
    expect(screen.getByText('85 m')).toBeInTheDocument();
    // A rest day has no heart rate or climb to show, in its row or its details.
    expect(screen.getByRole('button', { name: /Rest day/ })).not.toHaveAccessibleName(/bpm|climb/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Treatment' }), 'heat');
    expect(screen.getByText('Showing 1 session of 2.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Run, 10\.0 km/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Rest day/ })).toBeInTheDocument();
  });
});
