[#import "frame.ftl" as frame]
[#import "fields.ftl" as f]
[@frame.page title=(errors?has_content)?then("Fehler: ", "") + "Veröffentlichung von ${page.title}" current="publishing"]
<h1>Veröffentlichung von „${page.title}“</h1>
<p>Stand der Seite: ${page.status}.[#if !direct] Eine zweite Person (Freigabe) prüft die Änderungen, bevor sie online gehen.[/#if]</p>
[@f.summary errors /]
<form method="post" action="/.editor/publishing/new" novalidate>
  <input type="hidden" name="${csrf.parameterName}" value="${csrf.token}">
  <input type="hidden" name="path" value="${page.path}">
  <fieldset class="feld"[#if errors.action??] aria-describedby="action-fehler"[/#if]>
    <legend>Was soll geschehen?</legend>
    [#if errors.action??]<p class="feldfehler" id="action-fehler">${errors.action}</p>[/#if]
    <div class="auswahl"><input type="radio" id="action" name="action" value="PUBLISH"[#if input.action != "UNPUBLISH"] checked[/#if]><label for="action">Veröffentlichen</label></div>
    <div class="auswahl"><input type="radio" id="action-unpublish" name="action" value="UNPUBLISH"[#if input.action == "UNPUBLISH"] checked[/#if]><label for="action-unpublish">Zurückziehen (offline nehmen, mit Unterseiten)</label></div>
  </fieldset>
  <div class="feld auswahl">
    <input type="checkbox" id="recursive" name="recursive" value="ja"[#if input.recursive?has_content] checked[/#if]>
    <label for="recursive">Mit allen Unterseiten veröffentlichen</label>
  </div>
  <div class="feld">
    <label for="comment">Kommentar für die Freigabe</label>
    [#if errors.comment??]<p class="feldfehler" id="comment-fehler">${errors.comment}</p>[/#if]
    <textarea id="comment" name="comment" rows="4"[#if errors.comment??] aria-invalid="true" aria-describedby="comment-fehler"[/#if]>${input.comment}</textarea>
  </div>
  <fieldset class="feld" aria-describedby="[#if errors.date??]date-fehler [/#if]termin-hilfe">
    <legend>Zeitpunkt (optional)</legend>
    <p class="hilfe" id="termin-hilfe">Ohne Angabe geht die Seite gleich nach der Freigabe online. Zeit: deutsche Ortszeit.</p>
    [#if errors.date??]<p class="feldfehler" id="date-fehler">${errors.date}</p>[/#if]
    <label for="date">Datum</label>
    [#-- what cannot be a date stays visible as typed, in a text field --]
    <input type="[#if input.date?has_content && !input.date?matches('[0-9]{4}-[0-9]{2}-[0-9]{2}')]text[#else]date[/#if]" id="date" name="date" value="${input.date}"[#if errors.date??] aria-invalid="true"[/#if]>
    <label for="time">Uhrzeit</label>
    <input type="[#if input.time?has_content && !input.time?matches('[0-9]{2}:[0-9]{2}(:[0-9]{2})?')]text[#else]time[/#if]" id="time" name="time" value="${input.time}"[#if errors.date??] aria-invalid="true"[/#if]>
  </fieldset>
  <button type="submit">[#if direct]Veröffentlichen[#else]Freigabe beantragen[/#if]</button>
</form>
<p><a href="/.editor/pages">Abbrechen</a></p>
[/@frame.page]
