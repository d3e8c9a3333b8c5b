/**
 * The local calendar day as YYYY-MM-DD, the order a ticket log sorts by. Built from the date's
 * parts rather than `toLocaleDateString('en-CA')`: a fix page's first locale call loads the
 * browser's date formatting data, ~15 ms (60 ms on a throttled phone) in the task after hydration.
 */
export function localDay(date: Date): string {
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}
