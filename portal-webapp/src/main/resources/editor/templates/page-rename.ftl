[#import "frame.ftl" as frame]
[#import "fields.ftl" as f]
[@frame.page title=(errors?has_content)?then("Fehler: ", "") + "Seite „${page.title}“ umbenennen" current="pages" assets=["page-actions.css"]]
<h1>Seite „${page.title}“ umbenennen</h1>
<p>Die Adresse ist der letzte Teil der Internetadresse der Seite (jetzt: <code>${page.path}</code>). Den Titel
ändern Sie in den <a href="/.editor/pages/dialog?path=${page.path?url}">Eigenschaften</a>. Verweise auf die Seite
innerhalb des Portals bleiben gültig; veröffentlicht ist die neue Adresse erst nach der nächsten Veröffentlichung.</p>
[@f.summary errors /]
<form method="post" action="/.editor/pages/rename" novalidate>
  <input type="hidden" name="${csrf.parameterName}" value="${csrf.token}">
  <input type="hidden" name="path" value="${page.path}">
  [@f.text name="name" label="Neue Adresse" value=name errors=errors required=true help="Nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. abfall-und-umwelt." /]
  <div class="knoepfe">
    <button type="submit">Umbenennen</button>
    <a href="/.editor/pages?path=${page.level?url}">Abbrechen</a>
  </div>
</form>
[/@frame.page]
