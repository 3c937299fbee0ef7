/**
 * A page's title, "Heading – App": what a tab, the history list and a screen reader arriving
 * on the page announce (WCAG 2.4.2). The pre-renderer gives the same one to its HTML.
 */
export function pageTitle(heading: string | null | undefined, appName: string): string {
  const text = heading?.replace(/\s+/g, ' ').trim();
  return text ? `${text} – ${appName}` : appName;
}
