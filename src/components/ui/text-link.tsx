import type { ComponentProps } from 'react';
import { Link } from 'react-router';

export const textLinkClass =
  'font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-sky-300 dark:hover:text-sky-200';

/** An in-app link styled as text. */
export function TextLink({ className = '', ...props }: ComponentProps<typeof Link>) {
  return <Link className={`${textLinkClass} ${className}`} {...props} />;
}
