[#-- Start of an area in the page editor: its name and what can be added (closed by the editor after the area). --]
[#assign back = "/.editor/pages/edit?path=" + page?url + "&lang=" + lang?url]
<div class="pe-area" data-pe-area="${areaPath}">
<div class="pe-bar pe-bar--area">
  <span class="pe-bar__label">Bereich „${label}“</span>
  [#if available?has_content]
  [#if full]
  <span class="pe-bar__hint">Dieser Bereich ist voll[#if max > 1] (höchstens ${max} Komponenten)[/#if].</span>
  [#else]
  <details class="pe-add">
    <summary>Komponente hinzufügen<span class="pe-sr"> (Bereich „${label}“)</span></summary>
    <ul>
      [#list available as choice]
      <li><a href="/.editor/pages/dialog?parent=${areaPath?url}&amp;template=${choice.id?url}&amp;lang=${lang?url}&amp;back=${back?url}">${choice.title}</a></li>
      [/#list]
    </ul>
  </details>
  [/#if]
  [/#if]
</div>
