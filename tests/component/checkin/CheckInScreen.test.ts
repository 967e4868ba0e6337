/** The check-in form as the runner fills it in: pain by keyboard, red flags, pace, units, kinds of day, what is refused before main is asked. */
import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { navigation } from '../../../src/stores/navigation.svelte';
import { updateSettings } from '../../../src/stores/settings.svelte';
import { renderForm, storedSessions, useCheckInScreen } from './checkin-harness';

const h = useCheckInScreen();

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
    await h.bridge.main.invoke('player:set-pain-before', { pain: 5 });
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
});
