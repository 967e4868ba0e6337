import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CheckInScreen from '../../../src/components/checkin/CheckInScreen.svelte';
import type { Session } from '../../../src/lib/history/types';
import { historyState, initialHistoryState } from '../../../src/stores/history.svelte';
import { go, navigation } from '../../../src/stores/navigation.svelte';
import { loadSettings, updateSettings } from '../../../src/stores/settings.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

beforeEach(async () => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
  await loadSettings();
  Object.assign(historyState, initialHistoryState());
  go({ name: 'check-in', sessionId: null });
});
afterEach(() => {
  bridge.uninstall();
  temp.cleanup();
});

async function storedSessions(): Promise<Session[]> {
  const result = await bridge.main.invoke('sessions:list');
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Session[];
}

async function renderForm(sessionId: string | null = null) {
  const user = userEvent.setup();
  render(CheckInScreen, { sessionId });
  const painNow = await screen.findByRole('radiogroup', { name: 'Pain now' });
  return { user, painNow };
}

describe('CheckInScreen', () => {
  it('opens with the pain row focused, and arrow, Home, End and number keys choose a score', async () => {
    const { user, painNow } = await renderForm();
    const radio = (name: string) => within(painNow).getByRole('radio', { name });
    expect(within(painNow).getAllByRole('radio')).toHaveLength(11);
    expect(radio('Pain 0 — no pain')).toHaveFocus();
    expect(within(painNow).queryByRole('radio', { checked: true })).toBeNull();

    for (let i = 0; i < 4; i++) await user.keyboard('{ArrowRight}');
    expect(radio('Pain 4 — moderate')).toBeChecked();
    expect(radio('Pain 4 — moderate')).toHaveFocus();
    // Only the chosen score is a tab stop.
    expect(
      within(painNow)
        .getAllByRole('radio')
        .filter((r) => r.tabIndex === 0),
    ).toEqual([radio('Pain 4 — moderate')]);

    await user.keyboard('{ArrowLeft}');
    expect(radio('Pain 3 — mild')).toBeChecked();
    await user.keyboard('{End}');
    expect(radio('Pain 10 — severe')).toBeChecked();
    await user.keyboard('{Home}');
    expect(radio('Pain 0 — no pain')).toBeChecked();
    await user.keyboard('7');
    expect(radio('Pain 7 — severe')).toBeChecked();
    await user.keyboard('10');
    expect(radio('Pain 10 — severe')).toBeChecked();
    await user.click(radio('Pain 2 — mild'));
    expect(radio('Pain 2 — mild')).toBeChecked();
    expect(within(painNow).getAllByRole('radio', { checked: true })).toHaveLength(1);
  });

  it('shows the red-flag warning the moment a symptom is ticked, and still saves', async () => {
    const { user } = await renderForm();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Severe pain that wakes you at night' }));
    expect(screen.getByRole('alert')).toHaveTextContent('See a doctor soon.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('emergency');
    await user.click(screen.getByRole('checkbox', { name: 'Numbness in the groin or saddle area' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Get urgent medical help now.');
    expect(screen.getByRole('alert')).toHaveTextContent('This can be an emergency');
    expect(screen.getByRole('group', { name: 'Your health' })).toContainElement(
      screen.getByRole('checkbox', { name: 'Cancer, now or in the past' }),
    );
    await user.click(within(screen.getByRole('radiogroup', { name: 'Pain now' })).getByRole('radio', { name: 'Pain 6 — moderate' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await expect.poll(async () => (await storedSessions()).length).toBe(1);
    expect((await storedSessions())[0]!.checkIn!.redFlags).toEqual(['saddle-numbness', 'night-pain']);
  });

  it('works out the pace as distance and time are typed, in the runner’s unit', async () => {
    const { user } = await renderForm();
    const pace = screen.getByRole('status', { name: 'Pace' });
    expect(pace).toHaveTextContent('–');
    await user.type(screen.getByRole('textbox', { name: 'Distance (km)' }), '10');
    await user.type(screen.getByRole('textbox', { name: 'Time' }), '50');
    expect(pace).toHaveTextContent('5:00 /km');
    expect(screen.getByText(/read as 0:50:00/)).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Time' }));
    await user.type(screen.getByRole('textbox', { name: 'Time' }), '1:02:30');
    expect(pace).toHaveTextContent('6:15 /km');
  });

  it('takes miles when the runner uses miles, and stores kilometres', async () => {
    await updateSettings({ distanceUnit: 'mi' });
    const { user } = await renderForm();
    await user.keyboard('2');
    await user.type(screen.getByRole('textbox', { name: 'Distance (mi)' }), '5');
    await user.type(screen.getByRole('textbox', { name: 'Time' }), '40:00');
    expect(screen.getByRole('status', { name: 'Pace' })).toHaveTextContent('8:00 /mi');
    await user.keyboard('{Enter}');
    await expect.poll(async () => (await storedSessions()).length).toBe(1);
    expect((await storedSessions())[0]!.checkIn!.distanceKm).toBeCloseTo(8.04672, 5);
  });

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

  it('does not save on Enter until pain now is given, and says so beside it', async () => {
    const { user, painNow } = await renderForm();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('checkbox', { name: 'Lower back' }));
    await user.keyboard('{Enter}');
    expect(navigation.screen.name).toBe('check-in');
    expect(await storedSessions()).toEqual([]);
    expect(painNow).toHaveAccessibleDescription(/Choose your pain now/);
    expect(painNow).toHaveAttribute('aria-invalid', 'true');
    expect(within(painNow).getByRole('radio', { name: 'Pain 0 — no pain' })).toHaveFocus();
    await user.keyboard('0');
    expect(painNow).not.toHaveAttribute('aria-invalid');
    await user.keyboard('{Enter}');
    await expect.poll(async () => (await storedSessions()).length).toBe(1);
    expect((await storedSessions())[0]!.checkIn).toMatchObject({ painNow: 0, locations: ['lower-back'] });
  });

  it('points at a time it cannot read without asking main', async () => {
    const { user } = await renderForm();
    await user.keyboard('3');
    await user.type(screen.getByRole('textbox', { name: 'Time' }), 'an hour');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    const time = screen.getByRole('textbox', { name: 'Time' });
    expect(time).toHaveAttribute('aria-invalid', 'true');
    expect(time).toHaveAccessibleDescription(/Type minutes \(45\), m:ss \(45:30\) or h:mm:ss/);
    expect(time).toHaveFocus();
    expect(await storedSessions()).toEqual([]);
  });

  it('fills pain before from the answer after the warm-up, and it can be cleared', async () => {
    await bridge.main.invoke('player:set-pain-before', { pain: 5 });
    const { user } = await renderForm();
    const before = screen.getByRole('radiogroup', { name: 'Pain before the run' });
    expect(within(before).getByRole('radio', { name: 'Pain 5 — moderate' })).toBeChecked();
    expect(before).toHaveAccessibleDescription(/Filled in from your answer after the warm-up/);
    await user.click(within(before).getByRole('radio', { name: 'Not given' }));
    await user.click(within(screen.getByRole('radiogroup', { name: 'Pain now' })).getByRole('radio', { name: 'Pain 1 — mild' }));
    await user.click(screen.getByRole('radio', { name: 'Rest' }));
    expect(screen.queryByRole('textbox', { name: 'Distance (km)' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await expect.poll(async () => (await storedSessions()).length).toBe(1);
    expect((await storedSessions())[0]!.checkIn).toMatchObject({ painBefore: null, dayType: 'rest', distanceKm: null });
  });

  it('keeps the kind of cross-training', async () => {
    const { user } = await renderForm();
    await user.keyboard('2');
    await user.click(screen.getByRole('radio', { name: 'Cross-training' }));
    await user.type(screen.getByRole('textbox', { name: 'Kind of cross-training' }), 'Swimming{Enter}');
    await expect.poll(async () => (await storedSessions()).length).toBe(1);
    expect((await storedSessions())[0]!.checkIn).toMatchObject({ dayType: 'cross', crossTrainingKind: 'Swimming' });
  });

  it('attaches the check-in to the routine session it follows', async () => {
    const recorded = await bridge.main.invoke('sessions:record-routine', {
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
    const first = await bridge.main.invoke('sessions:save-check-in', {
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
      },
    });
    if (!first.ok) throw new Error(first.error.message);
    const id = (first.value as Session).id;
    const { user, painNow } = await renderForm(id);
    expect(screen.getByRole('heading', { level: 1, name: 'Edit check-in' })).toBeInTheDocument();
    expect(within(painNow).getByRole('radio', { name: 'Pain 6 — moderate' })).toBeChecked();
    expect(within(painNow).getByRole('radio', { name: 'Pain 6 — moderate' })).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: 'Hips or buttocks' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Sharp' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Distance (km)' })).toHaveValue('12');
    expect(screen.getByRole('textbox', { name: 'Time' })).toHaveValue('1:00:00');
    expect(screen.getByRole('status', { name: 'Pace' })).toHaveTextContent('5:00 /km');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Windy');

    await user.keyboard('{ArrowLeft}{ArrowLeft}{Enter}');
    await expect.poll(() => navigation.screen.name).toBe('history');
    const sessions = await storedSessions();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ id, checkIn: { painNow: 4, note: 'Windy', distanceKm: 12 } });
    expect(historyState.notice).toBe('Check-in updated.');
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
    historyState.filter = { routineId: '', dayType: 'rest', painBand: '' };
    const { user } = await renderForm();
    await user.keyboard('1{Enter}');
    await expect.poll(() => navigation.screen.name).toBe('history');
    expect(historyState.tab).toBe('sessions');
    expect(historyState.filter.dayType).toBe('');
    expect(historyState.openId).toBe((await storedSessions())[0]!.id);
  });
});
