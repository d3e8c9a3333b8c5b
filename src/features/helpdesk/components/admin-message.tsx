import { useId, useRef } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { absoluteUrl } from '../../../lib/paths';
import { adminMessageText, buildAdminMessage, mailtoHref } from '../lib/admin-message';
import { useOrigin } from '../lib/use-origin';

export interface AdminMessageProps {
  /** The bounce's status codes, if known ("5.7.133"). */
  codes: readonly string[];
  /** The address that refused the message, if known. */
  recipient: string;
  /** The app path of the admin fix page, or of the admin path's start when it is unknown. */
  fixPath: string;
}

/**
 * A ready message to the recipient's admin: a mailto: link that opens it in an email app, and the
 * same text to copy into a ticket. Usable wherever the bounce is known (sender page, analyzer).
 */
export function AdminMessage({ codes, recipient, fixPath }: AdminMessageProps) {
  const textId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const origin = useOrigin();
  const message = buildAdminMessage({ codes, recipient, fixUrl: absoluteUrl(fixPath, origin) });
  const text = adminMessageText(message);
  return (
    <div className="space-y-3">
      <p>
        {/* Only a link once the page's address is known: the message must carry the full URL. */}
        <a
          href={origin ? mailtoHref(message) : undefined}
          className="inline-flex items-center rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 dark:bg-sky-700 dark:hover:bg-sky-800 print:hidden"
        >
          Write the email to the admin
        </a>
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400 print:hidden">
        Opens your email app with the message filled in. Add the admin’s address, or your contact at
        the recipient’s organization, who can pass it on.
      </p>
      <div>
        <label htmlFor={textId} className="block font-medium">
          The message, to paste into a ticket or another email
        </label>
        <textarea
          id={textId}
          ref={textRef}
          readOnly
          rows={15}
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
