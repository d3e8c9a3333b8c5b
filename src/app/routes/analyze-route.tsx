import {
  AnalyzerPage,
  type AnalyzerResultInfo,
} from '../../features/analyzer/components/analyzer-page';
import { adminFixLinks } from '../../features/analyzer/lib/admin-links';
import { SenderAdminMessage } from '../../features/helpdesk/components/sender-admin-message';
import { siteContent } from '../../content/site-content';
import { paths, roleSlugs } from '../../lib/paths';
import { useAdminFixLinks } from './use-admin-fix-links';

/** /analyze: the bounce analyzer, loaded on demand (see App), composed with the tree. */
export default function AnalyzeRoute() {
  const { tree, fixes } = siteContent();
  return <AnalyzerPage tree={tree} fixes={fixes} renderAfterResult={renderAdminMessage} />;
}

function renderAdminMessage(info: AnalyzerResultInfo) {
  return <AnalyzedAdminMessage key={info.analysis.code ?? ''} {...info} />;
}

/**
 * For a bounce the recipient's admin can fix, pasted by its sender: the message to send them,
 * with the code and the address the bounce names, linking to the deepest admin pages the bounce
 * determines. Not when the bounce reads like an app's (the app path comes first then).
 */
function AnalyzedAdminMessage({ analysis, resolution, routes }: AnalyzerResultInfo) {
  const admin = routes.find((route) => route.role === roleSlugs.admin);
  const codeText = analysis.code ?? analysis.codes.join(', ');
  const links = adminFixLinks(routes, paths.adminStart());
  const linksFor = useAdminFixLinks({ codeText, links });
  if (!admin || routes[0]?.role === roleSlugs.app) return null;
  return (
    <div className="mt-8">
      <SenderAdminMessage
        headingLevel={3}
        linksFor={linksFor}
        {...(resolution.method ? { refusal: resolution.method } : {})}
        initialCodeText={codeText}
        {...(analysis.recipient ? { initialRecipient: analysis.recipient } : {})}
        {...(analysis.sender?.outside && analysis.sender.address
          ? { initialSender: analysis.sender.address }
          : {})}
        intro="If you sent the message: only the recipient’s mail admin can let it through. Add your address and when you sent it; the message says what bounced, what to change, and links to the exact steps."
      />
    </div>
  );
}
