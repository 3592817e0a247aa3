// Helpers every demo site shares, served at /__demo/dom.js on every demo host (see demo/server.ts). Page data is
// rendered with textContent only, like the real apps must be for AVA's XSS probes to mean anything.
(function () {
  'use strict';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Providers give times as ISO strings, epoch seconds or epoch milliseconds; '' when there is none.
  function ago(value) {
    if (value === undefined || value === null || value === '') return '';
    var ms = typeof value === 'number' ? (value < 1e12 ? value * 1000 : value) : Date.parse(value);
    var mins = Math.max(0, Math.round((Date.now() - ms) / 60000));
    if (!isFinite(mins)) return '';
    if (mins < 60) return mins + ' min ago';
    if (mins < 48 * 60) return Math.round(mins / 60) + ' h ago';
    return Math.round(mins / 1440) + ' days ago';
  }

  window.AvaDemo = { el: el, ago: ago };
})();
