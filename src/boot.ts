/**
 * The page's first script: it brings the stylesheet, then starts the app (main.tsx) once the
 * browser has painted the prerendered HTML. Every page is prerendered, so the app has nothing to
 * do before the first paint, and loading it after keeps it from competing with that paint on a
 * slow phone. Links work as plain links until the app takes over.
 */
import './app/styles.css';

function startApp() {
  // The lazy chunks the page was rendered with (see main.tsx) download alongside the app.
  const chunks = document.getElementById('root')?.dataset.chunks?.split(' ') ?? [];
  for (const href of chunks.filter(Boolean)) {
    import(/* @vite-ignore */ href).catch(() => undefined);
  }
  void import('./main');
}

if (document.visibilityState === 'hidden') {
  startApp(); // a background tab does not paint (or run animation frames) until it is shown
} else {
  requestAnimationFrame(() => setTimeout(startApp)); // the task after the next frame is painted
}
