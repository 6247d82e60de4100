// Lärarresurser's frame script, loaded by lib/ui/frame.py on every screen as a file of the app (not inline), so the
// reverse proxy's Content-Security-Policy can allow scripts from 'self' only (docs/DEPLOYMENT.md).
// 1. The page's `lang` attribute follows the chosen language (screen readers, WCAG 3.1.1): data-lang on this
//    script element.
// 2. Streamlit draws a file uploader's drop zone as `<section role="presentation" tabindex="-1" aria-label=…>`
//    (react-dropzone's default role with Streamlit's tabindex and label): a presentational element with a label is
//    announced inconsistently (axe best practice: presentation-role-conflict). Each drop zone, now and drawn later,
//    becomes a labelled group of its instructions and browse button; nothing visible changes.
(() => {
  const script = document.currentScript;
  document.documentElement.lang = script && script.dataset.lang === "en" ? "en" : "sv";
  if (window.__dropzoneRoles) return;
  window.__dropzoneRoles = true;
  const fix = () => document.querySelectorAll("[data-testid='stFileUploaderDropzone'][role='presentation']")
    .forEach(zone => zone.setAttribute("role", "group"));
  let queued = false;
  new MutationObserver(() => {
    if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; fix(); }); }
  }).observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ["role"]});
  fix();
})();
