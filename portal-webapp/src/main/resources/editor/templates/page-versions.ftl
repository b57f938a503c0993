[#import "frame.ftl" as frame]
[@frame.page title=(error??)?then("Fehler: ", "") + "Versionen von „${page.title}“" current="pages" assets=["page-actions.css"]]
<nav aria-label="Pfad">
  <ol class="pfad">
    <li><a href="/.editor/pages">Alle Websites</a></li>
    [#if page.level?has_content]<li><a href="/.editor/pages?path=${page.level?url}">Übergeordnete Seite</a></li>[/#if]
    <li><a href="/.editor/pages/versions?path=${page.path?url}" aria-current="page">Versionen von „${page.title}“</a></li>
  </ol>
</nav>
<h1>Versionen von „${page.title}“</h1>
[#if restored?has_content]<div class="meldung erfolg" role="status"><p>Version ${restored} wurde wiederhergestellt. Der vorige Entwurf ist als neue Version aufbewahrt. Online ändert sich erst etwas, wenn die Seite wieder veröffentlicht wird.</p></div>[/#if]
[#if error??]<div class="meldung fehler" role="alert"><p>${error}</p></div>[/#if]
<p>Eine Version entsteht bei jeder Veröffentlichung, beim Zurückziehen und vor jedem Löschen oder Wiederherstellen.</p>
[#if versions?has_content]
<table>
  <caption class="visually-hidden">Versionen der Seite, neueste zuerst</caption>
  <thead><tr><th scope="col">Nr.</th><th scope="col">Datum</th><th scope="col">Von</th><th scope="col">Anlass</th><th scope="col">Kommentar</th><th scope="col">Aktionen</th></tr></thead>
  <tbody>
  [#list versions as v]
    <tr>
      <td>${v.number}</td>
      <td>${v.created}</td>
      <td>${v.createdBy}</td>
      <td>${v.reason}</td>
      <td>${v.comment}</td>
      <td><a href="/.editor/pages/versions?path=${page.path?url}&amp;from=${v.number}&amp;to=draft">Mit Entwurf vergleichen<span class="visually-hidden"> (Version ${v.number})</span></a>
        · <a href="/.editor/pages/versions/restore?path=${page.path?url}&amp;version=${v.number}">Wiederherstellen<span class="visually-hidden"> (Version ${v.number})</span></a></td>
    </tr>
  [/#list]
  </tbody>
</table>
<form method="get" action="/.editor/pages/versions">
  <input type="hidden" name="path" value="${page.path}">
  <fieldset class="feld">
    <legend>Zwei Stände vergleichen</legend>
    <label for="from">Älterer Stand</label>
    <select id="from" name="from">
      [#list versions as v]<option value="${v.number}"[#if from == v.number] selected[/#if]>Version ${v.number} (${v.created})</option>[/#list]
    </select>
    <label for="to">Neuerer Stand</label>
    <select id="to" name="to">
      <option value="draft"[#if to == "draft"] selected[/#if]>Aktueller Entwurf</option>
      [#list versions as v]<option value="${v.number}"[#if to == v.number] selected[/#if]>Version ${v.number} (${v.created})</option>[/#list]
    </select>
    <button type="submit">Vergleichen</button>
  </fieldset>
</form>
[#else]
<p>Von dieser Seite gibt es noch keine Versionen.</p>
[/#if]
[#if comparison??]
<section aria-labelledby="vergleich">
  <h2 id="vergleich">Unterschiede von Version ${from} zu ${comparedTo}</h2>
  [#if comparison.empty]
  <p>Keine Unterschiede.</p>
  [#else]
  [#if comparison.properties?has_content]
  <table>
    <caption>Geänderte Eigenschaften</caption>
    <thead><tr><th scope="col">Stelle</th><th scope="col">Eigenschaft</th><th scope="col">Vorher</th><th scope="col">Nachher</th></tr></thead>
    <tbody>
    [#list comparison.properties as change]<tr><td>${change.path}</td><td>${change.name}</td><td class="vorher">${change.before}</td><td class="nachher">${change.after}</td></tr>[/#list]
    </tbody>
  </table>
  [/#if]
  [#if comparison.structure?has_content]
  <table>
    <caption>Geänderte Komponenten</caption>
    <thead><tr><th scope="col">Stelle</th><th scope="col">Änderung</th><th scope="col">Komponente</th></tr></thead>
    <tbody>
    [#list comparison.structure as change]<tr><td>${change.path}</td><td>${change.kind}</td><td>${change.template}</td></tr>[/#list]
    </tbody>
  </table>
  [/#if]
  [/#if]
</section>
[/#if]
<p><a href="/.editor/pages?path=${(page.level?has_content)?then(page.level, page.path)?url}">Zurück zum Seitenbaum</a></p>
[/@frame.page]
