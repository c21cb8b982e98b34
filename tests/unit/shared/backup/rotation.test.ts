import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayKey, monthKey, rotateBackups, weekKey } from '../../../../src-shared/backup/rotation';

// The rotation works in the local calendar: these tests pin a zone with DST changes (Europe/Berlin: clocks go
// forward on 2026-03-29 and back on 2026-10-25).
const zone = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Europe/Berlin';
});
afterAll(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

/** A local time in Berlin. */
function at(year: number, month: number, day: number, hours = 3, minutes = 0): Date {
  return new Date(year, month - 1, day, hours, minutes);
}

const keep = (dates: Date[]) => rotateBackups(dates, (date) => date).keep.map((date) => date.toISOString());
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('calendar keys', () => {
  it('uses ISO weeks: Monday first, week 1 holds the first Thursday, across year ends', () => {
    expect(weekKey(at(2026, 12, 28))).toBe('2026-W53'); // Monday
    expect(weekKey(at(2027, 1, 3))).toBe('2026-W53'); // Sunday of the same week
    expect(weekKey(at(2027, 1, 4))).toBe('2027-W01');
    expect(weekKey(at(2025, 12, 29))).toBe('2026-W01');
    expect(weekKey(at(2026, 12, 2))).toBe('2026-W49');
  });

  it('keeps the local day on both DST changes, also just after midnight', () => {
    expect([at(2026, 1, 15).getTimezoneOffset(), at(2026, 7, 15).getTimezoneOffset()]).toEqual([-60, -120]);
    expect(dayKey(at(2026, 3, 29, 0, 30))).toBe('2026-03-29');
    expect(dayKey(at(2026, 3, 29, 23, 59))).toBe('2026-03-29');
    expect(dayKey(at(2026, 10, 25, 0, 5))).toBe('2026-10-25');
    expect(weekKey(at(2026, 3, 29, 23, 30))).toBe('2026-W13'); // a 23-hour Sunday
    expect(weekKey(at(2026, 10, 26, 0, 10))).toBe('2026-W44'); // the Monday after a 25-hour Sunday
    expect(monthKey(at(2026, 2, 28, 23, 59))).toBe('2026-02');
    expect(monthKey(at(2026, 3, 1, 0, 0))).toBe('2026-03');
  });
});

describe('rotateBackups', () => {
  it('keeps the newest of each day when a day has several', () => {
    const morning = at(2026, 12, 2, 8);
    const noon = at(2026, 12, 2, 12);
    const evening = at(2026, 12, 2, 21);
    const result = rotateBackups([noon, evening, morning], (date) => date);
    expect(iso(result.keep)).toEqual(iso([evening]));
    expect(iso(result.remove)).toEqual(iso([noon, morning]));
  });

  it('keeps 7 daily, then one a week for 4 weeks, then one a month for 3 months', () => {
    // One backup every day from 2026-08-01 to 2026-12-02 (Wednesday).
    const dates: Date[] = [];
    for (let day = at(2026, 8, 1); day <= at(2026, 12, 2); day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1, 3)) {
      dates.push(day);
    }
    expect(keep(dates)).toEqual(
      iso([
        // daily: Wed 2 Dec back to Thu 26 Nov
        at(2026, 12, 2), at(2026, 12, 1), at(2026, 11, 30), at(2026, 11, 29), at(2026, 11, 28), at(2026, 11, 27), at(2026, 11, 26),
        // weekly (newest of weeks 49, 48, 47, 46): 49 and 48 are already kept (2 Dec, 29 Nov); 47 and 46 end on Sundays
        at(2026, 11, 22), at(2026, 11, 15),
        // monthly (newest of December, November, October): the last day of October
        at(2026, 10, 31),
      ]),
    );
  });

  it('counts periods that have backups, not calendar periods: a gap keeps older ones', () => {
    const dates = [at(2026, 12, 2), at(2026, 6, 10), at(2026, 6, 9), at(2025, 1, 1)];
    // 4 distinct days (all kept as daily), weeks 49, 24, 24, 2025-W01, months 12, 6, 6, 2025-01.
    expect(keep(dates)).toEqual(iso(dates));
  });

  it('rotates across a DST change by calendar days: 23- and 25-hour days are one day each', () => {
    const dates = [
      at(2026, 10, 26, 0, 10), at(2026, 10, 25, 23, 50), at(2026, 10, 25, 2, 30), at(2026, 10, 24, 23, 59),
    ];
    const result = rotateBackups(dates, (date) => date);
    expect(iso(result.keep)).toEqual(iso([at(2026, 10, 26, 0, 10), at(2026, 10, 25, 23, 50), at(2026, 10, 24, 23, 59)]));
    expect(iso(result.remove)).toEqual(iso([at(2026, 10, 25, 2, 30)]));
  });

  it('keeps month ends apart: 31 January and 1 February are different months and days', () => {
    const dates = [at(2027, 2, 1, 0, 1), at(2027, 1, 31, 23, 59), at(2027, 1, 31, 8)];
    expect(keep(dates)).toEqual(iso([at(2027, 2, 1, 0, 1), at(2027, 1, 31, 23, 59)]));
  });

  it('always keeps the newest, and keeps nothing of an empty list', () => {
    expect(rotateBackups([at(2026, 1, 1)], (date) => date, { daily: 0, weekly: 0, monthly: 0 }).keep).toHaveLength(1);
    expect(rotateBackups([], (date: Date) => date)).toEqual({ keep: [], remove: [] });
  });
});
