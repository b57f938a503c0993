[#import "frame.ftl" as frame]
[#import "dialog-fields.ftl" as d]
[#assign failed = summary?has_content || general?has_content || conflict?has_content]
[@frame.page title=failed?then("Fehler: ", "") + heading current="pages" assets=["dialog.css", "dialog.js", "rich-text.js"]]
<h1>${heading}</h1>
[#if languageName?has_content]<p class="meldung">Sie bearbeiten die Sprachfassung <strong>${languageName}</strong>. Unter übersetzbaren Feldern steht der deutsche Text als Vorlage.</p>[/#if]
[#if conflict?has_content]
<div class="meldung fehler" role="alert" id="konflikt">
  <h2>Inzwischen geändert</h2>
  <p>${conflict}</p>
  <p><a href="${reload}">Aktuellen Stand laden</a> (Ihre Eingaben gehen dabei verloren)</p>
</div>
[/#if]
[#if summary?has_content || general?has_content]
<div class="meldung fehler" role="alert" aria-labelledby="fehler-titel" id="fehler" tabindex="-1">
  <h2 id="fehler-titel">Bitte prüfen Sie Ihre Angaben</h2>
  <p>Es wurde nichts gespeichert.</p>
  <ul>
    [#list general as message]<li>${message}</li>[/#list]
    [#list summary as error]<li><a href="${error.href}">${error.message}</a></li>[/#list]
  </ul>
</div>
[/#if]
<form method="post" action="/.editor/pages/dialog" novalidate class="dialog"[#if multipart] enctype="multipart/form-data"[/#if] data-search="${search}" data-page="${pagePath}">
  <input type="hidden" name="${csrf.parameterName}" value="${csrf.token}">
  [#list request as key, value][#if value?has_content]<input type="hidden" name="${key}" value="${value}">[/#if][/#list]
  <input type="hidden" name="state" value="${state}">
  [#if tabbed]
  <div class="reiter" data-tabs>
    [#list tabs as tab]
    <section class="reiter__teil" id="${tab.id}" aria-labelledby="${tab.id}-titel">
      <h2 id="${tab.id}-titel" class="reiter__titel">${tab.label}</h2>
      [#list tab.fields as f][@d.field f /][/#list]
    </section>
    [/#list]
  </div>
  [#else]
  [#list tabs as tab][#list tab.fields as f][@d.field f /][/#list][/#list]
  [#if !tabs?has_content]<p>Diese Komponente hat keine Felder.</p>[/#if]
  [/#if]
  <div class="aktionen">
    <button type="submit">[#if create]Komponente anlegen[#else]Speichern[/#if]</button>
    <a href="${cancel}">Abbrechen</a>
  </div>
</form>
[/@frame.page]
