// A form sent back with errors: its summary (« #resume-erreurs ») lists them in the order of the fields they point
// to, takes the focus, and the page title starts with « Erreur : », so that a screen reader announces the failure.
(function () {
  document.addEventListener('DOMContentLoaded', () => {
    const summary = document.getElementById('resume-erreurs');
    if (!summary) return;
    const list = summary.querySelector('ul');
    // the field the link names: by its id, or (a group of radio buttons, whose inputs have their own ids) by its name
    const fieldOf = (link) =>
      link &&
      (document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))) ||
        document.getElementsByName(link.getAttribute('data-field') || '')[0]);
    const position = (item) => fieldOf(item.querySelector('a[href^="#"]'));
    const items = Array.from(list.children);
    items.sort((a, b) => {
      const fa = position(a);
      const fb = position(b);
      if (!fa || !fb) return fa ? 1 : fb ? -1 : 0;
      return fa.compareDocumentPosition(fb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    items.forEach((item) => list.appendChild(item));
    const prefix = summary.getAttribute('data-title-prefix');
    if (prefix && !document.title.startsWith(prefix)) document.title = prefix + document.title;
    // a link of the summary takes the person into its field
    summary.addEventListener('click', (event) => {
      const field = fieldOf(event.target.closest('a[href^="#"]'));
      if (!field) return;
      event.preventDefault();
      const folded = field.closest('details');
      if (folded) folded.open = true;
      field.focus();
      field.scrollIntoView({ block: 'center' });
    });
    summary.focus();
  });
})();
