// Progressive enhancement of the page tree: the "subpages" links become disclosure buttons that load one level
// of the tree in place (the links keep working without JavaScript).
(function () {
  'use strict';
  var counter = 0;

  function enhance(root) {
    var links = root.querySelectorAll('a.baum__auf[data-children]');
    Array.prototype.forEach.call(links, function (link) {
      var row = link.parentNode;
      var level = document.createElement('div');
      level.id = 'ebene-' + (++counter);
      level.hidden = true;
      row.parentNode.appendChild(level);

      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'baum__auf';
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-controls', level.id);
      button.innerHTML = '<span aria-hidden="true">+</span><span class="visually-hidden"></span>';
      button.lastChild.textContent = link.textContent;
      button.addEventListener('click', function () {
        var open = button.getAttribute('aria-expanded') === 'true';
        if (open) {
          level.hidden = true;
          button.setAttribute('aria-expanded', 'false');
          button.firstChild.textContent = '+';
          return;
        }
        var show = function () {
          level.hidden = false;
          button.setAttribute('aria-expanded', 'true');
          button.firstChild.textContent = '−';
        };
        if (level.dataset.loaded) {
          show();
          return;
        }
        fetch(link.getAttribute('data-children'), { credentials: 'same-origin' })
          .then(function (response) {
            if (!response.ok) { throw new Error(response.status); }
            return response.text();
          })
          .then(function (html) {
            level.innerHTML = html;
            level.dataset.loaded = 'true';
            enhance(level);
            show();
          })
          .catch(function () {
            window.location.href = link.href;
          });
      });
      row.replaceChild(button, link);
    });
  }

  document.addEventListener('DOMContentLoaded', function () { enhance(document); });
}());
