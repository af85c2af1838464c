/** How the live view writes times: the room's clock as HH:MM, a countdown as m:ss. */

const two = (value: number) => String(value).padStart(2, '0');

/** Epoch ms as the local clock time, 24-hour, as a Dutch trainer reads it off the wall. */
export function clockTime(epochMs: number): string {
  const date = new Date(epochMs);
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Whole seconds of a countdown, rounded up so 0:00 shows only when the time is really up. */
export function countdownSeconds(remainingMs: number): number {
  return Math.ceil(remainingMs / 1000);
}

/** A number of seconds as m:ss (or h:mm:ss past an hour); the sign is the caller's business. */
export function duration(seconds: number): string {
  const total = Math.abs(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = two(total % 60);
  return hours > 0 ? `${hours}:${two(minutes)}:${rest}` : `${minutes}:${rest}`;
}

/** A difference in minutes with its sign: "+5", "−3" (a real minus sign), "0". */
export function signedMinutes(minutes: number): string {
  if (minutes > 0) return `+${minutes}`;
  if (minutes < 0) return `\u2212${Math.abs(minutes)}`;
  return '0';
}
