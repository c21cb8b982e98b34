import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../../../../src-main/services/import/dates';

describe('parseDate: the dates saved pages write, as ISO YYYY-MM-DD', () => {
  it.each([
    ['23-10-2017', '2017-10-23'],
    ['2017-10-23', '2017-10-23'],
    ['September 28, 2017', '2017-09-28'],
    ['28 Sep 2017', '2017-09-28'],
    ['2017年9月28日', '2017-09-28'],
    ['2017/09/28', '2017-09-28'],
    ['23.10.2017', '2017-10-23'],
    ['Sept. 28, 2017', '2017-09-28'],
    ['28-Sep-2017', '2017-09-28'],
    ['1st March 2019', '2019-03-01'],
    ['Thursday, September 28, 2017', '2017-09-28'],
    ['2017年09月28日 08:30', '2017-09-28'],
    ['２０１７年９月２８日', '2017-09-28'],
    ['2017-09-28T08:30:00+08:00', '2017-09-28'],
    ['2020-06-02 18:04:11', '2020-06-02'],
    ['Sep 28, 2017', '2017-09-28'],
    ['28 September 2017', '2017-09-28'],
    ['28.09.2017', '2017-09-28'],
    ['2017년 9월 28일', '2017-09-28'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成29年9月28日', '2017-09-28'],
  ])('reads %s as %s', (written, iso) => {
    expect(parseDate(written)).toBe(iso);
  });

  it.each([
    ['2017-09-28T23:30:00-05:00', '2017-09-28'],
    ['2017-09-28T23:30:00.000-05:00', '2017-09-28'],
    ['2017-09-28T01:30:00+09:00', '2017-09-28'],
    ['2017-09-28T23:30:00Z', '2017-09-28'],
    ['2017-09-28 23:30 GMT+8', '2017-09-28'],
  ])('keeps the date of %s as published in its own time zone (%s), not in UTC', (written, iso) => {
    expect(parseDate(written)).toBe(iso);
  });

  it('reads day-first dates, unless only month-first makes sense', () => {
    expect(parseDate('05-04-2018')).toBe('2018-04-05');
    expect(parseDate('10/23/2017')).toBe('2017-10-23');
  });

  it('refuses impossible dates and text that is more than a date', () => {
    expect(parseDate('30-02-2017')).toBeNull();
    expect(parseDate('2019-02-29')).toBeNull();
    expect(parseDate('2020-02-29')).toBe('2020-02-29');
    expect(parseDate('13/13/2017')).toBeNull();
    expect(parseDate('Published in the spring')).toBeNull();
    expect(parseDate("People's Daily (September 28, 2017)")).toBeNull();
  });

  it('finds a date inside other text, with its position', () => {
    const text = "People's Daily (September 28, 2017)";
    const found = findDate(text);
    expect(found?.iso).toBe('2017-09-28');
    expect(text.slice(found?.index, (found?.index ?? 0) + (found?.length ?? 0))).toBe('September 28, 2017');
    expect(findDate('no date here, only 2017 and 28')).toBeNull();
  });
});
