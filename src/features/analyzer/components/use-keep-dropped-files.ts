import { useEffect } from 'react';

/**
 * While mounted, a file dropped beside the drop zone does nothing: the browser would otherwise
 * open it and leave the page.
 */
export function useKeepDroppedFiles() {
  useEffect(() => {
    const keep = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);
}
