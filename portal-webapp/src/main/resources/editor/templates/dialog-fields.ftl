[#-- The dialog screen's controls, one macro per kind (f.control); every value arrives escaped and precomputed. --]
[#macro described f][#if f.describedBy?has_content] aria-describedby="${f.describedBy}"[/#if][#if f.error?has_content] aria-invalid="true"[/#if][/#macro]
[#macro group f][#if f.describedBy?has_content] aria-describedby="${f.describedBy}"[/#if][/#macro]
[#macro req f][#if f.required] <span class="pflicht">(Pflichtfeld)</span>[/#if][/#macro]
[#macro texts f]
  [#if f.hint?has_content]<p class="hilfe vorgabe" id="${f.id}-vorgabe">Deutsch: <span lang="de">${f.hint}</span></p>[/#if]
  [#if f.help?has_content]<p class="hilfe" id="${f.id}-hilfe">${f.help}</p>[/#if]
  [#if f.error?has_content]<p class="feldfehler" id="${f.id}-fehler">${f.error}</p>[/#if]
[/#macro]
[#macro label f]<label for="${f.id}">${f.label}[@req f /]</label>[/#macro]

[#macro field f]
[#switch f.control]
[#case "hidden"]
<input type="hidden" name="${f.name}" value="${f.value}">
[#break]
[#case "static"]
<div class="feld feld--statisch"><p><strong>${f.label}</strong>[#if f.help?has_content] ${f.help}[/#if]</p></div>
[#break]
[#case "text"][#case "password"]
<div class="feld">
  [@label f /][@texts f /]
  <input type="${(f.control == 'password')?then('password', 'text')}" id="${f.id}" name="${f.name}" value="${f.value}"[#if f.maxLength > 0] maxlength="${f.maxLength?c}"[/#if][#if f.control == 'password'] autocomplete="new-password"[/#if][#if f.required] required aria-required="true"[/#if][@described f /]>
  [#if f.control == 'password']<p class="hilfe">Leer lassen, um das gespeicherte Passwort zu behalten.</p>[/#if]
</div>
[#break]
[#case "textarea"][#case "code"][#case "richtext"]
<div class="feld[#if f.control == 'richtext'] feld--rte[/#if]">
  [@label f /][@texts f /]
  <textarea id="${f.id}" name="${f.name}" rows="${(f.control == 'richtext')?then(8, f.rows)?c}"[#if f.maxLength > 0] maxlength="${f.maxLength?c}"[/#if][#if f.control == 'code'] class="code" spellcheck="false"[/#if][#if f.control == 'richtext'] data-rte="${f.label}"[/#if][#if f.required] required aria-required="true"[/#if][@described f /]>${f.value}</textarea>
  [#if f.control == 'richtext']<p class="hilfe ohne-js">HTML: Absätze (p), Überschriften h2–h4, Listen, Links, fett (strong), kursiv (em) und Tabellen; alles andere wird beim Speichern entfernt.</p>[/#if]
</div>
[#break]
[#case "link"]
<div class="feld feld--link" data-picker="${f.picker}" data-picker-field="${f.id}">
  [@label f /][@texts f /]
  <p class="hilfe" id="${f.id}-pfad">[#if f.picker == 'medium']Pfad der Datei in den Medien, z. B. /merseburg/bilder/rathaus.jpg.[#else]Pfad der Seite, z. B. /merseburg/buergerservice.[/#if]</p>
  <input type="text" id="${f.id}" name="${f.name}" value="${f.value}"[#if f.required] required aria-required="true"[/#if] aria-describedby="${f.id}-pfad[#if f.describedBy?has_content] ${f.describedBy}[/#if]"[#if f.error?has_content] aria-invalid="true"[/#if]>
  <div class="suche">
    <label for="${f.id}--suche">[#if f.picker == 'medium']Datei suchen[#else]Seite suchen[/#if] <span class="visually-hidden">für „${f.label}“</span></label>
    <input type="search" id="${f.id}--suche" name="${f.name}--suche" value="${f.query}">
    <button type="submit" class="zweitrangig" name="_suche" value="${f.name}" formnovalidate>Suchen</button>
  </div>
  <div class="treffer" id="${f.id}--treffer" role="status">
    [#if f.searched]
    [#if f.results?has_content]
    <p>${f.results?size} Treffer – zum Übernehmen wählen:</p>
    <ul>[#list f.results as r]<li><button type="submit" class="treffer__wahl" name="_waehle" value="${f.name}|${r.path}" formnovalidate>${r.title} <span class="treffer__pfad">(${r.path})</span></button></li>[/#list]</ul>
    [#else]<p>Keine Treffer.</p>[/#if]
    [/#if]
  </div>
</div>
[#break]
[#case "select"][#case "list"]
<div class="feld">
  [@label f /][@texts f /]
  <select id="${f.id}" name="${f.name}"[#if f.control == 'list'] size="${[f.options?size + 1, 6]?min?c}"[/#if][#if f.required] required aria-required="true"[/#if][@described f /]>
    <option value="">– bitte wählen –</option>
    [#list f.options as o]<option value="${o.value}"[#if o.selected] selected[/#if]>${o.label}</option>[/#list]
  </select>
</div>
[#break]
[#case "radio"][#case "checkboxes"]
<fieldset class="feld" id="${f.id}"[@group f /]>
  <legend>${f.label}[@req f /]</legend>
  [@texts f /]
  [#list f.options as o]
  <div class="auswahl"><input type="${(f.control == 'radio')?then('radio', 'checkbox')}" id="${o.id}" name="${f.name}" value="${o.value}"[#if o.selected] checked[/#if]><label for="${o.id}">${o.label}</label></div>
  [/#list]
</fieldset>
[#break]
[#case "checkbox"]
<fieldset class="feld" id="${f.id}-gruppe">
  <legend>${f.label}[@req f /]</legend>
  [@texts f /]
  <div class="auswahl"><input type="checkbox" id="${f.id}" name="${f.name}" value="true"[#if f.value == 'true'] checked[/#if][@described f /]><label for="${f.id}">${f.buttonLabel}</label></div>
</fieldset>
[#break]
[#case "date"]
<fieldset class="feld" id="${f.id}-gruppe">
  <legend>${f.label}[@req f /]</legend>
  [@texts f /]
  <label class="klein" for="${f.id}">Datum</label>
  <input type="date" id="${f.id}" name="${f.name}" value="${f.day}"[#if f.required] required aria-required="true"[/#if][@described f /]>
  [#if f.time]<label class="klein" for="${f.id}--zeit">Uhrzeit</label>
  <input type="time" id="${f.id}--zeit" name="${f.name}--zeit" value="${f.clock}">[/#if]
</fieldset>
[#break]
[#case "composite"]
<fieldset class="feld gruppe" id="${f.id}"[@group f /]>
  <legend>${f.label}[@req f /]</legend>
  [@texts f /]
  [#list f.children as child][@field child /][/#list]
</fieldset>
[#break]
[#case "switchable"]
<fieldset class="feld gruppe" id="${f.id}" data-switchable[@group f /]>
  <legend>${f.label}[@req f /]</legend>
  [@texts f /]
  [#if f.selector??][@field f.selector /][/#if]
  [#list f.forms as form]
  <fieldset class="gruppe wahlteil" id="${form.id}" data-option="${form.value}">
    <legend>Bei „${form.label}“</legend>
    [#list form.fields as child][@field child /][/#list]
  </fieldset>
  [/#list]
</fieldset>
[#break]
[#case "values"]
<fieldset class="feld gruppe" id="${f.id}" data-values[@group f /]>
  <legend>${f.label}[@req f /]</legend>
  [@texts f /]
  [#list f.slots as slot]
  <div class="zeile"><label class="klein" for="${slot.id}">Wert ${slot.number}</label><input type="text" id="${slot.id}" name="${f.name}" value="${slot.value}"></div>
  [/#list]
  <p class="hilfe">Leere Zeilen werden beim Speichern weggelassen.</p>
  <button type="submit" class="zweitrangig" name="_mehr" value="${f.name}" formnovalidate>Weitere Zeile<span class="visually-hidden"> für „${f.label}“</span></button>
</fieldset>
[#break]
[#case "entries"]
<fieldset class="feld gruppe" id="${f.id}" data-entries[@group f /]>
  <legend>${f.label}[@req f /]</legend>
  [@texts f /]
  [#list f.entries as entry]
  <fieldset class="gruppe eintrag" id="${entry.id}">
    <legend>Eintrag ${entry.number}</legend>
    <input type="hidden" name="${f.name}--eintrag" value="${entry.index}">
    [#list entry.fields as child][@field child /][/#list]
    <button type="button" class="zweitrangig nur-js" data-remove-entry hidden>Eintrag ${entry.number} entfernen</button>
  </fieldset>
  [/#list]
  <p class="hilfe">Einträge ohne Text werden beim Speichern entfernt.</p>
  <button type="submit" class="zweitrangig" name="_mehr" value="${f.name}" formnovalidate>Weitere Zeile<span class="visually-hidden"> für „${f.label}“</span></button>
</fieldset>
[#break]
[#case "upload"]
<div class="feld">
  [@label f /][@texts f /]
  [#if f.file?has_content]<p class="hilfe">Gespeicherte Datei: ${f.file}</p>[/#if]
  <input type="file" id="${f.id}" name="${f.name}"[@described f /]>
  [#if f.file?has_content]<div class="auswahl"><input type="checkbox" id="${f.id}--entfernen" name="${f.name}--entfernen" value="true"><label for="${f.id}--entfernen">Gespeicherte Datei entfernen</label></div>[/#if]
</div>
[#break]
[/#switch]
[/#macro]
