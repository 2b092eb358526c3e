/** The organisation's calendar: Norwegian public agencies plan in Oslo time. */
const OSLO_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Oslo as 'YYYY-MM-DD' (the sv-SE locale writes dates that way). */
export const todayInOslo = (now: Date = new Date()): string => OSLO_DATE.format(now);
