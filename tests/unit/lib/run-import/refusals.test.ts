/** Files that are not a run are refused one by one, in plain words; nothing half-read comes back. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunFile } from '../../../../src/lib/run-import';
import { haversineM } from '../../../../src/lib/run-import/track';
import { encodeFitRun } from '../../../support/fit-run';

const DIR = path.resolve(import.meta.dirname, '../../../fixtures/runs');
const text = (s: string) => new TextEncoder().encode(s);
const garminGpx = fs.readFileSync(path.join(DIR, 'garmin-connect-run.gpx'), 'utf8');

function reason(name: string, bytes: Uint8Array): string {
  const outcome = parseRunFile(name, bytes, 'UTC');
  if (outcome.ok) throw new Error(`${name} was accepted`);
  return outcome.reason;
}

describe('refused files', () => {
  it('a GPX cut off half-way (a download that stopped) is refused, not imported as half a run', () => {
    const cut = garminGpx.slice(0, Math.floor(garminGpx.length / 2));
    expect(reason('cut.gpx', text(cut))).toMatch(/cut short or damaged/);
  });

  it('text that is not XML at all', () => {
    expect(reason('notes.gpx', text('Ran 5k today <3 felt good'))).toMatch(/damaged|cut short/);
  });

  it('an empty file', () => {
    expect(reason('empty.tcx', new Uint8Array())).toBe('the file is empty');
  });

  it('a GPX with a planned route but no recorded track', () => {
    const route = '<?xml version="1.0"?><gpx version="1.1"><rte><rtept lat="1" lon="2"/><rtept lat="1.01" lon="2"/></rte></gpx>';
    expect(reason('plan.gpx', text(route))).toBe('it holds a planned route, not a recorded run (no track)');
  });

  it('a track without times (drawn, not recorded)', () => {
    const drawn = '<gpx><trk><trkseg><trkpt lat="1" lon="2"/><trkpt lat="1.01" lon="2"/></trkseg></trk></gpx>';
    expect(reason('drawn.gpx', text(drawn))).toMatch(/no recorded track/);
  });

  it('a bike ride', () => {
    expect(reason('ride.gpx', text(garminGpx.replace('<trk>', '<trk><type>cycling</type>')))).toBe('it is a cycling activity, not a run');
    expect(reason('ride.fit', encodeFitRun(undefined, { sport: 'cycling' }))).toBe('it is a cycling activity, not a run');
  });

  it('a TCX that is some other XML', () => {
    expect(reason('x.tcx', text('<?xml version="1.0"?><kml><Document/></kml>'))).toMatch(/not a TCX file/);
  });

  it('a FIT file cut short fails its size and checksum test', () => {
    const fit = encodeFitRun();
    expect(reason('cut.fit', fit.slice(0, fit.length - 500))).toMatch(/cut short or damaged/);
  });

  it('a FIT with one byte changed fails its checksum', () => {
    const fit = encodeFitRun();
    fit[2000] = fit[2000]! ^ 0xff;
    expect(reason('flipped.fit', fit)).toMatch(/cut short or damaged/);
  });

  it('a file named .fit that is not one', () => {
    expect(reason('photo.fit', text('\u00ffJFIF not a fit file at all'))).toMatch(/not a FIT file/);
  });

  it('a file of another kind', () => {
    expect(reason('run.kml', text('<kml/>'))).toBe('it is not a GPX, TCX or FIT file');
  });
});

describe('great-circle distance', () => {
  it('one degree of latitude is about 111.2 km; London to Paris about 343.5 km', () => {
    expect(haversineM(0, 0, 1, 0)).toBeCloseTo(111_195, -1);
    expect(haversineM(51.5074, -0.1278, 48.8566, 2.3522) / 1000).toBeCloseTo(343.5, 0);
  });
});
