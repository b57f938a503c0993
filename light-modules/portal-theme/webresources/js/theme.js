/*
 * portal-theme progressive enhancement: collapses the main navigation behind a menu button on small screens.
 * Without JavaScript the navigation simply stays expanded, so nothing essential depends on this file.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var header = document.querySelector('.site-header');
  var toggle = header && header.querySelector('.nav-toggle');
  var nav = header && header.querySelector('.main-nav');
  if (!toggle || !nav) {
    return;
  }
  root.classList.add('js');
  toggle.hidden = false;

  function setOpen(open) {
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    header.classList.toggle('is-nav-open', open);
  }

  toggle.addEventListener('click', function () {
    setOpen(toggle.getAttribute('aria-expanded') !== 'true');
  });

  // Escape closes the open menu and returns focus to the button.
  header.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      toggle.focus();
    }
  });
}());
