[#import "frame.ftl" as frame]
[#macro table rows caption]
[#if rows?has_content]
<table>
  <caption class="visually-hidden">${caption}</caption>
  <thead><tr><th scope="col">Seite</th><th scope="col">Aktion</th><th scope="col">Beantragt</th><th scope="col">Geplant</th><th scope="col">Stand</th></tr></thead>
  <tbody>
  [#list rows as r]
    <tr>
      <td><a href="/.editor/publishing/${r.id}">${r.title}</a> <span class="baum__info">${r.path}</span></td>
      <td>${r.action}[#if r.recursive] mit Unterseiten[/#if]</td>
      <td>${r.requestedAt} von ${r.requester}</td>
      <td>[#if r.scheduledAt?has_content]${r.scheduledAt}[#else]sofort[/#if]</td>
      <td><span class="status status--${r.stateClass}">${r.state}</span></td>
    </tr>
  [/#list]
  </tbody>
</table>
[#else]
<p>Keine.</p>
[/#if]
[/#macro]
[@frame.page title="Veröffentlichungen" current="publishing"]
<h1>Veröffentlichungen</h1>
[#if mayDecide]
<section aria-labelledby="warten">
  <h2 id="warten">Warten auf Ihre Freigabe</h2>
  [@table waiting "Anträge, die auf Ihre Freigabe warten" /]
</section>
[/#if]
<section aria-labelledby="meine">
  <h2 id="meine">Meine Anträge</h2>
  [@table mine "Ihre Anträge" /]
</section>
<section aria-labelledby="geplant">
  <h2 id="geplant">Geplante Veröffentlichungen</h2>
  [@table scheduled "Freigegebene, geplante Veröffentlichungen" /]
</section>
<p>Eine Veröffentlichung beantragen Sie im <a href="/.editor/pages">Seitenbaum</a> über „Veröffentlichen“ bei der Seite.</p>
[/@frame.page]
