[#-- Start of a component in the page editor: its bar (closed by the editor after the component's HTML). --]
[#assign back = "/.editor/pages/edit?path=" + page?url + "&lang=" + lang?url]
[#macro order name value text]
<form class="pe-inline" method="post" action="/.editor/pages/edit/order">
  <input type="hidden" name="_csrf" value="${csrf}">
  <input type="hidden" name="page" value="${page}">
  <input type="hidden" name="lang" value="${lang}">
  <input type="hidden" name="path" value="${path}">
  <input type="hidden" name="${name}" value="${value}">
  <button type="submit" class="pe-button">${text}<span class="pe-sr">: ${label}</span></button>
</form>
[/#macro]
<div class="pe-component[#if inherited] pe-component--inherited[/#if]" id="k-${id}" data-pe-path="${path}" data-pe-name="${name}"[#if !inherited] data-pe-own="true"[/#if]>
<div class="pe-bar">
  <span class="pe-bar__label">${label}</span>
  [#if inherited]
  <span class="pe-bar__hint">geerbt von „${ownerTitle}“</span>
  <a class="pe-button" href="/.editor/pages/edit?path=${ownerPath?url}&amp;lang=${lang?url}">Dort bearbeiten<span class="pe-sr">: ${label}</span></a>
  [#else]
  [#if editable]<a class="pe-button" href="/.editor/pages/dialog?path=${path?url}&amp;lang=${lang?url}&amp;back=${back?url}">Bearbeiten<span class="pe-sr">: ${label}</span></a>[/#if]
  [#if previous?has_content][@order "before" previous "Nach oben" /][/#if]
  [#if next?has_content][@order "after" next "Nach unten" /][/#if]
  <a class="pe-button" href="/.editor/pages/edit/delete?path=${path?url}&amp;page=${page?url}&amp;lang=${lang?url}">Löschen<span class="pe-sr">: ${label}</span></a>
  [/#if]
</div>
