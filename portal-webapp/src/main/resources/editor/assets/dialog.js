// Progressive enhancement of the dialog screen. Without JavaScript every part works by form posts: tabs are
// sections with headings, pickers search with a submit button, entries are added with "Weitere Zeile".
(function () {
  'use strict';

  // Tabs (WAI-ARIA tabs pattern): tablist with arrow keys, Home and End; the tab with the first error opens first.
  function tabs(container) {
    var panels = Array.prototype.slice.call(container.querySelectorAll('.reiter__teil'));
    if (panels.length < 2) { return; }
    var list = document.createElement('div');
    list.className = 'reiter__liste';
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', 'Bereiche des Dialogs');
    var buttons = panels.map(function (panel) {
      var button = document.createElement('button');
      button.type = 'button';
      button.id = panel.id + '-reiter';
      button.setAttribute('role', 'tab');
      button.setAttribute('aria-controls', panel.id);
      button.textContent = panel.querySelector('.reiter__titel').textContent;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', button.id);
      panel.setAttribute('tabindex', '0');
      list.appendChild(button);
      return button;
    });
    function select(index, focus) {
      buttons.forEach(function (button, i) {
        var on = i === index;
        button.setAttribute('aria-selected', on ? 'true' : 'false');
        button.tabIndex = on ? 0 : -1;
        panels[i].hidden = !on;
      });
      if (focus) { buttons[index].focus(); }
    }
    buttons.forEach(function (button, i) {
      button.addEventListener('click', function () { select(i, false); });
      button.addEventListener('keydown', function (event) {
        var next = null;
        if (event.key === 'ArrowRight') { next = (i + 1) % buttons.length; }
        if (event.key === 'ArrowLeft') { next = (i - 1 + buttons.length) % buttons.length; }
        if (event.key === 'Home') { next = 0; }
        if (event.key === 'End') { next = buttons.length - 1; }
        if (next !== null) { event.preventDefault(); select(next, true); }
      });
    });
    container.insertBefore(list, container.firstChild);
    container.classList.add('reiter--aktiv');
    var first = 0;
    panels.some(function (panel, i) {
      if (panel.querySelector('[aria-invalid=true], .feldfehler')) { first = i; return true; }
      return false;
    });
    select(first, false);
    // a link of the error summary opens the tab of its field
    document.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[href^="#f-"]') : null;
      if (!link) { return; }
      var target = document.getElementById(link.getAttribute('href').substring(1));
      var index = panels.findIndex(function (panel) { return panel.contains(target); });
      if (index >= 0) { select(index, false); }
    });
  }

  // Link pickers: search as you type, choose a result with a button; the choice goes into the path field.
  function picker(box, searchUrl, page) {
    var input = document.getElementById(box.getAttribute('data-picker-field'));
    var query = box.querySelector('input[type=search]');
    var button = box.querySelector('button[name=_suche]');
    var results = box.querySelector('.treffer');
    var timer = null;
    function show(items) {
      results.innerHTML = '';
      var p = document.createElement('p');
      p.textContent = items.length ? items.length + ' Treffer – zum Übernehmen wählen:' : 'Keine Treffer.';
      results.appendChild(p);
      var ul = document.createElement('ul');
      items.forEach(function (item) {
        var li = document.createElement('li');
        var choose = document.createElement('button');
        choose.type = 'button';
        choose.className = 'treffer__wahl';
        choose.textContent = item.title + ' ';
        var span = document.createElement('span');
        span.className = 'treffer__pfad';
        span.textContent = '(' + item.path + ')';
        choose.appendChild(span);
        choose.addEventListener('click', function () {
          input.value = item.path;
          results.innerHTML = '';
          var done = document.createElement('p');
          done.textContent = '„' + item.title + '“ übernommen.';
          results.appendChild(done);
          input.focus();
        });
        li.appendChild(choose);
        ul.appendChild(li);
      });
      if (items.length) { results.appendChild(ul); }
    }
    function search() {
      if (!query.value.trim()) { results.innerHTML = ''; return; }
      var url = searchUrl + '?art=' + encodeURIComponent(box.getAttribute('data-picker')) + '&q=' +
        encodeURIComponent(query.value) + '&path=' + encodeURIComponent(page);
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
        .then(show)
        .catch(function () { results.textContent = 'Die Suche ist gerade nicht möglich.'; });
    }
    button.type = 'button';
    button.removeAttribute('name');
    button.addEventListener('click', search);
    query.removeAttribute('name');
    query.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(search, 300); });
    query.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); search(); }
    });
  }

  // Entries of a multi field: remove a row in place (an empty row is left out on save anyway).
  function entries(group) {
    Array.prototype.forEach.call(group.querySelectorAll('[data-remove-entry]'), function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var entry = button.closest('.eintrag');
        var legend = group.querySelector('legend');
        entry.parentNode.removeChild(entry);
        legend.setAttribute('tabindex', '-1');
        legend.focus();
      });
    });
  }

  // Switchable fields: show only the part of the chosen option.
  function switchable(group) {
    var parts = group.querySelectorAll('.wahlteil');
    function update() {
      var chosen = group.querySelector('input[type=radio]:checked, select');
      var value = chosen ? chosen.value : '';
      Array.prototype.forEach.call(parts, function (part) { part.hidden = part.getAttribute('data-option') !== value; });
    }
    group.addEventListener('change', update);
    update();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form.dialog');
    if (!form) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('[data-tabs]'), tabs);
    Array.prototype.forEach.call(document.querySelectorAll('[data-picker]'), function (box) {
      picker(box, form.getAttribute('data-search'), form.getAttribute('data-page'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-entries]'), entries);
    Array.prototype.forEach.call(document.querySelectorAll('[data-switchable]'), switchable);
    var summary = document.getElementById('fehler');
    if (summary) { summary.focus(); }
  });
}());
