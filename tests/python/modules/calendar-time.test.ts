/** Calendar arithmetic and C's strftime, against values CPython's time.gmtime/strftime gave. */
import { describe, expect, it } from 'vitest';
import { asctime, civilFromDays, daysFromCivil, secondsFromTm, strftime, tmFromSeconds } from '../../../src/python/modules/calendar-time.ts';

const UTC = { name: 'GMT', offset: '+0000' };
const FMT = '%a %d %b %Y %H:%M:%S %j %U %W %G %V %u %C %y';

describe('calendar time', () => {
  it.each([
    [0, [1970, 1, 1, 0, 0, 0, 3, 1], 'Thu 01 Jan 1970 00:00:00 001 00 00 1970 01 4 19 70'],
    [59.9, [1970, 1, 1, 0, 0, 59, 3, 1], 'Thu 01 Jan 1970 00:00:59 001 00 00 1970 01 4 19 70'],
    [951782400, [2000, 2, 29, 0, 0, 0, 1, 60], 'Tue 29 Feb 2000 00:00:00 060 09 09 2000 09 2 20 00'],
    [1e9, [2001, 9, 9, 1, 46, 40, 6, 252], 'Sun 09 Sep 2001 01:46:40 252 36 36 2001 36 7 20 01'],
    [1234567890, [2009, 2, 13, 23, 31, 30, 4, 44], 'Fri 13 Feb 2009 23:31:30 044 06 06 2009 07 5 20 09'],
    [-1, [1969, 12, 31, 23, 59, 59, 2, 365], 'Wed 31 Dec 1969 23:59:59 365 52 52 1970 01 3 19 69'],
    [253402300799, [9999, 12, 31, 23, 59, 59, 4, 365], 'Fri 31 Dec 9999 23:59:59 365 52 52 9999 52 5 99 99'],
  ])('gmtime(%s) and its strftime', (secs, fields, text) => {
    const tm = tmFromSeconds(secs);
    expect([tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday]).toEqual(fields);
    expect(strftime(FMT, tm, UTC, secs)).toBe(text);
  });

  it('round-trips days and seconds', () => {
    for (const days of [-719162, -1, 0, 59, 365, 11016, 2932896]) {
      const c = civilFromDays(days);
      expect(daysFromCivil(c.year, c.mon, c.mday)).toBe(days);
    }
    const tm = tmFromSeconds(1234567890);
    expect(secondsFromTm(tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec)).toBe(1234567890);
    // mktime normalises out-of-range fields: month 13 is January of the next year.
    expect(secondsFromTm(1969, 13, 1, 0, 0, 0)).toBe(0);
  });

  it('writes the composite and padding directives as glibc does', () => {
    const tm = tmFromSeconds(86400 * 45 + 3);
    expect(strftime('%c|%x|%X|%D|%T|%R|%r|%e|%k|%l|%P|%-d|%%|%Q|%s', tm, UTC, 86400 * 45 + 3)).toBe(
      'Sun Feb 15 00:00:03 1970|02/15/70|00:00:03|02/15/70|00:00:03|00:00|12:00:03 AM|15| 0|12|am|15|%|%Q|3888003',
    );
    expect(asctime(tmFromSeconds(3))).toBe('Thu Jan  1 00:00:03 1970');
  });
});
