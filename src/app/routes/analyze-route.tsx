import {
  AnalyzerPage,
  type AnalyzerResultInfo,
} from '../../features/analyzer/components/analyzer-page';
import { AdminMessage } from '../../features/helpdesk/components/admin-message';
import { AdminMessageSection } from '../../features/helpdesk/components/admin-message-section';
import { siteContent } from '../../content/site-content';
import { roleSlugs } from '../../lib/paths';

/** /analyze: the bounce analyzer, loaded on demand (see App), composed with the tree. */
export default function AnalyzeRoute() {
  const { tree, fixes } = siteContent();
  return <AnalyzerPage tree={tree} fixes={fixes} renderAfterResult={renderAdminMessage} />;
}

/**
 * For a bounce the recipient's admin can fix: the message to send them, with the code and the
 * address the bounce names, linking to the deepest admin step the bounce's answers reach.
 */
function renderAdminMessage({ analysis, routes }: AnalyzerResultInfo) {
  const admin = routes.find((route) => route.role === roleSlugs.admin);
  if (!admin) return null;
  return (
    <AdminMessageSection
      headingLevel={3}
      intro="If you sent the message, send this to the recipient’s mail admin: it says what bounced, what to change, and links to the steps."
    >
      <div className="mt-4">
        <AdminMessage
          codes={analysis.code ? [analysis.code] : analysis.codes}
          recipient={analysis.recipient ?? ''}
          fixPath={admin.walk.path}
        />
      </div>
    </AdminMessageSection>
  );
}
