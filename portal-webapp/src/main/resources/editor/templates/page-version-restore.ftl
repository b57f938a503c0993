[#import "frame.ftl" as frame]
[@frame.page title=(error?has_content)?then("Fehler: ", "") + "Version ${version.number} wiederherstellen" current="pages" assets=["page-actions.css"]]
<h1>Version ${version.number} von „${page.title}“ wiederherstellen?</h1>
[#if error?has_content]<div class="meldung fehler" role="alert"><p>${error}</p></div>[/#if]
<p>Der Entwurf der Seite wird auf den Stand vom ${version.created} (${version.reason}, von ${version.createdBy})
zurückgesetzt. Der jetzige Entwurf wird vorher als Version aufbewahrt, Unterseiten bleiben unverändert. Online ändert
sich erst etwas, wenn die Seite wieder veröffentlicht wird.</p>
<p><a href="/.editor/pages/versions?path=${page.path?url}&amp;from=${version.number}&amp;to=draft">Erst vergleichen: Version ${version.number} mit dem Entwurf</a></p>
<form method="post" action="/.editor/pages/versions/restore">
  <input type="hidden" name="${csrf.parameterName}" value="${csrf.token}">
  <input type="hidden" name="path" value="${page.path}">
  <input type="hidden" name="version" value="${version.number}">
  <div class="knoepfe">
    <button type="submit" name="confirm" value="ja">Ja, wiederherstellen</button>
    <a href="/.editor/pages/versions?path=${page.path?url}">Abbrechen</a>
  </div>
</form>
[/@frame.page]
