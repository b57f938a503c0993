[#import "frame.ftl" as frame]
[#import "fields.ftl" as f]
[#-- The place picker of "Verschieben" and "Kopieren": one level of the tree at a time, as radio buttons. --]
[@frame.page title=(errors?has_content)?then("Fehler: ", "") + "Seite „${page.title}“ ${mode.verb}" current="pages" assets=["page-actions.css"]]
<h1>Seite „${page.title}“ ${mode.verb}</h1>
<p>Wählen Sie die Seite, unter der [#if mode.segment == "copy"]die Kopie[#else]die Seite[/#if] liegen soll
(jetzt: <code>${page.path}</code>)[#if mode.segment == "copy"]. Kopiert wird die Seite mit allen Unterseiten; die
Kopie erhält den Titel „Kopie von ${page.title}“ und ist nicht veröffentlicht[/#if].
Orte, an denen die Vorlage der Seite nicht erlaubt ist, sind nicht wählbar.</p>
[#if errors?has_content]
<div class="meldung fehler" role="alert" aria-labelledby="fehler-titel">
  <h2 id="fehler-titel">Bitte prüfen Sie Ihre Auswahl</h2>
  <p><a href="#ort-0">${errors.target}</a></p>
</div>
[/#if]
<nav aria-label="Ebene im Seitenbaum">
  <ol class="pfad">
    <li><a href="/.editor/pages/${mode.segment}?path=${page.path?url}&amp;target=%2F"[#if !level??] aria-current="page"[/#if]>Alle Websites</a></li>
    [#if level??]
    [#list trail as step]<li><a href="/.editor/pages/${mode.segment}?path=${page.path?url}&amp;target=${step.path?url}">${step.title}</a></li>[/#list]
    <li><a href="/.editor/pages/${mode.segment}?path=${page.path?url}&amp;target=${level.path?url}" aria-current="page">${level.title}</a></li>
    [/#if]
  </ol>
</nav>
<form method="post" action="/.editor/pages/${mode.segment}" novalidate>
  <input type="hidden" name="${csrf.parameterName}" value="${csrf.token}">
  <input type="hidden" name="path" value="${page.path}">
  <fieldset class="feld"[#if errors?has_content] aria-describedby="fehler-titel"[/#if]>
    <legend>Neuer Ort: unter welcher Seite?</legend>
    <ul class="ort">
    [#list choices as choice]
      <li>
        <input type="radio" id="ort-${choice?index}" name="target" value="${choice.path}"[#if choice.path == chosen] checked[/#if][#if choice.reason?has_content] disabled aria-describedby="ort-${choice?index}-grund"[/#if]>
        <label for="ort-${choice?index}">${choice.title}[#if choice.here] (diese Ebene)[/#if]</label>
        [#if choice.open]<a href="/.editor/pages/${mode.segment}?path=${page.path?url}&amp;target=${choice.path?url}">Unterseiten<span class="visually-hidden"> von „${choice.title}“</span> anzeigen</a>[/#if]
        [#if choice.reason?has_content]<span class="hilfe" id="ort-${choice?index}-grund">${choice.reason}</span>[/#if]
      </li>
    [/#list]
    </ul>
  </fieldset>
  [#if previous?? || next??]
  <p class="blaettern">
    [#if previous??]<a href="/.editor/pages/${mode.segment}?path=${page.path?url}&amp;target=${level.path?url}&amp;offset=${previous}">Vorherige Seiten</a>[/#if]
    [#if next??]<a href="/.editor/pages/${mode.segment}?path=${page.path?url}&amp;target=${level.path?url}&amp;offset=${next}">Weitere Seiten (ab Nr. ${next + 1})</a>[/#if]
  </p>
  [/#if]
  <div class="knoepfe">
    <button type="submit">${mode.label}</button>
    <a href="/.editor/pages?path=${page.level?url}">Abbrechen</a>
  </div>
</form>
[/@frame.page]
