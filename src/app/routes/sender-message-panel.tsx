import fixIndex from 'virtual:content/fix-index';
import { SenderAdminMessage } from '../../features/helpdesk/components/sender-admin-message';
import { adminPathForCodes } from '../../features/helpdesk/lib/admin-path-for-codes';
import { paths } from '../../lib/paths';
import { treePositions } from '../tree-positions';

const adminPathFor = (codes: readonly string[]) =>
  adminPathForCodes(treePositions(), fixIndex, codes, paths.adminStart());

/** The sender's message to the recipient's admin (a chunk of its own: only the sender needs it). */
export default function SenderMessagePanel({ pageCodes }: { pageCodes: readonly string[] }) {
  // A page about exactly one code (5.7.193 …) fills it in; the sender can still change it.
  const [onlyCode] = pageCodes.length === 1 ? pageCodes : [];
  return <SenderAdminMessage adminPathFor={adminPathFor} initialCodeText={onlyCode ?? ''} />;
}
