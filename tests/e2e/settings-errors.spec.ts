/** Settings say a refused value in plain words beside the field; the calendar at a small window. */
import { test, expect } from './fixtures/test';

test('get-ready 99 is refused beside the field, in plain words, and the stored value shows again', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 640 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const getReady = page.getByRole('spinbutton', { name: 'Get-ready countdown (seconds)' });
  await getReady.fill('99');
  await page.keyboard.press('Tab');
  const message = page.getByText('Get-ready is at most 60 seconds. It stays at 5 seconds.');
  await expect(message).toBeVisible();
  await expect(getReady).toHaveValue('5');
  await expect(page.getByText(/settings:update|getReadySec/)).toHaveCount(0);
  // Beside the field: the message starts within a few lines below it.
  const field = (await getReady.boundingBox())!;
  const text = (await message.boundingBox())!;
  expect(text.y - (field.y + field.height)).toBeLessThan(40);
  await getReady.scrollIntoViewIfNeeded();
  await snap(app, 'settings-refused-1024');
});

test('the calendar at 1024×640 keeps its marks inside their cells', async ({ launch, snap }) => {
  const app = await launch();
  const { page } = app;
  await page.evaluate(async () => {
    const api = (window as unknown as { backstride: { saveCheckIn: (a: unknown) => Promise<unknown> } }).backstride;
    for (const [painNow, dayType] of [
      [3, 'run'],
      [6, 'cross'],
      [1, 'rest'],
    ] as const) {
      // A refused seed must fail here, not as a timeout on an empty calendar.
      const saved = (await api.saveCheckIn({
        sessionId: null,
        checkIn: {
          painNow,
          painBefore: null,
          locations: [],
          kinds: [],
          redFlags: [],
          dayType,
          crossTrainingKind: '',
          distanceKm: dayType === 'run' ? 8 : null,
          durationSec: null,
          note: '',
          treatments: [],
          painkillerNote: '',
          spotPain: {},
          avgHeartRate: null,
          climbM: null,
        },
      })) as { ok: boolean };
      if (!saved.ok) throw new Error(`seeding the calendar was refused: ${JSON.stringify(saved)}`);
    }
  });
  await page.setViewportSize({ width: 1024, height: 640 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'History' }).click();
  await page.getByRole('tab', { name: 'Calendar' }).click();
  for (const width of [1024, 800]) {
    await page.setViewportSize({ width, height: 640 });
    // Every mark lies inside its own day cell.
    const spill = await page.locator('td .mark').evaluateAll(
      (marks) =>
        marks.filter((m) => {
          const cell = m.closest('td')!.getBoundingClientRect();
          const box = m.getBoundingClientRect();
          return box.left < cell.left - 0.5 || box.right > cell.right + 0.5 || box.top < cell.top - 0.5 || box.bottom > cell.bottom + 0.5;
        }).length,
    );
    expect(spill).toBe(0);
    await snap(app, `calendar-${width}`);
  }
});
