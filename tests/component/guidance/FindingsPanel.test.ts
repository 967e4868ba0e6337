import '@testing-library/jest-dom/vitest';
import fs from 'node:fs';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import FindingsPanel from '../../../src/components/guidance/FindingsPanel.svelte';
import { GUIDANCE_DISCLAIMER } from '../../../src/lib/guidance';
import { addDays, localDateOf } from '../../../src/lib/history/dates';
import { seedWorryingDay, startHarness, type Harness } from './helpers';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.done());

async function findingTitles(): Promise<string[]> {
  const cards = await screen.findAllByRole('article');
  return cards.map((card) => within(card).getByRole('heading').textContent ?? '');
}

describe('FindingsPanel', () => {
  it('lists every finding, red flag first, each with its level in words', async () => {
    await seedWorryingDay(h);
    render(FindingsPanel);
    expect(await findingTitles()).toEqual(['See a doctor soon', 'Get nerve symptoms checked', 'Take a few days off running']);
    const [redFlag, nerve, severe] = screen.getAllByRole('article');
    expect(redFlag).toHaveTextContent(/^See a doctor/);
    expect(nerve).toHaveTextContent(/^See a doctor/);
    expect(severe).toHaveTextContent(/^Caution/);
    expect(severe).toHaveTextContent('You rated your back 8 out of 10 in the last 7 days.');
  });

  it('gives a red flag no way to hide it', async () => {
    await seedWorryingDay(h);
    render(FindingsPanel);
    const redFlag = await screen.findByRole('article', { name: 'See a doctor soon' });
    expect(within(redFlag).queryByRole('button')).not.toBeInTheDocument();
    expect(redFlag).toHaveTextContent('This stays on screen while it applies.');
    expect(screen.getByRole('button', { name: 'Hide for a week: Get nerve symptoms checked' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Hide for a week: Take a few days off running' })).toBeVisible();
  });

  it('says once, plainly, that this is guidance and not a diagnosis', async () => {
    await seedWorryingDay(h);
    render(FindingsPanel);
    await screen.findAllByRole('article');
    expect(screen.getAllByText(GUIDANCE_DISCLAIMER)).toHaveLength(1);
  });

  it('hides a dismissed finding for a week, through main, and Undo brings it back', async () => {
    await seedWorryingDay(h);
    render(FindingsPanel);
    await userEvent.click(await screen.findByRole('button', { name: 'Hide for a week: Take a few days off running' }));

    expect(await findingTitles()).toEqual(['See a doctor soon', 'Get nerve symptoms checked']);
    expect(screen.getByText(/^Hidden until .*: Take a few days off running\.$/)).toBeVisible();
    const today = localDateOf(new Date());
    expect(await h.dismissals()).toEqual({ [`severe-pain:${today}`]: addDays(today, 7) });
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();

    await userEvent.click(undo);
    expect(await findingTitles()).toEqual(['See a doctor soon', 'Get nerve symptoms checked', 'Take a few days off running']);
    expect(screen.queryByText(/^Hidden until/)).not.toBeInTheDocument();
  });

  it('keeps a finding hidden earlier out of sight when it opens again', async () => {
    await seedWorryingDay(h);
    const today = localDateOf(new Date());
    await h.bridge.main.invoke('guidance:dismiss', { findingId: `nerve-symptoms:${today}`, until: addDays(today, 3) });
    render(FindingsPanel);
    expect(await findingTitles()).toEqual(['See a doctor soon', 'Take a few days off running']);
  });

  it('with a limit, shows the first findings and the rest under "See all advice"', async () => {
    await seedWorryingDay(h);
    render(FindingsPanel, { limit: 2 });
    expect(await findingTitles()).toEqual(['See a doctor soon', 'Get nerve symptoms checked']);
    const more = screen.getByRole('button', { name: 'See all advice (1 more)' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(await findingTitles()).toEqual(['See a doctor soon', 'Get nerve symptoms checked', 'Take a few days off running']);
  });

  it('says so when there is nothing to point out', async () => {
    await h.checkIn({ dayType: 'run', painNow: 1, distanceKm: 5, durationSec: 1800 });
    await h.checkIn({ dayType: 'rest', painNow: 0 });
    await h.checkIn({ dayType: 'rest', painNow: 0 });
    render(FindingsPanel);
    expect(await screen.findByText(/Nothing to point out right now/)).toBeVisible();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('welcomes a runner with mechanical back pain who has just started', async () => {
    render(FindingsPanel);
    const welcome = await screen.findByRole('article', { name: 'Running can help your back' });
    expect(welcome).toHaveTextContent(/^Info/);
  });

  it('saves the summary for a doctor as a PDF and says where', async () => {
    await seedWorryingDay(h);
    const pages: string[] = [];
    h.bridge.main.platform.renderPdf = async (html) => {
      pages.push(html);
      return new TextEncoder().encode('%PDF-1.7 test');
    };
    h.bridge.main.platform.saveToDir = h.temp.dir;
    render(FindingsPanel);
    await userEvent.click(await screen.findByRole('button', { name: 'Save summary for your doctor (PDF)' }));

    const saved = await screen.findByText(/^Summary saved to/);
    const file = saved.querySelector('.path')?.textContent ?? '';
    expect(file.startsWith(h.temp.dir)).toBe(true);
    expect(file).toMatch(/backstride-summary-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(fs.readFileSync(file, 'utf8').startsWith('%PDF')).toBe(true);
    expect(pages[0]).toContain('See a doctor soon');
  });

  it('says nothing was saved when the runner cancels, and shows a failure plainly', async () => {
    let fail = false;
    h.bridge.main.platform.renderPdf = async () => {
      if (fail) throw new Error('the printer is out of paper');
      return new TextEncoder().encode('%PDF-1.7 test');
    };
    h.bridge.main.platform.saveToDir = null; // the save dialog is cancelled
    render(FindingsPanel);
    const button = await screen.findByRole('button', { name: 'Save summary for your doctor (PDF)' });
    await userEvent.click(button);
    await expect.poll(() => button.hasAttribute('disabled')).toBe(false);
    expect(screen.queryByText(/^Summary saved to/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    fail = true;
    await userEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The summary could not be saved');
    // Plain words only: no channel name, no code from the failure.
    expect(alert).not.toHaveTextContent(/history:|save-doctor-summary|data:|printer/);
    expect(screen.queryByText(/^Summary saved to/)).not.toBeInTheDocument();
  });
});
