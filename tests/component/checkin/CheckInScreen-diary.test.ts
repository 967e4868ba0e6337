/** The check-in's treatments and pain by spot, by keyboard: what is pressed and scored is what main keeps. */
import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { navigation } from '../../../src/stores/navigation.svelte';
import { renderForm, storedSessions, useCheckInScreen } from './checkin-harness';

useCheckInScreen();

describe('CheckInScreen, the fuller diary', () => {
  it('the treatments are one tab stop: arrows move, Space toggles, Enter toggles without saving', async () => {
    const { user } = await renderForm();
    const bar = screen.getByRole('toolbar', { name: 'What did you do for your back?' });
    const buttons = within(bar).getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.trim())).toEqual([
      'Heat',
      'Ice',
      'The wheel',
      'Stretching',
      'Painkiller',
      'Physiotherapy',
      'Rest',
      'Other',
    ]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
    buttons[0]!.focus();
    await user.keyboard('{ArrowLeft}');
    expect(buttons[7]).toHaveFocus();
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight} ');
    expect(buttons[4]).toHaveAttribute('aria-pressed', 'true');
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[4]]);
    // Only now is there a field for the painkiller's name.
    expect(screen.getByRole('textbox', { name: 'Painkiller name and dose (optional)' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(buttons[4]).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('textbox', { name: /Painkiller name/ })).toBeNull();
    expect(navigation.screen.name).toBe('check-in');
  });

  it('a spot is unscored until chosen, and two treatments and a spot score are saved as given', async () => {
    const { user } = await renderForm();
    await user.keyboard('3');
    expect(screen.queryByRole('combobox', { name: 'Lower back, left' })).not.toBeVisible();
    await user.click(screen.getByText('Pain by spot'));
    const spot = screen.getByRole('combobox', { name: 'Lower back, left' });
    expect(spot).toHaveValue('');
    await user.selectOptions(spot, '6');
    expect(screen.getByText(/· 1 scored/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Heat' }));
    await user.click(screen.getByRole('button', { name: 'Painkiller' }));
    await user.type(screen.getByRole('textbox', { name: 'Painkiller name and dose (optional)' }), '  paracetamol 1 g ');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await expect.poll(async () => (await storedSessions()).length).toBe(1);
    expect((await storedSessions())[0]!.checkIn).toMatchObject({
      painNow: 3,
      treatments: ['heat', 'painkiller'],
      painkillerNote: 'paracetamol 1 g',
      spotPain: { 'lower-back-left': 6 },
      avgHeartRate: null,
      climbM: null,
    });
  });

  it('a painkiller name typed and then unticked is not sent', async () => {
    const { user } = await renderForm();
    await user.keyboard('2');
    await user.click(screen.getByRole('button', { name: 'Painkiller' }));
    await user.type(screen.getByRole('textbox', { name: /Painkiller name/ }), 'naproxen');
    await user.click(screen.getByRole('button', { name: 'Painkiller' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await expect.poll(async () => (await storedSessions()).length).toBe(1);
    expect((await storedSessions())[0]!.checkIn).toMatchObject({ treatments: [], painkillerNote: '' });
  });

  it('Enter on “Pain by spot” does not save the check-in', async () => {
    const { user } = await renderForm();
    await user.keyboard('4');
    const summary = screen.getByText('Pain by spot').closest('summary')!;
    summary.focus();
    // (jsdom does not open a <details> on Enter; the e2e test sees it open.)
    await user.keyboard('{Enter}');
    expect(navigation.screen.name).toBe('check-in');
    expect(await storedSessions()).toEqual([]);
  });
});
