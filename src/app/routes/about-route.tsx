import { PageHeading } from '../../components/ui/page-heading';
import { textLinkClass, TextLink } from '../../components/ui/text-link';
import { useAppIsLive } from '../../hooks/use-app-is-live';
import { absoluteUrl, paths, roleSlugs } from '../../lib/paths';
import { reportProblemUrl } from '../../lib/report-url';

const ABOUT_TITLE = 'About the bounce-fix wizard';

/** /about: what the site is, for whom, where its content comes from, and how to report an error. */
export default function AboutRoute() {
  return (
    <article className="max-w-prose space-y-6">
      <PageHeading description="What the bounce-fix wizard is, who it is for, how its content is sourced and reviewed, and how to report an error.">
        {ABOUT_TITLE}
      </PageHeading>
      <section aria-labelledby="about-what" className="space-y-3">
        <h2 id="about-what" className="text-xl font-semibold">
          What it is
        </h2>
        <p>
          A free, open-source guide for one of the most common Exchange mail problems: a message
          from outside (a person, an app, a scanner or a monitoring tool) bounces with{' '}
          <code>550 5.7.1 RESOLVER.RST.AuthRequired</code>, <code>5.7.133</code> to{' '}
          <code>5.7.136</code> or a similar code, because the recipient accepts mail only from
          authenticated or listed senders. A few questions lead to the exact steps for your
          recipient, Exchange version and admin tool.
        </p>
      </section>
      <WhoItIsFor />
      <section aria-labelledby="about-sources" className="space-y-3">
        <h2 id="about-sources" className="text-xl font-semibold">
          Where the content comes from
        </h2>
        <p>
          Every fix page is written from Microsoft&apos;s own documentation (Microsoft Learn, the
          Exchange PowerShell reference and Microsoft&apos;s support articles) and lists those pages
          under Sources, with the date it was last reviewed. Each command and parameter is checked
          against the cmdlet reference when the site is built, and the bounce codes against
          Microsoft&apos;s tables of delivery status codes. An independent review compared every
          page with Microsoft&apos;s documentation; its findings and what was done with each are
          kept with the project&apos;s source.
        </p>
        <p>
          This site is not affiliated with, endorsed by or supported by Microsoft. Exchange,
          Exchange Online and Microsoft 365 are trademarks of Microsoft.
        </p>
      </section>
      <section aria-labelledby="about-privacy" className="space-y-3">
        <h2 id="about-privacy" className="text-xl font-semibold">
          Your data
        </h2>
        <p>
          Everything runs in your browser. Nothing you type or paste, and no bounce you open, leaves
          this page; typed values are kept on this device for a few hours only.
        </p>
      </section>
      <ReportSection />
    </article>
  );
}

function WhoItIsFor() {
  return (
    <section aria-labelledby="about-who" className="space-y-3">
      <h2 id="about-who" className="text-xl font-semibold">
        Who it is for
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          People who got a bounce: what it means and{' '}
          <TextLink to={`/${roleSlugs.sender}`}>what to send the recipient&apos;s admin</TextLink>.
        </li>
        <li>
          Exchange admins: <TextLink to={paths.adminStart()}>the fix for the recipient</TextLink>,
          with commands filled in as you type.
        </li>
        <li>
          Owners of apps and devices that send mail:{' '}
          <TextLink to={`/${roleSlugs.app}`}>how to make them sign in</TextLink>.
        </li>
        <li>
          Helpdesks: <TextLink to={paths.analyze()}>the bounce analyzer</TextLink>, links to any
          step, and <TextLink to={paths.fixes()}>the index of fixes</TextLink>.
        </li>
      </ul>
    </section>
  );
}

/** How to report an error: the REPORT_URL build setting, with this page named (decision 0027). */
function ReportSection() {
  // The prerendered page has no origin yet; the app fills the full address in after hydrating.
  const origin = useAppIsLive() ? window.location.origin : '';
  const reportHref = reportProblemUrl(
    __REPORT_URL__,
    ABOUT_TITLE,
    absoluteUrl(paths.about(), origin),
  );
  return (
    <section aria-labelledby="about-report" className="space-y-3">
      <h2 id="about-report" className="text-xl font-semibold">
        Found an error?
      </h2>
      <p>
        A wrong command or label sends an admin down the wrong road, so we want to hear about it.
        Every fix page ends with a &ldquo;Report a problem with this page&rdquo; link that names the
        page; for anything else,{' '}
        <a href={reportHref} rel="noopener noreferrer" className={textLinkClass}>
          report a problem
        </a>
        .
      </p>
    </section>
  );
}
