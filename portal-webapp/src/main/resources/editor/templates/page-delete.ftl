[#import "frame.ftl" as frame]
[#import "fields.ftl" as f]
[#-- Confirmation of "Löschen": what goes along, and what happens with the live site. --]
[@frame.page title=(errors?has_content)?then("Fehler: ", "") + "Seite „${page.title}“ löschen" current="pages" assets=["page-actions.css"]]
<h1>Seite „${page.title}“ löschen</h1>
<p>Die Seite <code>${page.path}</code> wird gelöscht[#if subpages == 1], zusammen mit <strong>1 Unterseite</strong>[#elseif subpages gt 1], zusammen mit <strong>${subpages} Unterseiten</strong>[/#if].
Der letzte Stand jeder gelöschten Seite wird als Version aufbewahrt.</p>
[#if live?has_content]
[#if mayUnpublish]
<p class="meldung warnung">Die Seite oder Unterseiten davon sind veröffentlicht ([#list live as p]<code>${p}</code>[#sep], [/#list]).
Beim Löschen werden sie zugleich von der öffentlichen Website genommen.</p>
[#else]
<p class="meldung warnung">Die Seite oder Unterseiten davon sind veröffentlicht ([#list live as p]<code>${p}</code>[#sep], [/#list]).
Sie können sie erst löschen, wenn die Veröffentlichung zurückgezogen ist:
<a href="/.editor/publishing/new?path=${live[0]?url}&amp;action=UNPUBLISH">Zurückziehen beantragen</a>.</p>
[/#if]
[/#if]
[@f.summary errors /]
<form method="post" action="/.editor/pages/delete" novalidate>
  <input type="hidden" name="${csrf.parameterName}" value="${csrf.token}">
  <input type="hidden" name="path" value="${page.path}">
  <div class="feld">
    [#if errors.bestaetigt??]<p class="feldfehler" id="bestaetigt-fehler">${errors.bestaetigt}</p>[/#if]
    <input type="checkbox" id="bestaetigt" name="bestaetigt" value="ja"[#if errors.bestaetigt??] aria-invalid="true" aria-describedby="bestaetigt-fehler"[/#if]>
    <label for="bestaetigt">Ja, die Seite[#if subpages gt 0] mit allen Unterseiten[/#if] löschen</label>
  </div>
  <div class="knoepfe">
    <button type="submit">Endgültig löschen</button>
    <a href="/.editor/pages?path=${page.level?url}">Abbrechen</a>
  </div>
</form>
[/@frame.page]
