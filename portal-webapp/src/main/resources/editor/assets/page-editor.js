// Drag and drop of components within their area, for mouse users; the "Nach oben"/"Nach unten" buttons do the same
// by keyboard and without JavaScript. A drop posts the same order form as the buttons, then shows the page again.
(function () {
  'use strict';
  var dragged = null;

  function own(area) {
    return Array.prototype.filter.call(area.querySelectorAll('.pe-component[data-pe-own]'), function (c) {
      return c.closest('.pe-area') === area;
    });
  }

  function csrf() {
    var field = document.querySelector('.pe-inline input[name=_csrf]');
    return field ? field.value : null;
  }

  function send(component, before, after) {
    var page = document.querySelector('.pe-inline input[name=page]');
    var lang = document.querySelector('.pe-inline input[name=lang]');
    var body = new URLSearchParams();
    body.set('_csrf', csrf());
    body.set('page', page.value);
    body.set('lang', lang.value);
    body.set('path', component.getAttribute('data-pe-path'));
    if (before) { body.set('before', before); } else { body.set('after', after); }
    fetch('/.editor/pages/edit/order', { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (response) { window.location.href = response.url; });
  }

  document.querySelectorAll('.pe-area').forEach(function (area) {
    var components = own(area);
    if (components.length < 2 || !csrf()) { return; }
    components.forEach(function (component) {
      component.setAttribute('draggable', 'true');
      component.addEventListener('dragstart', function (event) {
        dragged = component;
        component.classList.add('pe-dragging');
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', component.getAttribute('data-pe-name'));
        event.stopPropagation();
      });
      component.addEventListener('dragend', function () {
        component.classList.remove('pe-dragging');
        dragged = null;
      });
      component.addEventListener('dragover', function (event) {
        if (dragged && dragged !== component && own(area).indexOf(dragged) >= 0) {
          event.preventDefault();
          component.classList.add('pe-drop-target');
        }
      });
      component.addEventListener('dragleave', function () { component.classList.remove('pe-drop-target'); });
      component.addEventListener('drop', function (event) {
        component.classList.remove('pe-drop-target');
        if (!dragged || dragged === component) { return; }
        event.preventDefault();
        event.stopPropagation();
        var list = own(area);
        var last = list[list.length - 1] === component && list.indexOf(dragged) < list.indexOf(component);
        if (last) {
          send(dragged, null, component.getAttribute('data-pe-name'));
        } else {
          send(dragged, component.getAttribute('data-pe-name'), null);
        }
      });
    });
  });
}());
