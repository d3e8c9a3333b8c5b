import { absoluteUrl } from '../../../lib/paths';
import { CopyButton } from '../../../components/ui/copy-button';

interface CopyLinkButtonProps {
  /** The app path to link to ("/admin/…"); the deployment's origin and base path are added. */
  path: string;
}

/** "Copy link to this page": the full URL, ready for a ticket or a chat. */
export function CopyLinkButton({ path }: CopyLinkButtonProps) {
  return (
    <CopyButton
      text={() => absoluteUrl(path, window.location.origin)}
      copiedMessage="Link copied"
      statusPlacement="after"
    >
      <LinkIcon />
      Copy link to this page
    </CopyButton>
  );
}

export function LinkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
      <path d="M8.5 11.5a3 3 0 0 0 4.24 0l3-3a3 3 0 0 0-4.24-4.24l-.88.88a1 1 0 1 0 1.41 1.42l.88-.89a1 1 0 0 1 1.42 1.42l-3 3a1 1 0 0 1-1.42 0 1 1 0 0 0-1.41 1.41Zm3-3a3 3 0 0 0-4.24 0l-3 3a3 3 0 0 0 4.24 4.24l.88-.88a1 1 0 1 0-1.41-1.42l-.88.89a1 1 0 0 1-1.42-1.42l3-3a1 1 0 0 1 1.42 0 1 1 0 0 0 1.41-1.41Z" />
    </svg>
  );
}
