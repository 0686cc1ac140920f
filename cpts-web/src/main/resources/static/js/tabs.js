// An address whose fragment names an element folded in a <details> (a section of a long form) opens it. DSFR tabs: an
// address whose fragment names an element inside a tab that is not shown (a form sent back to « #commentaires », a
// link to « #decision ») opens that tab, then shows the element. Without this script (or without the DSFR's), every
// panel is shown one after the other.
(function () {
  const reveal = () => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id && document.getElementById(id);
    // a folded section (<details>) the address names, or holds what it names, opens
    const folded = target && target.closest('details');
    if (folded) folded.open = true;
    const panel = target && target.closest('.fr-tabs__panel');
    if (!panel || panel.classList.contains('fr-tabs__panel--selected')) return;
    let frames = 0;
    const open = () => {
      const api = window.dsfr && window.dsfr(panel).tabPanel;
      if (!api) {
        if (frames++ < 60) window.requestAnimationFrame(open);
        return;
      }
      api.disclose();
      window.requestAnimationFrame(() => target.scrollIntoView());
    };
    open();
  };
  document.addEventListener('DOMContentLoaded', reveal);
  window.addEventListener('hashchange', reveal);
})();
