/**
 * Calendar arithmetic and C's strftime (glibc, C locale), shared by `time`, `datetime` and
 * `logging`'s asctime. Taskline's wall clock is the virtual clock read as UTC from epoch 0.
 */

/** A broken-down time, as C's struct tm (wday: Monday is 0, as Python numbers it). */
export interface Tm {
  readonly year: number;
  readonly mon: number;
  readonly mday: number;
  readonly hour: number;
  readonly min: number;
  readonly sec: number;
  readonly wday: number;
  readonly yday: number;
}

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** Day of the year, 1-based. */
export function dayOfYear(y: number, m: number, d: number): number {
  return DAYS_BEFORE_MONTH[m - 1]! + (m > 2 && isLeap(y) ? 1 : 0) + d;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): { year: number; mon: number; mday: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const mday = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mon = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (mon <= 2 ? 1 : 0), mon, mday };
}

/** 1970-01-01 was a Thursday (3 with Monday as 0). */
export function weekday(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** gmtime(): whole seconds since the epoch, broken down in UTC. */
export function tmFromSeconds(secs: number): Tm {
  const s = Math.floor(secs);
  const days = Math.floor(s / 86400);
  const rem = s - days * 86400;
  const { year, mon, mday } = civilFromDays(days);
  return {
    year,
    mon,
    mday,
    hour: Math.floor(rem / 3600),
    min: Math.floor((rem % 3600) / 60),
    sec: rem % 60,
    wday: weekday(days),
    yday: dayOfYear(year, mon, mday),
  };
}

/** timegm(): the inverse of tmFromSeconds (fields may be out of range, as mktime allows). */
export function secondsFromTm(year: number, mon: number, mday: number, hour: number, min: number, sec: number): number {
  const y = year + Math.floor((mon - 1) / 12);
  const m = ((((mon - 1) % 12) + 12) % 12) + 1;
  return (daysFromCivil(y, m, 1) + mday - 1) * 86400 + hour * 3600 + min * 60 + sec;
}

const pad = (n: number, w: number, c = '0'): string => String(n).padStart(w, c);

/** ISO 8601 week-numbering year and week of a date. */
function isoWeek(tm: Tm): [number, number] {
  const isoDay = tm.wday + 1;
  const thursdayYday = tm.yday - isoDay + 4;
  if (thursdayYday < 1) {
    const py = tm.year - 1;
    const pyDays = isLeap(py) ? 366 : 365;
    return [py, Math.floor((thursdayYday + pyDays - 1) / 7) + 1];
  }
  const days = isLeap(tm.year) ? 366 : 365;
  if (thursdayYday > days) return [tm.year + 1, 1];
  return [tm.year, Math.floor((thursdayYday - 1) / 7) + 1];
}

export interface Zone {
  /** %Z: GMT for time.gmtime's struct, '' for a naive datetime, UTC for timezone.utc. */
  readonly name: string;
  /** %z: +0000, or '' for a naive datetime. */
  readonly offset: string;
}

/** C's strftime in the C locale, as glibc writes each directive; unknown ones stay as they are. */
export function strftime(fmt: string, tm: Tm, zone: Zone, epochSeconds: number): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch !== '%' || i + 1 >= fmt.length) {
      out += ch;
      continue;
    }
    let d = fmt[++i]!;
    // glibc's flag `-` drops the padding (`%-d`).
    let noPad = false;
    if (d === '-' && i + 1 < fmt.length) {
      noPad = true;
      d = fmt[++i]!;
    }
    const p = (n: number, w: number, c = '0'): string => (noPad ? String(n) : pad(n, w, c));
    const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (d) {
      case 'a': out += DAY_NAMES[tm.wday]!.slice(0, 3); break;
      case 'A': out += DAY_NAMES[tm.wday]!; break;
      case 'b': case 'h': out += MONTH_NAMES[tm.mon - 1]!.slice(0, 3); break;
      case 'B': out += MONTH_NAMES[tm.mon - 1]!; break;
      case 'c': out += strftime('%a %b %e %H:%M:%S %Y', tm, zone, epochSeconds); break;
      case 'C': out += p(Math.floor(tm.year / 100), 2); break;
      case 'd': out += p(tm.mday, 2); break;
      case 'D': case 'x': out += strftime('%m/%d/%y', tm, zone, epochSeconds); break;
      case 'e': out += p(tm.mday, 2, ' '); break;
      case 'F': out += strftime('%Y-%m-%d', tm, zone, epochSeconds); break;
      case 'g': out += p(isoWeek(tm)[0] % 100, 2); break;
      case 'G': out += String(isoWeek(tm)[0]); break;
      case 'H': out += p(tm.hour, 2); break;
      case 'I': out += p(h12, 2); break;
      case 'j': out += p(tm.yday, 3); break;
      case 'k': out += p(tm.hour, 2, ' '); break;
      case 'l': out += p(h12, 2, ' '); break;
      case 'm': out += p(tm.mon, 2); break;
      case 'M': out += p(tm.min, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'P': out += tm.hour < 12 ? 'am' : 'pm'; break;
      case 'r': out += strftime('%I:%M:%S %p', tm, zone, epochSeconds); break;
      case 'R': out += strftime('%H:%M', tm, zone, epochSeconds); break;
      case 's': out += String(Math.floor(epochSeconds)); break;
      case 'S': out += p(tm.sec, 2); break;
      case 't': out += '\t'; break;
      case 'T': case 'X': out += strftime('%H:%M:%S', tm, zone, epochSeconds); break;
      case 'u': out += String(tm.wday + 1); break;
      case 'U': out += p(Math.floor((tm.yday - 1 + 7 - ((tm.wday + 1) % 7)) / 7), 2); break;
      case 'V': out += p(isoWeek(tm)[1], 2); break;
      case 'w': out += String((tm.wday + 1) % 7); break;
      case 'W': out += p(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2); break;
      case 'y': out += p(tm.year % 100, 2); break;
      case 'Y': out += String(tm.year); break;
      case 'z': out += zone.offset; break;
      case 'Z': out += zone.name; break;
      case '%': out += '%'; break;
      default: out += '%' + (noPad ? '-' : '') + d;
    }
  }
  return out;
}

/** time.asctime()'s fixed format: `Thu Jan  1 00:00:03 1970`. */
export function asctime(tm: Tm): string {
  return `${DAY_NAMES[tm.wday]!.slice(0, 3)} ${MONTH_NAMES[tm.mon - 1]!.slice(0, 3)} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}
