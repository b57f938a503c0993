[#-- One level of the page tree. Subpages are a link without JavaScript; editor.js turns it into a button that
     expands the level in place. --]
[#macro entries children]
<ul class="baum">
[#list children as page]
  <li>
    <div class="baum__zeile">
      [#if page.hasChildren]
      <a class="baum__auf" href="/.editor/pages?path=${page.path?url}" data-children="/.editor/pages/children?path=${page.path?url}">Unterseiten von „${page.title}“</a>
      [/#if]
      <a class="baum__titel" href="${page.url}">${page.title}</a>
      <span class="status status--${page.statusClass}">${page.status}</span>
      <a class="baum__aktion" href="/.editor/pages/edit?path=${page.path?url}">Bearbeiten<span class="visually-hidden">: „${page.title}“</span></a>
      <a class="baum__aktion" href="/.editor/preview?path=${page.path?url}">Vorschau<span class="visually-hidden"> von „${page.title}“</span></a>
      <a class="baum__aktion" href="/.editor/publishing/new?path=${page.path?url}">Veröffentlichen<span class="visually-hidden">: „${page.title}“</span></a>
      [#if page.request?has_content]<a class="baum__aktion" href="/.editor/publishing/${page.request}">Antrag prüfen<span class="visually-hidden">: „${page.title}“</span></a>[/#if]
      [@actions page /]
      <span class="baum__info">${page.path}[#if page.lastModified?has_content] · geändert ${page.lastModified}[#if page.lastModifiedBy?has_content] von ${page.lastModifiedBy}[/#if][/#if]</span>
    </div>
  </li>
[/#list]
</ul>
[/#macro]
[#-- The further actions on a page, in a disclosure that needs no script. --]
[#macro actions page]
<details class="aktionen">
  <summary>Weitere Aktionen<span class="visually-hidden"> für „${page.title}“</span></summary>
  <ul>
    <li><a href="/.editor/pages/dialog?path=${page.path?url}">Eigenschaften</a></li>
    <li><a href="/.editor/pages/rename?path=${page.path?url}">Umbenennen</a></li>
    <li><a href="/.editor/pages/move?path=${page.path?url}">Verschieben</a></li>
    <li><a href="/.editor/pages/copy?path=${page.path?url}">Kopieren</a></li>
    <li><a href="/.editor/pages/versions?path=${page.path?url}">Versionen</a></li>
    [#if page.live]<li><a href="/.editor/publishing/new?path=${page.path?url}&amp;action=UNPUBLISH">Zurückziehen</a></li>[/#if]
    <li><a href="/.editor/pages/delete?path=${page.path?url}">Löschen</a></li>
  </ul>
</details>
[/#macro]
[#-- Links to the neighbouring slices of a long level. --]
[#macro slices]
[#if previous?? || next??]
<p class="blaettern">
  [#if previous??]<a href="/.editor/pages?path=${levelPath?url}&amp;offset=${previous}">Vorherige Seiten</a>[/#if]
  [#if next??]<a href="/.editor/pages?path=${levelPath?url}&amp;offset=${next}">Weitere Seiten (ab Nr. ${next + 1})</a>[/#if]
</p>
[/#if]
[/#macro]
[#if children??][@entries children /][@slices /][/#if]
