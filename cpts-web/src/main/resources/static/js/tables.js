// DSFR tables scroll sideways on narrow screens: each scroll area can be reached with the keyboard and is named by
// its table's caption, so a keyboard user can scroll it (the area a template already made focusable keeps its name).
(function () {
  const label = (table) => {
    const caption = table && table.querySelector('caption');
    return caption && caption.textContent.trim() ? caption.textContent.trim() : 'Tableau';
  };
  const focusable = () => {
    document.querySelectorAll('.fr-table__container, .fr-table > table').forEach((area) => {
      if (!area.hasAttribute('tabindex')) area.setAttribute('tabindex', '0');
      if (!area.hasAttribute('aria-label') && !area.hasAttribute('aria-labelledby')) {
        if (area.tagName !== 'TABLE') area.setAttribute('role', 'region');
        area.setAttribute('aria-label', label(area.tagName === 'TABLE' ? area : area.querySelector('table')));
      }
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', focusable);
  else focusable();
})();
