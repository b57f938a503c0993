[#import "frame.ftl" as frame]
[@frame.page title="Vorschau: ${page.title}" current="pages"]
<h1>Vorschau: „${page.title}“</h1>
<p>So sehen Bürgerinnen und Bürger die Seite nach der Veröffentlichung (Stand: ${page.status}).</p>
<nav aria-label="Breite der Vorschau">
  <ul class="kopf__nav">
    [#list ["desktop", "tablet", "phone"] as option]
    [#assign label = {"desktop": "Bildschirm (1280 px)", "tablet": "Tablet (768 px)", "phone": "Smartphone (375 px)"}[option]]
    <li><a href="/.editor/preview?path=${page.path?url}&amp;width=${option}"[#if option == width] aria-current="page"[/#if]>${label}</a></li>
    [/#list]
  </ul>
</nav>
<p><a href="${page.url}">Seite in voller Größe öffnen</a> · <a href="/.editor/pages?path=${page.path?url}">Unterseiten</a></p>
<div class="vorschau">
  <iframe class="vorschau__rahmen" src="${page.url}" title="Vorschau von „${page.title}“" width="${pixels?c}" height="900"></iframe>
</div>
[/@frame.page]
