import { useLocation } from 'react-router';
import { useAppIsLive } from '../../../hooks/use-app-is-live';
import { absoluteUrl } from '../../../lib/paths';
import { reportProblemUrl } from '../../../lib/report-url';

/** "Report a problem with this page": a new issue that names the page (REPORT_URL, decision 0027). */
export default function ReportProblemLink({ title }: { title: string }) {
  const { pathname } = useLocation();
  // The prerendered page has no origin yet; the app fills the full address in after hydrating.
  const origin = useAppIsLive() ? window.location.origin : '';
  return (
    <p className="mt-2">
      <a
        href={reportProblemUrl(__REPORT_URL__, title, absoluteUrl(pathname, origin))}
        rel="noopener noreferrer"
        className="inline-block py-1 underline underline-offset-2"
      >
        Report a problem with this page
      </a>
    </p>
  );
}
