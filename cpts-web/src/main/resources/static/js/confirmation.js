// Irreversible acts: a submit button with data-confirmation="<modal id>" opens that DSFR modal instead of posting;
// « Annuler » gets the focus; the modal's confirm button posts the form with the confirming answer. Without this
// script (or without the DSFR's), the form posts as is and the server answers with the same confirmation as a page.
(function () {
  let pending = null;

  document.addEventListener('submit', (event) => {
    const submitter = event.submitter;
    const modalId = submitter && submitter.dataset.confirmation;
    if (!modalId || event.target.querySelector('input[name="confirmation"]')) return;
    const modal = document.getElementById(modalId);
    if (!modal || !window.dsfr) return;
    event.preventDefault();
    pending = { form: event.target, submitter };
    window.dsfr(modal).modal.disclose();
  });

  document.addEventListener('click', (event) => {
    const confirm = event.target.closest('[data-confirmation-confirm]');
    if (!confirm || !pending) return;
    const { form, submitter } = pending;
    const add = (name, value) => {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.appendChild(input);
    };
    if (submitter.name) add(submitter.name, submitter.value);
    add('confirmation', 'oui');
    confirm.disabled = true;
    form.submit();
  });

  document.addEventListener('dsfr.disclose', (event) => {
    const cancel = event.target.querySelector && event.target.querySelector('[data-confirmation-cancel]');
    if (!cancel) return;
    let frames = 0;
    const focus = () => {
      cancel.focus();
      if (document.activeElement !== cancel && frames++ < 30) window.requestAnimationFrame(focus);
    };
    window.requestAnimationFrame(focus);
  });
})();
