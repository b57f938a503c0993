[#-- The page editor's toolbar at the top of the page being edited. --]
[#assign here = "/.editor/pages/edit?path=" + page?url + "&lang=" + lang?url]
<aside class="pe-toolbar" aria-label="Seiteneditor">
  <p class="pe-toolbar__title"><strong>Seiteneditor</strong> · „${title}“ (Entwurf)</p>
  <ul class="pe-toolbar__actions">
    <li><a href="/.editor/pages?path=${page?url}">Zum Seitenbaum</a></li>
    <li><a href="/.editor/pages/dialog?path=${page?url}&amp;lang=${lang?url}&amp;back=${here?url}">Seiteneigenschaften</a></li>
    <li><a href="/.editor/preview?path=${page?url}">Vorschau (Desktop)</a></li>
    <li><a href="/.editor/preview?path=${page?url}&amp;width=phone">Vorschau (Smartphone)</a></li>
    <li><a href="/.editor/publishing/new?path=${page?url}">Veröffentlichung</a></li>
  </ul>
  [#if languages?size > 1]
  <nav class="pe-toolbar__languages" aria-label="Sprache des Inhalts">
    <ul>
      [#list languages as language]
      <li><a href="/.editor/pages/edit?path=${page?url}&amp;lang=${language.tag?url}"[#if language.current] aria-current="true"[/#if] lang="${language.tag}">${language.label}</a></li>
      [/#list]
    </ul>
  </nav>
  [/#if]
  [#if notice?has_content]<p class="pe-notice" role="status">${notice}</p>[/#if]
</aside>
