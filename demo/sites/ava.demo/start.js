// Renders the demo-page list from the server's registry (demo/sites.ts). Text only: never innerHTML.
(function () {
  'use strict';
  var root = document.getElementById('pages');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render(pages) {
    root.replaceChildren();
    var groups = new Map();
    pages.forEach(function (p) {
      if (!groups.has(p.provider)) groups.set(p.provider, []);
      groups.get(p.provider).push(p);
    });
    groups.forEach(function (list, provider) {
      var section = el('section', 'provider');
      section.dataset.provider = provider;
      section.append(el('h2', '', provider));
      var ul = el('ul');
      list.forEach(function (p) {
        var li = el('li');
        var a = el('a', '', p.title);
        a.href = p.url;
        li.append(a, el('span', 'url', p.url), el('span', 'shows', p.shows));
        ul.append(li);
      });
      section.append(ul);
      root.append(section);
    });
  }

  fetch('/demo-pages.json')
    .then(function (r) { return r.json(); })
    .then(function (data) { render(Array.isArray(data.pages) ? data.pages : []); })
    .catch(function (err) { root.replaceChildren(el('p', 'error', 'Could not load the demo list: ' + err)); });
})();
