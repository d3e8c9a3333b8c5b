import { useId, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useAppStore } from '../../../store/app-store';
import { inputsForPage, withInput } from '../../../store/command-inputs';
import { useAppIsLive } from '../../../hooks/use-app-is-live';
import { parseStatusCodes } from '../lib/admin-message';
import { AdminMessage, type AdminFixPath } from './admin-message';
import { AdminMessageSection } from './admin-message-section';

interface SenderAdminMessageProps {
  /** The deepest admin pages for what the code field holds (its codes, and the text itself). */
  linksFor: (codes: readonly string[], codeText: string) => readonly AdminFixPath[];
  /** What the code field starts with (the page's code, or the analyzed bounce's). */
  initialCodeText?: string;
  /** The address that bounced, when it is known (the analyzed bounce's). */
  initialRecipient?: string;
  /** The sender's own address, when the analyzed bounce shows it. */
  initialSender?: string;
  /** The sentence under the heading. */
  intro: ReactNode;
  headingLevel?: 2 | 3;
  /** The section's id, for a jump link to it. */
  id?: string;
  /** What the bounce says (the sender path's `method` answer), to ask for the right change. */
  refusal?: string;
}

const inputClass =
  'mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900';
const hintClass = 'mt-1 text-sm text-slate-600 dark:text-slate-400';

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  email?: boolean;
  maxLength?: number;
}

function Field({ label, value, onChange, hint, email = false, maxLength = 320 }: FieldProps) {
  const id = useId();
  const hintId = useId();
  const live = useAppIsLive();
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        disabled={!live}
        type="text"
        {...(email ? { inputMode: 'email' as const } : {})}
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        {...(hint ? { 'aria-describedby': hintId } : {})}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
      />
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * The sender types what they know (the address that bounced, their own, when they sent, the
 * code) and gets the message for the recipient's admin. The address that bounced is kept with the
 * other typed inputs, so a helpdesk that goes on to the admin path finds it filled in there.
 */
export function SenderAdminMessage({
  linksFor,
  initialCodeText = '',
  initialRecipient,
  initialSender = '',
  intro,
  headingLevel = 2,
  id,
  refusal,
}: SenderAdminMessageProps) {
  const { pathname } = useLocation();
  // Kept like the builder's inputs (decision 0024): for this page's kind, and only for a while.
  const stored = useAppStore(
    (state) => inputsForPage(state.commandInputs, pathname, Date.now()).recipient?.value ?? '',
  );
  const updateCommandInputs = useAppStore((state) => state.updateCommandInputs);
  const [typedRecipient, setTypedRecipient] = useState(initialRecipient);
  const [sender, setSender] = useState(initialSender);
  const [sentAt, setSentAt] = useState('');
  const [codeText, setCodeText] = useState(initialCodeText);
  const recipient = typedRecipient ?? stored;
  const codes = parseStatusCodes(codeText);

  return (
    <AdminMessageSection intro={intro} headingLevel={headingLevel} {...(id ? { id } : {})}>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 print:hidden">
        <Field
          label="Address you wrote to"
          email
          value={recipient}
          onChange={(value) => {
            setTypedRecipient(value);
            updateCommandInputs((current) =>
              withInput(current, pathname, 'recipient', value, Date.now()),
            );
          }}
        />
        <Field label="Your email address" email value={sender} onChange={setSender} />
        <Field
          label="When you sent it"
          hint="For example: today at 10:40"
          maxLength={80}
          value={sentAt}
          onChange={setSentAt}
        />
        <Field
          label="Bounce code, if you know it"
          hint="For example 5.7.133 — or paste the bounce’s error line."
          maxLength={2000}
          value={codeText}
          onChange={setCodeText}
        />
      </div>
      <div className="mt-6">
        <AdminMessage
          codes={codes}
          recipient={recipient}
          sender={sender}
          sentAt={sentAt}
          fixPaths={linksFor(codes, codeText)}
          {...(refusal ? { refusal } : {})}
        />
      </div>
    </AdminMessageSection>
  );
}
