import { fixes, tree } from 'virtual:content';
import { AnalyzerPage } from '../../features/analyzer/components/AnalyzerPage';

/** /analyze: the bounce analyzer, loaded on demand (see App), composed with the tree. */
export default function AnalyzeRoute() {
  return <AnalyzerPage tree={tree} fixes={fixes} />;
}
