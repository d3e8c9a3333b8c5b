/**
 * The "Report a problem with this page" address: the site's report URL (the REPORT_URL build
 * setting) with the page's title and address as `title` and `body` query parameters, encoded so
 * no title can add or change a parameter.
 */
export function reportProblemUrl(reportUrl: string, pageTitle: string, pageUrl: string): string {
  const url = new URL(reportUrl);
  url.searchParams.set('title', `Problem with: ${pageTitle}`);
  url.searchParams.set('body', `Page: ${pageUrl}\n\nWhat is wrong:\n`);
  return url.href;
}
