import { useId, useState } from 'react';
import { useLocation } from 'react-router';
import { useAppStore } from '../../../store/app-store';
import { inputsForPage, withInput } from '../../../store/command-inputs';
import { parseStatusCodes } from '../lib/admin-message';
import { AdminMessage } from './admin-message';
import { AdminMessageSection } from './admin-message-section';
import { useAppIsLive } from '../../../hooks/use-app-is-live';

interface SenderAdminMessageProps {
  /** The best admin step for these codes (the exact fix page when the codes pin it down). */
  adminPathFor: (codes: readonly string[]) => string;
  /** What the code field starts with (the page's code, when it is about one). */
  initialCodeText?: string;
}

const inputClass =
  'mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900';

/**
 * On the sender's page: the sender types what they know (the address that bounced, the code) and
 * gets the message for the recipient's admin. The address is kept with the other typed inputs, so
 * a helpdesk that goes on to the admin path finds it filled in there.
 */
export function SenderAdminMessage({
  adminPathFor,
  initialCodeText = '',
}: SenderAdminMessageProps) {
  const recipientId = useId();
  const codeId = useId();
  const codeHintId = useId();
  const { pathname } = useLocation();
  // Kept like the builder's inputs (decision 0024): for this page's kind, and only for a while.
  const recipient = useAppStore(
    (state) => inputsForPage(state.commandInputs, pathname, Date.now()).recipient?.value ?? '',
  );
  const updateCommandInputs = useAppStore((state) => state.updateCommandInputs);
  const [codeText, setCodeText] = useState(initialCodeText);
  const codes = parseStatusCodes(codeText);
  const live = useAppIsLive();

  return (
    <AdminMessageSection intro="Fill in what you know. The message says what bounced, what to change, and links the admin to the exact steps.">
      <div className="mt-4 grid gap-4 sm:grid-cols-2 print:hidden">
        <div>
          <label htmlFor={recipientId} className="block font-medium">
            Address you wrote to
          </label>
          <input
            id={recipientId}
            disabled={!live}
            type="text"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            maxLength={320}
            value={recipient}
            onChange={(event) => {
              const text = event.target.value;
              updateCommandInputs((current) =>
                withInput(current, pathname, 'recipient', text, Date.now()),
              );
            }}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor={codeId} className="block font-medium">
            Bounce code, if you know it
          </label>
          <input
            id={codeId}
            disabled={!live}
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={2000}
            aria-describedby={codeHintId}
            value={codeText}
            onChange={(event) => setCodeText(event.target.value)}
            className={inputClass}
          />
          <p id={codeHintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            For example 5.7.133 — or paste the bounce’s error line.
          </p>
        </div>
      </div>
      <div className="mt-6">
        <AdminMessage codes={codes} recipient={recipient} fixPath={adminPathFor(codes)} />
      </div>
    </AdminMessageSection>
  );
}
