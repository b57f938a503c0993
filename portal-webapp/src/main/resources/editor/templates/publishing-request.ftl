[#import "frame.ftl" as frame]
[#if missing??]
[@frame.page title="Antrag nicht gefunden" current="publishing"]
<h1>Antrag nicht gefunden</h1>
<p class="meldung fehler">Diesen Antrag gibt es nicht. <a href="/.editor/publishing">Zu den Veröffentlichungen</a></p>
[/@frame.page]
[#else]
[@frame.page title=(errors?has_content)?then("Fehler: ", "") + "Antrag: ${request.title}" current="publishing"]
<h1>${request.action}: „${request.title}“</h1>
<dl class="daten">
  <dt>Stand</dt><dd><span class="status status--${request.stateClass}">${request.state}</span>[#if request.message?has_content] – ${request.message}[/#if]</dd>
  <dt>Seite</dt><dd>${request.path}[#if request.recursive] mit Unterseiten[/#if]</dd>
  <dt>Beantragt</dt><dd>${request.requestedAt} von ${request.requester}</dd>
  <dt>Kommentar</dt><dd>[#if request.comment?has_content]${request.comment}[#else]–[/#if]</dd>
  <dt>Zeitpunkt</dt><dd>[#if request.scheduledAt?has_content]${request.scheduledAt}[#else]sofort nach der Freigabe[/#if]</dd>
  [#if request.decider?has_content]
  <dt>Entschieden</dt><dd>${request.decidedAt} von ${request.decider}[#if request.decisionComment?has_content]: ${request.decisionComment}[/#if]</dd>
  [/#if]
</dl>
<h2>Änderungen gegenüber der veröffentlichten Fassung</h2>
[#if properties?has_content]
<table>
  <caption>Geänderte Eigenschaften</caption>
  <thead><tr><th scope="col">Stelle</th><th scope="col">Eigenschaft</th><th scope="col">Bisher online</th><th scope="col">Neu</th></tr></thead>
  <tbody>
  [#list properties as change]<tr><td>${change.path}</td><td>${change.name}</td><td>${change.before}</td><td>${change.after}</td></tr>[/#list]
  </tbody>
</table>
[/#if]
[#if structure?has_content]
<table>
  <caption>Bereiche und Komponenten</caption>
  <thead><tr><th scope="col">Stelle</th><th scope="col">Änderung</th><th scope="col">Vorlage</th></tr></thead>
  <tbody>
  [#list structure as change]<tr><td>${change.path}</td><td>${change.kind}</td><td>${change.template}</td></tr>[/#list]
  </tbody>
</table>
[/#if]
[#if !properties?has_content && !structure?has_content]<p>Keine Unterschiede zur veröffentlichten Fassung.</p>[/#if]
[#if errors.decision??]<div class="meldung fehler" role="alert"><p>${errors.decision}</p></div>[/#if]
[#if mayDecide]
<h2>Entscheidung</h2>
<form method="post" action="/.editor/publishing/${request.id}/approve" class="entscheidung">
  <input type="hidden" name="${csrf.parameterName}" value="${csrf.token}">
  <div class="feld"><label for="approve-comment">Kommentar (optional)</label><textarea id="approve-comment" name="comment" rows="3"></textarea></div>
  <button type="submit">Freigeben</button>
</form>
<form method="post" action="/.editor/publishing/${request.id}/reject" class="entscheidung">
  <input type="hidden" name="${csrf.parameterName}" value="${csrf.token}">
  <div class="feld"><label for="reject-comment">Begründung der Ablehnung <span class="pflicht">(Pflichtfeld)</span></label><textarea id="reject-comment" name="comment" rows="3" required aria-required="true">${errors.comment!}</textarea></div>
  <button type="submit" class="zweitrangig">Ablehnen</button>
</form>
[#elseif ownRequest && request.stateClass == "pending"]
<p>Ihr Antrag wartet auf die Freigabe durch eine zweite Person.</p>
[/#if]
<p><a href="/.editor/publishing">Zu den Veröffentlichungen</a></p>
[/@frame.page]
[/#if]
