/** The browser's IANA time zone, which the API uses for working hours and proposals. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Tokyo';
}
