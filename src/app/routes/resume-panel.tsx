import fixIndex from 'virtual:content/fix-index';
import { ResumeNotice } from '../../features/progress/components/resume-notice';
import { pathLeadsTo } from '../path-leads-to';

/**
 * "Continue where you left off" on the start page. A chunk of its own (with the fix pages' front
 * matter, for their step counts), loaded only when the store holds progress.
 */
export default function ResumePanel() {
  return <ResumeNotice fixes={fixIndex} pathLeadsTo={pathLeadsTo} />;
}
