import type { TreeOption, TreeQuestion, UnavailableRule } from '../../../content/model';
import type { TrailStep } from '../../../content/resolve-position';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextLink } from '../../../components/ui/text-link';
import { Breadcrumb } from './breadcrumb';

interface UnavailableScreenProps {
  question: TreeQuestion;
  option: TreeOption;
  rule: UnavailableRule;
  trail: readonly TrailStep[];
  questionPath: string;
}

/** A combination that does not exist: why, and where to go instead. Never a dead end. */
export default function UnavailableScreen({
  question,
  option,
  rule,
  trail,
  questionPath,
}: UnavailableScreenProps) {
  return (
    <article>
      <Breadcrumb trail={trail} />
      <PageHeading>{`${option.label} is not available here`}</PageHeading>
      <p className="mt-4 max-w-prose">{rule.reason}</p>
      <ul className="mt-6 grid gap-2">
        <li>
          <TextLink to={rule.alternative.path}>{rule.alternative.label}</TextLink>
        </li>
        <li>
          <TextLink to={questionPath}>{`Choose another answer to “${question.title}”`}</TextLink>
        </li>
      </ul>
    </article>
  );
}
