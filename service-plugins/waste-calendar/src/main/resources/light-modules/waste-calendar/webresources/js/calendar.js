/* Component "Abfallkalender": progressive enhancement only. Without this script every step works with plain forms.
   - live suggestions under the street search (GET /.rest/waste-calendar/v1/addresses?q=…), shown as links;
     falls back to the page's own server-side result list when the JSON endpoint is unavailable
   - the print button of the print view */
(function () {
  "use strict";

  function linkTo(id) {
    var params = new URLSearchParams();
    params.set("address", String(id));
    return "?" + params.toString();
  }

  function fromJson(data) {
    var items = Array.isArray(data) ? data : (data && (data.matches || data.addresses || data.items)) || [];
    var suggestions = (data && !Array.isArray(data) && data.suggestions) || [];
    return {
      items: items.concat(items.length ? [] : suggestions).map(function (m) {
        return { href: linkTo(m.id), text: m.label };
      }),
      message: data && data.message
    };
  }

  function fromPage(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var links = doc.querySelectorAll(".wc-results a");
    var message = doc.querySelector(".wc-results .wc-message");
    return {
      items: Array.prototype.map.call(links, function (a) {
        return { href: a.getAttribute("href"), text: a.textContent };
      }),
      message: message ? message.textContent.trim() : null
    };
  }

  function enhanceSearch(form) {
    var root = form.closest(".wc");
    var rest = root && root.getAttribute("data-wc-rest");
    var input = form.querySelector("input[name=q]");
    var list = form.querySelector(".wc-live");
    var status = form.querySelector(".wc-live-status");
    if (!input || !list || !status) {
      return;
    }
    var timer = null;
    var latest = 0;

    function show(result, query) {
      list.innerHTML = "";
      result.items.slice(0, 10).forEach(function (item) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = item.href;
        a.textContent = item.text;
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = result.items.length === 0;
      status.textContent = result.items.length
        ? result.items.length + (result.items.length === 1 ? " Vorschlag" : " Vorschläge") + " für „" + query + "“"
        : (result.message || "Keine passende Adresse gefunden.");
    }

    function lookup(query) {
      var ticket = ++latest;
      var url = rest + "/addresses?q=" + encodeURIComponent(query);
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (r) {
          if (!r.ok) { throw new Error(String(r.status)); }
          return r.json().then(fromJson);
        })
        .catch(function () {
          var page = new URL(window.location.href);
          page.search = "?q=" + encodeURIComponent(query);
          return fetch(page.toString()).then(function (r) { return r.text(); }).then(fromPage);
        })
        .then(function (result) {
          if (ticket === latest) { show(result, query); }
        })
        .catch(function () { /* the plain form still works */ });
    }

    input.addEventListener("input", function () {
      var query = input.value.trim();
      window.clearTimeout(timer);
      if (query.length < 3) {
        list.hidden = true;
        list.innerHTML = "";
        status.textContent = "";
        return;
      }
      timer = window.setTimeout(function () { lookup(query); }, 250);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && !list.hidden) {
        var first = list.querySelector("a");
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
  }

  function init() {
    document.querySelectorAll(".wc-search").forEach(enhanceSearch);
    document.querySelectorAll(".wc-print-button").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
