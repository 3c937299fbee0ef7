const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO timestamp from the API (already validated) as a local date and time. */
export const formatTimestamp = (iso: string): string => dateTime.format(new Date(iso));
