/*
 * Commune autocomplete for « Mon territoire » (progressive enhancement: without JavaScript the search form is
 * submitted and the page lists the communes found, each with its own « Ajouter » button).
 * As the porteur types, the public API GET /api/v1/communes?q= proposes communes; choosing one submits the
 * page's add form (POST, with its CSRF token) for that commune. No inline script: loaded from this file.
 */
(function () {
  'use strict';

  var input = document.getElementById('recherche-commune');
  if (!input) {
    return;
  }
  var list = document.getElementById(input.getAttribute('data-suggestions'));
  var addForm = document.getElementById(input.getAttribute('data-add-form'));
  var addCode = document.getElementById(input.getAttribute('data-add-code'));
  var api = input.getAttribute('data-api');
  var labels = {
    add: list.getAttribute('data-label-add'),
    inhabitants: list.getAttribute('data-label-inhabitants'),
    unknown: list.getAttribute('data-label-unknown'),
    none: list.getAttribute('data-label-none')
  };
  var numbers = new Intl.NumberFormat('fr-FR');
  var timer = null;
  var lastQuery = '';
  var sequence = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');

  function close() {
    list.hidden = true;
    list.textContent = '';
    input.setAttribute('aria-expanded', 'false');
  }

  function choose(code) {
    addCode.value = code;
    addForm.submit();
  }

  function show(communes) {
    list.textContent = '';
    if (communes.length === 0) {
      var none = document.createElement('p');
      none.className = 'fr-text--sm fr-mb-0';
      none.textContent = labels.none;
      list.appendChild(none);
    }
    communes.forEach(function (commune, index) {
      var option = document.createElement('button');
      option.type = 'button';
      option.id = 'suggestion-' + commune.code;
      option.className = 'fr-btn fr-btn--sm fr-btn--tertiary fr-mb-1v cpts-suggestion';
      option.setAttribute('role', 'option');
      option.setAttribute('data-code', commune.code);
      var population = commune.population === null ? labels.unknown
        : labels.inhabitants.replace('{0}', numbers.format(commune.population));
      option.textContent = labels.add + ' ' + commune.nom + ' (' + commune.code + ', ' + commune.departementNom
        + ') — ' + population;
      option.addEventListener('click', function () {
        choose(commune.code);
      });
      option.addEventListener('keydown', function (event) {
        var options = list.querySelectorAll('[role=option]');
        if (event.key === 'ArrowDown' && index + 1 < options.length) {
          options[index + 1].focus();
          event.preventDefault();
        } else if (event.key === 'ArrowUp') {
          (index === 0 ? input : options[index - 1]).focus();
          event.preventDefault();
        } else if (event.key === 'Escape') {
          close();
          input.focus();
        }
      });
      list.appendChild(option);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function search() {
    var query = input.value.trim();
    if (query === lastQuery) {
      return;
    }
    lastQuery = query;
    if (query.length < 2) {
      close();
      return;
    }
    var mine = ++sequence;
    fetch(api + (api.indexOf('?') < 0 ? '?' : '&') + 'limit=8&q=' + encodeURIComponent(query), {headers: {'Accept': 'application/json'}})
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (communes) {
        if (mine === sequence) {
          show(communes);
        }
      })
      .catch(function () {
        close();
      });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 200);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      var first = list.querySelector('[role=option]');
      if (first) {
        first.focus();
        event.preventDefault();
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
})();
