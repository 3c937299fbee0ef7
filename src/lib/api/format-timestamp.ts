import { formatDateTime } from '../i18n/format';

/** An ISO timestamp from the API (already validated) as a local date and time, in the app's language. */
export const formatTimestamp = (iso: string): string => formatDateTime(new Date(iso));
