import { siteContent } from '../../content/site-content';
import { SenderAdminMessage } from '../../features/helpdesk/components/sender-admin-message';
import { adminFixLinks } from '../../features/analyzer/lib/admin-links';
import { continueRoutes, resolveBounce } from '../../features/analyzer/lib/continue-plan';
import { useAnalyzerStore } from '../../features/analyzer/store/analyzer-store';
import { paths } from '../../lib/paths';
import { useAdminFixLinks, type KnownBounce } from './use-admin-fix-links';

/** The block's id: the sender pages' step 2 links to it (content/partials/_sender-what-to-send.md). */
const SENDER_MESSAGE_ID = 'send-to-admin';

/**
 * What the analyzer read from the bounce the sender pasted just before (kept in memory only):
 * the code, the recipient and the admin pages the whole bounce determines.
 */
function useAnalyzedBounce(): (KnownBounce & { recipient?: string; sender?: string }) | undefined {
  const outcome = useAnalyzerStore((state) => state.outcome);
  if (outcome?.status !== 'analysed' || !outcome.analysis.code) return undefined;
  const { analysis, choice } = outcome;
  const resolution = resolveBounce(analysis, choice);
  if (resolution.kind !== 'in-family') return undefined;
  const routes = continueRoutes(siteContent().tree, analysis, resolution);
  return {
    codeText: analysis.code ?? '',
    links: adminFixLinks(routes, paths.adminStart()),
    ...(analysis.recipient ? { recipient: analysis.recipient } : {}),
    ...(analysis.sender?.outside && analysis.sender.address
      ? { sender: analysis.sender.address }
      : {}),
  };
}

/** The sender's message to the recipient's admin (a chunk of its own: only the sender needs it). */
export default function SenderMessagePanel({
  pageCodes,
  refusal,
}: {
  pageCodes: readonly string[];
  /** What the page's bounce says (its `method` answer on the sender path). */
  refusal?: string;
}) {
  const analyzed = useAnalyzedBounce();
  const linksFor = useAdminFixLinks(analyzed);
  // A page about exactly one code (5.7.193 …) fills it in; the sender can still change it.
  const [onlyCode] = pageCodes.length === 1 ? pageCodes : [];
  return (
    <SenderAdminMessage
      id={SENDER_MESSAGE_ID}
      linksFor={linksFor}
      {...(refusal ? { refusal } : {})}
      initialCodeText={analyzed?.codeText ?? onlyCode ?? ''}
      {...(analyzed?.recipient ? { initialRecipient: analyzed.recipient } : {})}
      {...(analyzed?.sender ? { initialSender: analyzed.sender } : {})}
      intro="Nothing is wrong on your side: only the recipient’s organization can let your message through. Fill in what you know and send them this message; it links their mail admin to the exact steps."
    />
  );
}
