/** Saving a check-in: to main, main's refusal, attached to a routine, editing, cancelling, and where History opens after. */
import { screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { API_GLOBAL } from '../../../src/lib/ipc/contract';
import type { Session } from '../../../src/lib/history/types';
import { historyState } from '../../../src/stores/history.svelte';
import { navigation } from '../../../src/stores/navigation.svelte';
import { updateSettings } from '../../../src/stores/settings.svelte';
import { renderForm, storedSessions, useCheckInScreen } from './checkin-harness';

const h = useCheckInScreen();

describe('CheckInScreen saving', () => {
  it('saves to main with Enter, then shows History with a confirmation', async () => {
    const { user } = await renderForm();
    await user.keyboard('3');
    await user.click(screen.getByRole('checkbox', { name: 'Lower back' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stiffness' }));
    await user.type(screen.getByRole('textbox', { name: 'Distance (km)' }), '8,5');
    await user.type(screen.getByRole('textbox', { name: 'Time' }), '45:30');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Hilly{Shift>}{Enter}{/Shift}felt fine');
    expect(navigation.screen.name).toBe('check-in');
    await user.keyboard('{Enter}');

    await expect.poll(() => navigation.screen.name).toBe('history');
    const [saved] = await storedSessions();
    expect(saved).toMatchObject({
      routine: null,
      checkIn: {
        painNow: 3,
        painBefore: null,
        locations: ['lower-back'],
        kinds: ['stiffness'],
        redFlags: [],
        dayType: 'run',
        crossTrainingKind: '',
        distanceKm: 8.5,
        durationSec: 2730,
        note: 'Hilly\nfelt fine',
      },
    });
    expect(historyState.notice).toBe('Check-in saved.');
  });
  it('shows main’s refusal clearly and keeps everything typed', async () => {
    const { user } = await renderForm();
    await user.keyboard('4');
    await user.type(screen.getByRole('textbox', { name: 'Distance (km)' }), '600');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Ultra!');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved.');
    // Main's words beside the field it refused, read from the error's issues; the field has focus.
    const distance = screen.getByRole('textbox', { name: 'Distance (km)' });
    expect(distance).toHaveAccessibleDescription('Distance must be a distance in km greater than 0 and at most 500.');
    expect(distance).toHaveAttribute('aria-invalid', 'true');
    expect(distance).toHaveFocus();
    expect(document.body).not.toHaveTextContent(/distanceKm|sessions:save-check-in/);
    expect(navigation.screen.name).toBe('check-in');
    expect(await storedSessions()).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Distance (km)' })).toHaveValue('600');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Ultra!');
    expect(within(screen.getByRole('radiogroup', { name: 'Pain now' })).getByRole('radio', { name: 'Pain 4 — moderate' })).toBeChecked();

    // Fixed, it saves.
    await user.clear(screen.getByRole('textbox', { name: 'Distance (km)' }));
    await user.type(screen.getByRole('textbox', { name: 'Distance (km)' }), '60{Enter}');
    await expect.poll(async () => (await storedSessions()).length).toBe(1);
  });
  it('tells a runner who uses miles the distance range in miles', async () => {
    await updateSettings({ distanceUnit: 'mi' });
    const { user } = await renderForm();
    await user.keyboard('4');
    // 400 miles is 644 km: past main's 500 km.
    await user.type(screen.getByRole('textbox', { name: 'Distance (mi)' }), '400{Enter}');
    const distance = screen.getByRole('textbox', { name: 'Distance (mi)' });
    await expect.poll(() => distance.getAttribute('aria-invalid')).toBe('true');
    expect(distance).toHaveAccessibleDescription('Distance must be a distance in miles greater than 0 and at most 310.6.');
    expect(document.body).not.toHaveTextContent(/\bkm\b/);
    expect(await storedSessions()).toEqual([]);
  });

  it('attaches the check-in to the routine session it follows', async () => {
    const recorded = await h.bridge.main.invoke('sessions:record-routine', {
      routineId: 'post-run',
      routineName: 'Easy cool-down',
      phase: 'after',
      startedAt: '2026-11-20T08:00:00.000Z',
      endedAt: '2026-11-20T08:12:00.000Z',
      stepsDone: 9,
      stepsSkipped: 0,
      activeMs: 600_000,
    });
    if (!recorded.ok) throw new Error(recorded.error.message);
    const id = (recorded.value as Session).id;
    const { user } = await renderForm(id);
    expect(screen.getByRole('heading', { level: 1, name: 'Check in' })).toBeInTheDocument();
    expect(screen.getByText(/After “Easy cool-down”, 9 steps done/)).toBeInTheDocument();
    await user.keyboard('2{Enter}');
    await expect.poll(() => navigation.screen.name).toBe('history');
    const sessions = await storedSessions();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ id, routine: { routineName: 'Easy cool-down' }, checkIn: { painNow: 2 } });
  });
  it('edits a session’s check-in in the same form, filled in', async () => {
    const first = await h.bridge.main.invoke('sessions:save-check-in', {
      sessionId: null,
      checkIn: {
        painNow: 6,
        painBefore: 4,
        locations: ['hips'],
        kinds: ['sharp'],
        redFlags: [],
        dayType: 'run',
        crossTrainingKind: '',
        distanceKm: 12,
        durationSec: 3600,
        note: 'Windy',
        treatments: ['painkiller', 'heat'],
        painkillerNote: 'ibuprofen 400',
        spotPain: { 'hip-left': 5 },
        avgHeartRate: 150,
        climbM: 60,
      },
    });
    if (!first.ok) throw new Error(first.error.message);
    const id = (first.value as Session).id;
    // The form asks main for this one session, never for the whole history.
    const listAll = vi.spyOn(
      (globalThis as unknown as Record<string, { listSessions: () => Promise<unknown> }>)[API_GLOBAL]!,
      'listSessions',
    );
    const { user, painNow } = await renderForm(id);
    expect(listAll).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: 'Edit check-in' })).toBeInTheDocument();
    expect(within(painNow).getByRole('radio', { name: 'Pain 6 — moderate' })).toBeChecked();
    expect(within(painNow).getByRole('radio', { name: 'Pain 6 — moderate' })).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: 'Hips or buttocks' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Sharp' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Distance (km)' })).toHaveValue('12');
    expect(screen.getByRole('textbox', { name: 'Time' })).toHaveValue('1:00:00');
    expect(screen.getByRole('status', { name: 'Pace' })).toHaveTextContent('5:00 /km');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Windy');
    expect(screen.getByRole('button', { name: 'Heat' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Ice' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('textbox', { name: 'Painkiller name and dose (optional)' })).toHaveValue('ibuprofen 400');
    expect(screen.getByRole('combobox', { name: 'Hip or buttock, left' })).toHaveValue('5');
    expect(screen.getByText('150 bpm, 60 m climb')).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}{ArrowLeft}{Enter}');
    await expect.poll(() => navigation.screen.name).toBe('history');
    const sessions = await storedSessions();
    expect(sessions).toHaveLength(1);
    // What the form only shows (heart rate, climb) and what was not touched are kept as they were.
    expect(sessions[0]).toMatchObject({
      id,
      checkIn: {
        painNow: 4,
        note: 'Windy',
        distanceKm: 12,
        treatments: ['painkiller', 'heat'],
        painkillerNote: 'ibuprofen 400',
        spotPain: { 'hip-left': 5 },
        avgHeartRate: 150,
        climbM: 60,
      },
    });
    expect(historyState.notice).toBe('Check-in updated.');
  });
  it('says so when the session to edit is gone, and still offers a check-in of its own', async () => {
    await renderForm('deleted-meanwhile');
    expect(screen.getByText('This session is no longer in your history. You can still save a check-in on its own.')).toBeInTheDocument();
  });
  it('Cancel leaves without saving', async () => {
    const { user } = await renderForm();
    await user.keyboard('5');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(navigation.screen.name).toBe('history');
    expect(await storedSessions()).toEqual([]);
  });
});

describe('after saving', () => {
  it('History opens on the list, with a filter that would hide the saved session cleared', async () => {
    historyState.tab = 'charts';
    historyState.filter = { routineId: '', dayType: 'rest', painBand: '', treatment: '' };
    const { user } = await renderForm();
    await user.keyboard('1{Enter}');
    await expect.poll(() => navigation.screen.name).toBe('history');
    expect(historyState.tab).toBe('sessions');
    expect(historyState.filter.dayType).toBe('');
    expect(historyState.openId).toBe((await storedSessions())[0]!.id);
  });
});
