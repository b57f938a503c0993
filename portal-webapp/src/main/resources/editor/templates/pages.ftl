[#import "frame.ftl" as frame]
[#import "page-list.ftl" as list]
[#if missing??]
[@frame.page title="Seite nicht gefunden" current="pages"]
<h1>Seite nicht gefunden</h1>
<p class="meldung fehler">Unter „${missing}“ gibt es keine Seite. <a href="/.editor/pages">Zur Seitenübersicht</a></p>
[/@frame.page]
[#elseif parent??]
[@frame.page title="Unterseiten von ${parent.title}" current="pages" assets=["page-actions.css"]]
<nav aria-label="Pfad">
  <ol class="pfad">
    <li><a href="/.editor/pages">Alle Websites</a></li>
    [#list trail as step]<li><a href="/.editor/pages?path=${step.path?url}">${step.title}</a></li>[/#list]
    <li><a href="/.editor/pages?path=${parent.path?url}" aria-current="page">${parent.title}</a></li>
  </ol>
</nav>
<h1>Unterseiten von „${parent.title}“</h1>
[#if notice??]<div class="meldung erfolg" role="status"><p>${notice}</p></div>[/#if]
[#if created??]<div class="meldung erfolg" role="status"><p>Die Seite „${created.title}“ wurde angelegt. Sie ist noch nicht veröffentlicht.</p></div>[/#if]
<p><a href="/.editor/pages/new?parent=${parent.path?url}">Neue Unterseite anlegen</a></p>
<div class="baum__zeile"><a href="${parent.url}">${parent.title}</a> <span class="status status--${parent.statusClass}">${parent.status}</span>
  <a class="baum__aktion" href="/.editor/pages/edit?path=${parent.path?url}">Bearbeiten<span class="visually-hidden">: „${parent.title}“</span></a>
  [@list.actions parent /]</div>
[#if children?has_content][@list.entries children /][@list.slices /][#else]<p>Diese Seite hat keine Unterseiten.</p>[/#if]
[/@frame.page]
[#else]
[@frame.page title="Seiten" current="pages" assets=["page-actions.css"]]
<h1>Seiten</h1>
[#if notice??]<div class="meldung erfolg" role="status"><p>${notice}</p></div>[/#if]
[#list roots as root]
<section aria-labelledby="site-${root?index}">
  <h2 id="site-${root?index}">${root.site}</h2>
  [@list.entries [root.entry] /]
</section>
[/#list]
[/@frame.page]
[/#if]
