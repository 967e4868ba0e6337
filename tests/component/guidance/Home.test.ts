import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Home from '../../../src/components/home/Home.svelte';
import { GUIDANCE_DISCLAIMER } from '../../../src/lib/guidance';
import { seedWorryingDay, startHarness, type Harness } from './helpers';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.done());

describe('Home with guidance', () => {
  it('keeps the doors, and adds the plan for today and the two most important findings', async () => {
    await seedWorryingDay(h);
    render(Home);
    for (const name of [/^Before the run/, /^After the run/, /^History/]) {
      expect(screen.getByRole('button', { name })).toBeVisible();
    }
    expect(screen.getByRole('button', { name: 'Check in without a routine' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Choose or edit routines' })).toBeVisible();

    const cards = await screen.findAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['See a doctor soon', 'Get nerve symptoms checked']);
    expect(screen.getByRole('button', { name: 'See all advice (1 more)' })).toBeVisible();
    expect(screen.getAllByText(GUIDANCE_DISCLAIMER)).toHaveLength(1);

    const plan = screen.getByRole('region', { name: 'This week' });
    expect(within(plan).getByText(/runs this week/)).toHaveTextContent('1 of 3–4 runs this week (since Monday)');
    // A red flag outweighs the run count: Home never says "run" beside "see a doctor".
    expect(within(plan).getByText('See a doctor first')).toBeVisible();
    expect(within(plan).getByText(/Have it checked before you run again/)).toBeVisible();
  });

  it('says why today is a rest day after severe pain', async () => {
    await h.checkIn({ dayType: 'run', painNow: 8, distanceKm: 5, durationSec: 1800 });
    render(Home);
    const plan = await screen.findByRole('region', { name: 'This week' });
    expect(await within(plan).findByText('A rest day')).toBeVisible();
    expect(within(plan).getByText(/You rated your pain 7 or more in the last few days/)).toBeVisible();
  });

  it('suggests a run on a fresh start', async () => {
    render(Home);
    const plan = await screen.findByRole('region', { name: 'This week' });
    expect(await within(plan).findByText(/runs this week/)).toHaveTextContent('0 of 3–4 runs this week (since Monday)');
    expect(within(plan).getByText('A good day for a run')).toBeVisible();
  });

  it('only suggests a run "if your doctor agrees" when the back pain is structural', async () => {
    h.done();
    h = await startHarness('structural');
    render(Home);
    const plan = await screen.findByRole('region', { name: 'This week' });
    expect(await within(plan).findByText('A run, if your doctor agrees')).toBeVisible();
    expect(await screen.findByRole('article', { name: 'Ask a doctor before running' })).toHaveTextContent(/^Caution/);
  });

  it('a finding hidden on Home leaves room for the next one', async () => {
    await seedWorryingDay(h);
    render(Home);
    await userEvent.click(await screen.findByRole('button', { name: 'Hide for a week: Get nerve symptoms checked' }));
    const cards = await screen.findAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['See a doctor soon', 'Take a few days off running']);
    expect(screen.queryByRole('button', { name: /^See all advice/ })).not.toBeInTheDocument();
  });
});
