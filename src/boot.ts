/**
 * The page's only script tag points here (scripts/site/boot-script.ts builds it after the app):
 * it starts the app (the build's entry, main.tsx) once the browser has painted the prerendered
 * HTML. Every page is prerendered, so the app has nothing to do before the first paint, and
 * loading it after keeps it from competing with that paint on a slow phone. Links work as plain
 * links until the app takes over. The page's lazy chunks (see main.tsx) download alongside.
 */
declare const __APP_ENTRY__: string;

function startApp() {
  const chunks = document.getElementById('root')?.dataset.chunks?.split(' ') ?? [];
  for (const href of [__APP_ENTRY__, ...chunks.filter(Boolean)]) {
    import(/* @vite-ignore */ href).catch(() => undefined);
  }
}

if (document.visibilityState === 'hidden') {
  startApp(); // a background tab does not paint (or run animation frames) until it is shown
} else {
  requestAnimationFrame(() => setTimeout(startApp)); // the task after the next frame is painted
}
