/**
 * Clock times on a training day. The schedule works in minutes after midnight because adding
 * durations to "HH:MM" strings is where off-by-one-hour mistakes come from.
 */

const CLOCK = /^(\d{1,3}):([0-5]\d)$/;

/** Minutes after midnight of "HH:MM". Also reads "24:10" and later, the way `toClock` writes a day that runs late. */
export function toMinutes(clock: string): number {
  const match = CLOCK.exec(clock.trim());
  if (!match) throw new RangeError(`not a clock time (HH:MM): "${clock}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * "HH:MM", zero-padded. A day that runs past midnight is written as "24:10" rather than wrapping to
 * "00:10", so an overrun stays visible; negative minutes clamp to "00:00".
 */
export function toClock(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  const hours = Math.floor(whole / 60);
  return `${String(hours).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}
