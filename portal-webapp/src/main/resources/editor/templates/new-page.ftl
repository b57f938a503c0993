[#import "frame.ftl" as frame]
[#import "fields.ftl" as f]
[@frame.page title=(errors?has_content)?then("Fehler: ", "") + "Neue Seite unter ${parent.title}" current="pages"]
<h1>Neue Seite unter „${parent.title}“</h1>
[@f.summary errors /]
<form method="post" action="/.editor/pages/new" novalidate>
  <input type="hidden" name="${csrf.parameterName}" value="${csrf.token}">
  <input type="hidden" name="parent" value="${parent.path}">
  [@f.text name="title" label="Titel" value=input.title errors=errors required=true help="So heißt die Seite in der Navigation und in der Überschrift." /]
  [@f.text name="name" label="Adresse (optional)" value=input.name errors=errors help="Letzter Teil der Internetadresse, z. B. abfall-und-umwelt. Ohne Angabe wird sie aus dem Titel gebildet." /]
  [#if choices?has_content]
  <fieldset class="feld"[#if errors.template??] aria-describedby="template-fehler"[/#if]>
    <legend>Vorlage <span class="pflicht">(Pflichtfeld)</span></legend>
    [#if errors.template??]<p class="feldfehler" id="template-fehler">${errors.template}</p>[/#if]
    [#list choices as choice]
    <div class="auswahl">
      <input type="radio" id="template-${choice?index}" name="template" value="${choice.id}"[#if input.template == choice.id || (choices?size == 1)] checked[/#if]>
      <label for="template-${choice?index}">${choice.title}</label>[#if choice.description?has_content] <span class="hilfe">${choice.description}</span>[/#if]
    </div>
    [/#list]
  </fieldset>
  <button type="submit">Seite anlegen</button>
  [#else]
  <p class="meldung fehler">An dieser Stelle kann keine Seite angelegt werden: keine Vorlage ist hier erlaubt.</p>
  [/#if]
</form>
<p><a href="/.editor/pages?path=${parent.path?url}">Abbrechen</a></p>
[/@frame.page]
