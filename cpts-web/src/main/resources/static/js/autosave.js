// A draft saves itself a few seconds after each change (a form with « data-autosave », its status in
// « #etat-enregistrement »): the same save as the form's button, from the version the page holds, whose new version
// the page keeps, so that typing between two patients loses nothing, and the final « Enregistrer » does not conflict.
(function () {
  const DELAY = 4000;
  document.addEventListener('DOMContentLoaded', () => {
    const form = document.querySelector('form[data-autosave]');
    const status = document.getElementById('etat-enregistrement');
    if (!form || !status) return;
    const version = form.querySelector('input[name="version"]');
    let timer = null;
    let dirty = false;
    let saving = false;
    let pendingSubmit = null;
    let submitted = false;
    const say = (template, value, failed) => {
      status.textContent = status.dataset[template].replace('{0}', value || '');
      status.classList.toggle('cpts-autosave--failed', failed);
    };
    const save = async () => {
      if (!dirty || saving || submitted) return;
      saving = true;
      dirty = false;
      try {
        const response = await fetch(form.dataset.autosave, {
          method: 'POST',
          body: new FormData(form),
          headers: { Accept: 'application/json' },
          credentials: 'same-origin',
          redirect: 'manual'
        });
        const json = (response.headers.get('Content-Type') || '').includes('application/json');
        if (!json) {
          dirty = true;
          say('signedOut', null, true);
          return;
        }
        const outcome = await response.json();
        if (outcome.saved) {
          if (version) version.value = outcome.version;
          say('saved', outcome.savedAt, false);
        } else {
          say('refused', outcome.reason, true);
        }
      } catch (unreachable) {
        dirty = true;
        say('offline', null, true);
      } finally {
        saving = false;
        if (pendingSubmit) {
          const submitter = pendingSubmit;
          pendingSubmit = null;
          form.requestSubmit(submitter instanceof HTMLElement ? submitter : undefined);
        }
      }
    };
    // the form's own buttons wait for a save in flight, so that they send the version it stored
    form.addEventListener('submit', (event) => {
      window.clearTimeout(timer);
      if (saving) {
        event.preventDefault();
        pendingSubmit = event.submitter || true;
      } else {
        submitted = true;
      }
    });
    form.addEventListener('input', () => {
      dirty = true;
      window.clearTimeout(timer);
      timer = window.setTimeout(save, DELAY);
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') save();
    });
  });
})();
