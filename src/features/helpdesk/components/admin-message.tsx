import { useId, useRef } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { absoluteUrl } from '../../../lib/paths';
import {
  adminMessageText,
  buildAdminMessage,
  mailtoHref,
  postmasterFor,
} from '../lib/admin-message';
import { useOrigin } from '../lib/use-origin';

/** An admin page the message links to (an app path), with what it is for when there are several. */
export interface AdminFixPath {
  label?: string;
  path: string;
}

export interface AdminMessageProps {
  /** The bounce's status codes, if known ("5.7.133"). */
  codes: readonly string[];
  /** The address that refused the message, if known. */
  recipient: string;
  /** The sender's own address and when they sent, if they typed them. */
  sender?: string;
  sentAt?: string;
  /** The deepest admin pages the bounce determines (the admin path's start when unknown). */
  fixPaths: readonly AdminFixPath[];
  /** What the bounce says (the sender path's `method` answer), to ask for the right change. */
  refusal?: string;
}

/** Whom to send it to: a person there, their helpdesk, or the recipient domain's postmaster. */
function SendItTo({ postmaster }: { postmaster: string | undefined }) {
  return (
    <div className="print:hidden">
      <p className="font-medium">
        Send it to the recipient’s organization, not to the address that refused you:
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        <li>a person you know there (they can pass it on to their mail admin),</li>
        <li>their helpdesk or IT support (often on their website), or</li>
        <li>
          {postmaster ? (
            <>
              their postmaster address, <strong className="break-all">{postmaster}</strong>: every
              mail domain is meant to accept mail to it. The email below is addressed to it; change
              that in your email app if you write to a person instead.
            </>
          ) : (
            <>
              their postmaster address: <code>postmaster@</code> followed by the part after the @ of
              the address you wrote to.
            </>
          )}
        </li>
      </ul>
      <p className="mt-2">Attach the bounce itself (or forward it), as the message says.</p>
    </div>
  );
}

/**
 * A ready message to the recipient's admin: whom to send it to, a mailto: link that opens it in
 * an email app, and the same text to copy into a ticket. Usable wherever the bounce is known.
 */
export function AdminMessage({
  codes,
  recipient,
  sender,
  sentAt,
  fixPaths,
  refusal,
}: AdminMessageProps) {
  const textId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const origin = useOrigin();
  const links = fixPaths.map((fix) => ({
    ...(fix.label ? { label: fix.label } : {}),
    url: absoluteUrl(fix.path, origin),
  }));
  const message = buildAdminMessage({
    codes,
    recipient,
    links,
    ...(sender ? { sender } : {}),
    ...(sentAt ? { sentAt } : {}),
    ...(refusal ? { refusal } : {}),
  });
  const postmaster = postmasterFor(recipient);
  const text = adminMessageText(message);
  return (
    <div className="space-y-4">
      <SendItTo postmaster={postmaster} />
      <p>
        {/* Only a link once the page's address is known: the message must carry the full URL. */}
        <a
          href={origin ? mailtoHref(message, postmaster) : undefined}
          className="inline-flex items-center rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 dark:bg-sky-700 dark:hover:bg-sky-800 print:hidden"
        >
          Write the email to the admin
        </a>
      </p>
      <div>
        <label htmlFor={textId} className="block font-medium">
          The message, to paste into a ticket or another email
        </label>
        <textarea
          id={textId}
          ref={textRef}
          readOnly
          rows={12}
          value={text}
          className="mt-1 w-full rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      </div>
      <CopyButton
        text={text}
        fallbackTarget={textRef}
        copiedMessage="Message copied"
        statusPlacement="after"
      >
        Copy message
      </CopyButton>
    </div>
  );
}
