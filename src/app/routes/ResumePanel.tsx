import { fixes } from 'virtual:content';
import { ResumeNotice } from '../../features/progress/components/ResumeNotice';
import { pathLeadsTo } from '../path-leads-to';

/**
 * "Continue where you left off" on the start page. A chunk of its own: it can only show after
 * the store has read storage (after the first render), so loading it late costs nothing.
 */
export default function ResumePanel() {
  return <ResumeNotice fixes={fixes} pathLeadsTo={pathLeadsTo} />;
}
