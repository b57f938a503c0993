// A small rich text editor for textareas marked data-rte: a toolbar of labelled buttons (arrow keys move between
// them) over a contenteditable area that is kept in sync with the textarea, which the form submits. It offers only
// what the server keeps (headings h2–h4, paragraphs, lists, links, bold, italic, tables); the server cleans the
// HTML again on save. Without JavaScript the textarea with HTML is used directly.
(function () {
  'use strict';

  var BUTTONS = [
    { label: 'Überschrift 2', block: 'h2' },
    { label: 'Überschrift 3', block: 'h3' },
    { label: 'Überschrift 4', block: 'h4' },
    { label: 'Absatz', block: 'p' },
    { label: 'Fett', command: 'bold', state: true },
    { label: 'Kursiv', command: 'italic', state: true },
    { label: 'Aufzählung', command: 'insertUnorderedList', state: true },
    { label: 'Nummerierte Liste', command: 'insertOrderedList', state: true },
    { label: 'Link', link: true },
    { label: 'Link entfernen', command: 'unlink' },
    { label: 'Tabelle', table: true }
  ];

  function enhance(textarea, index) {
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    var toolbar = document.createElement('div');
    toolbar.className = 'rte__leiste';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', 'Formatierung für „' + textarea.getAttribute('data-rte') + '“');
    toolbar.setAttribute('aria-controls', textarea.id + '-rte');
    var area = document.createElement('div');
    area.className = 'rte__flaeche';
    area.id = textarea.id + '-rte';
    area.contentEditable = 'true';
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    if (label) {
      if (!label.id) { label.id = textarea.id + '-label'; }
      area.setAttribute('aria-labelledby', label.id);
      label.addEventListener('click', function () { area.focus(); });
    }
    ['aria-describedby', 'aria-invalid', 'aria-required'].forEach(function (name) {
      if (textarea.hasAttribute(name)) { area.setAttribute(name, textarea.getAttribute(name)); }
    });
    area.innerHTML = textarea.value;
    document.execCommand('defaultParagraphSeparator', false, 'p');

    function sync() { textarea.value = area.innerHTML; }
    var buttons = BUTTONS.map(function (spec, i) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = spec.label;
      button.tabIndex = i === 0 ? 0 : -1;
      if (spec.state) { button.setAttribute('aria-pressed', 'false'); }
      button.addEventListener('mousedown', function (event) { event.preventDefault(); }); // keep the selection
      button.addEventListener('click', function () {
        area.focus();
        if (spec.block) {
          document.execCommand('formatBlock', false, spec.block);
        } else if (spec.link) {
          var href = window.prompt('Adresse des Links (https://…, mailto:… oder /pfad):', 'https://');
          if (href && /^(https?:\/\/|mailto:|tel:|\/|#)/i.test(href.trim())) {
            document.execCommand('createLink', false, href.trim());
          }
        } else if (spec.table) {
          document.execCommand('insertHTML', false, '<table><thead><tr><th scope="col">Spalte 1</th>' +
            '<th scope="col">Spalte 2</th></tr></thead><tbody><tr><td>&nbsp;</td><td>&nbsp;</td></tr></tbody></table><p></p>');
        } else {
          document.execCommand(spec.command, false, null);
        }
        sync();
        states();
      });
      toolbar.appendChild(button);
      return button;
    });
    toolbar.addEventListener('keydown', function (event) {
      var i = buttons.indexOf(document.activeElement);
      if (i < 0) { return; }
      var next = null;
      if (event.key === 'ArrowRight') { next = (i + 1) % buttons.length; }
      if (event.key === 'ArrowLeft') { next = (i - 1 + buttons.length) % buttons.length; }
      if (event.key === 'Home') { next = 0; }
      if (event.key === 'End') { next = buttons.length - 1; }
      if (next !== null) {
        event.preventDefault();
        buttons[i].tabIndex = -1;
        buttons[next].tabIndex = 0;
        buttons[next].focus();
      }
    });
    function states() {
      BUTTONS.forEach(function (spec, i) {
        if (spec.state) {
          var on = false;
          try { on = document.queryCommandState(spec.command); } catch (e) { on = false; }
          buttons[i].setAttribute('aria-pressed', on ? 'true' : 'false');
        }
      });
    }
    area.addEventListener('input', sync);
    area.addEventListener('keyup', states);
    area.addEventListener('mouseup', states);
    textarea.form.addEventListener('submit', sync);
    textarea.hidden = true;
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(area, textarea);
    var note = textarea.parentNode.querySelector('.ohne-js');
    if (note) { note.hidden = true; }
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-rte]'), enhance);
  });
}());
