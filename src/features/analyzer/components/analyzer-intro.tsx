import { PageHeading } from '../../../components/ui/page-heading';
import { TextLink } from '../../../components/ui/text-link';
import { paths } from '../../../lib/paths';

/**
 * The analyzer page's heading (it names the page's article: `analyzer-heading`), what the
 * analyzer does, that nothing leaves the browser, and the way on without JavaScript.
 */
export function AnalyzerIntro() {
  return (
    <>
      <div id="analyzer-heading" className="print:hidden">
        <PageHeading>Analyze a bounce</PageHeading>
      </div>
      <p className="mt-3 max-w-prose print:hidden">
        Paste the bounce (the non-delivery report) or open it as a file. The analyzer finds the
        status code, the diagnostic text, the recipient and the servers, explains what happened and
        takes you on to the right fix with the questions it can answer already answered.
      </p>
      <p className="mt-3 max-w-prose rounded-md border-l-4 border-emerald-600 bg-emerald-50 px-3 py-2 text-sm dark:border-emerald-400 dark:bg-emerald-950 print:hidden">
        <strong>Private by design:</strong> everything runs here in your browser. Nothing you paste
        or open is uploaded, stored or put in the page address.
      </p>
      <noscript>
        <p className="mt-3 max-w-prose rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm dark:border-amber-400 dark:bg-amber-950">
          The analyzer runs in your browser and needs JavaScript, which is turned off. Without it,
          answer the <TextLink to="/">wizard’s questions</TextLink>, or find your bounce code in the{' '}
          <TextLink to={paths.fixes()}>index of fixes</TextLink>.
        </p>
      </noscript>
    </>
  );
}
