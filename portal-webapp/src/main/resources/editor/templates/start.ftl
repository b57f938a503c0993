[#import "frame.ftl" as frame]
[@frame.page title="Start" current="start"]
<h1>Willkommen, ${user}</h1>
<section aria-labelledby="apps">
  <h2 id="apps">Arbeitsbereiche</h2>
  <ul class="kacheln">
    [#if editorial]<li><a href="/.editor/pages">Seiten</a> – Seitenbaum beider Websites mit Veröffentlichungsstand</li>[/#if]
    <li><a href="/.editor/plugins">Dienste</a> – Arbeitsbereiche der Fachdienste</li>
    [#if admin]
    <li><a href="/.admin/definitions">Light-Module-Definitionen</a> – Vorlagen, Dialoge und ihre Probleme</li>
    <li><a href="/.admin/plugins">Plugins</a> – installierte Dienste und ihre Einstellungen</li>
    [/#if]
  </ul>
</section>
[#if editorial]
<section aria-labelledby="zuletzt">
  <h2 id="zuletzt">Zuletzt bearbeitet</h2>
  [#if recent?has_content]
  <table>
    <caption class="visually-hidden">Die letzten Änderungen an Inhalten</caption>
    <thead><tr><th scope="col">Wann</th><th scope="col">Wer</th><th scope="col">Was</th><th scope="col">Inhalt</th></tr></thead>
    <tbody>
    [#list recent as change]
      <tr>
        <td>${change.when}</td>
        <td>${change.actor}</td>
        <td>${change.action}[#if change.details?has_content] <span class="baum__info">(${change.details})</span>[/#if]</td>
        <td>[#if change.link?has_content]<a href="${change.link}">${change.path}</a>[#else]${change.workspace}: ${change.path}[/#if]</td>
      </tr>
    [/#list]
    </tbody>
  </table>
  [#else]
  <p>Noch keine Änderungen.</p>
  [/#if]
</section>
[/#if]
[#if admin]
<section aria-labelledby="probleme">
  <h2 id="probleme">Probleme in Light-Module-Definitionen</h2>
  [#if problems?has_content]
  <div class="meldung fehler">
    <p>${problems?size} Problem[#if problems?size != 1]e[/#if] – Details unter <a href="/.admin/definitions">Light-Module-Definitionen</a>:</p>
    <ul>[#list problems as problem]<li><code>${problem}</code></li>[/#list]</ul>
  </div>
  [#else]
  <p>Keine Probleme.</p>
  [/#if]
</section>
[/#if]
[/@frame.page]
