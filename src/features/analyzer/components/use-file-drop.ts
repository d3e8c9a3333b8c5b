import { useState, type DragEvent } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** How a drop zone looks: dashed, or highlighted while files are dragged over it. */
export function dropZoneClass(dragging: boolean): string {
  return dragging
    ? 'border-blue-600 bg-blue-50 dark:border-sky-400 dark:bg-slate-900'
    : 'border-dashed border-slate-300 dark:border-slate-600';
}

/**
 * Makes an element a drop zone for files: the handlers to spread on it, and whether files are
 * being dragged over it. `onFiles` gets the dropped files (never an empty list).
 */
export function useFileDrop(onFiles: (files: File[]) => void, enabled = true) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver: (event: DragEvent) => {
      if (!enabled || !carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      setDragging(false);
      const files = Array.from(event.dataTransfer.files);
      if (!enabled || files.length === 0) return;
      event.preventDefault();
      onFiles(files);
    },
  };
  return { dragging, handlers };
}
