/**
 * A moment as YYYY-MM-DD in the person's own time zone: the day they sent a claim, as their calendar shows it. As a
 * UTC date, a claim sent at 08:00 in Tokyo was dated the day before, and one sent at 17:00 in California the day
 * after (a date still in the future for them).
 */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
