[#import "frame.ftl" as frame]
[@frame.page title="Komponente löschen" current="pages"]
<h1>Komponente löschen?</h1>
[#if error?has_content]<div class="meldung fehler" role="alert"><p>${error}</p></div>[/#if]
<p>Soll die Komponente „${label}“ von der Seite „${pageTitle}“ gelöscht werden? Der bisherige Stand der Seite wird
als Version aufbewahrt und kann wiederhergestellt werden. Auf der veröffentlichten Seite verschwindet die Komponente
erst, wenn die Seite wieder veröffentlicht wird.</p>
<form method="post" action="/.editor/pages/edit/delete">
  <input type="hidden" name="_csrf" value="${csrf}">
  <input type="hidden" name="page" value="${page}">
  <input type="hidden" name="lang" value="${lang}">
  <input type="hidden" name="path" value="${path}">
  <button type="submit">Ja, löschen</button>
  <a href="/.editor/pages/edit?path=${page?url}&amp;lang=${lang?url}">Abbrechen</a>
</form>
[/@frame.page]
