import { useId } from 'react';

const ACCEPTED_FILES = '.eml,.txt,message/rfc822,text/plain';

interface BounceFileFieldProps {
  onFile: (file: File) => void;
  disabled: boolean;
}

/** The labelled file picker for one saved bounce: a real file input, so it works by keyboard. */
export function BounceFileField({ onFile, disabled }: BounceFileFieldProps) {
  const fileId = useId();
  const fileHintId = useId();
  return (
    <div className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-700">
      <label htmlFor={fileId} className="block font-semibold">
        Or open a saved bounce (.eml or .txt)
      </label>
      <p id={fileHintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        You can also drop the file anywhere in this box. It is read here, not uploaded.
      </p>
      <input
        id={fileId}
        type="file"
        disabled={disabled}
        accept={ACCEPTED_FILES}
        aria-describedby={fileHintId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clear the picker so choosing the same file again reads it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
        className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-200 file:px-3 file:py-2 file:font-semibold hover:file:bg-slate-300 dark:file:bg-slate-700 dark:file:text-slate-100 dark:hover:file:bg-slate-600"
      />
    </div>
  );
}
