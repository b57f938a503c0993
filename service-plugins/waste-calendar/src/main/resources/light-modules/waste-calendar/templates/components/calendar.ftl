[#--
  Component "Abfallkalender". State lives in query parameters (see CalendarComponentModel), so every step is a plain
  GET form or link and works without JavaScript; calendar.js only adds live suggestions to the search field.
  Colour is never the only cue: each fraction shows its name next to the colour swatch.
--]
[#function t key][#return i18n["waste-calendar." + key]][/#function]
[#macro badge fraction]<span class="wc-badge" style="--wc-bg:${fraction.colour};--wc-fg:${fraction.textColour}"><svg class="wc-badge__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3 4h10l-1 11H4z M2 2h12v2H2z M6 1h4v1H6z"/></svg><span class="wc-badge__name">${fraction.name}</span></span>[/#macro]
[#macro dayHint day][#if day.note?has_content]<span class="wc-note">${day.note}</span>[/#if][#if day.details?has_content][#if day.note?has_content] · [/#if]<span class="wc-details">${day.details}</span>[/#if][/#macro]
[#assign rest = ctx.contextPath + "/.rest/waste-calendar/v1"]
${resfn.css(["/waste-calendar/.*\\.css"])}
${resfn.js(["/waste-calendar/.*\\.js"])}
[#if model??]
[#assign m = model]
[#assign sel = m.selection]
<section class="wc[#if m.print] wc--print[/#if]" aria-labelledby="wc-title-${content['@id']}" data-wc-rest="${rest}">
  <h2 class="wc__title" id="wc-title-${content['@id']}">${content.headline!t("title")}</h2>

  [#if m.error?has_content]
  <div class="wc-message wc-message--error" role="alert"><p>${m.error}</p></div>
  [/#if]

  [#if !m.address??]
  [#-- ---- address selection, step by step ---- --]
  <form class="wc-steps" method="get">
    <fieldset>
      <legend>${t("steps.legend")}</legend>
      [#if sel.municipality??]
      <dl class="wc-chosen">
        <div><dt>${t("municipality")}</dt><dd>${sel.municipalityName} <a href="?municipality=">${t("change")}<span class="visually-hidden"> (${t("municipality")})</span></a></dd></div>
        [#if sel.ortsteil??]
        <div><dt>${t("ortsteil")}</dt><dd>${sel.ortsteilName} <a href="?municipality=${sel.municipality?c}">${t("change")}<span class="visually-hidden"> (${t("ortsteil")})</span></a></dd></div>
        [/#if]
        [#if sel.street??]
        <div><dt>${t("street")}</dt><dd>${sel.streetName} <a href="?municipality=${sel.municipality?c}&amp;ortsteil=${sel.ortsteil?c}">${t("change")}<span class="visually-hidden"> (${t("street")})</span></a></dd></div>
        [/#if]
      </dl>
      <input type="hidden" name="municipality" value="${sel.municipality?c}">
      [/#if]
      [#if sel.ortsteil??]<input type="hidden" name="ortsteil" value="${sel.ortsteil?c}">[/#if]
      [#if sel.street??]<input type="hidden" name="street" value="${sel.street?c}">[/#if]

      [#if m.step == "municipality"]
      <label class="wc-field__label" for="wc-municipality">${t("municipality")}</label>
      <select class="wc-field__input" id="wc-municipality" name="municipality" required>
        <option value="">${t("choose")}</option>
        [#list sel.municipalities as o]<option value="${o.id?c}">${o.name}</option>[/#list]
      </select>
      [#elseif m.step == "ortsteil"]
      <label class="wc-field__label" for="wc-ortsteil">${t("ortsteil")}</label>
      <select class="wc-field__input" id="wc-ortsteil" name="ortsteil" required>
        <option value="">${t("choose")}</option>
        [#list sel.ortsteile as o]<option value="${o.id?c}">${o.name}</option>[/#list]
      </select>
      [#elseif m.step == "street"]
      <label class="wc-field__label" for="wc-street">${t("street")}</label>
      <select class="wc-field__input" id="wc-street" name="street" required>
        <option value="">${t("choose")}</option>
        [#list sel.streets as o]<option value="${o.id?c}">${o.name}</option>[/#list]
      </select>
      [#elseif m.step == "number"]
      <label class="wc-field__label" for="wc-number">${t("number")}</label>
      <p class="wc-field__hint" id="wc-number-hint">${t("number.hint")}</p>
      <input class="wc-field__input wc-field__input--short" id="wc-number" name="number" type="text" inputmode="numeric" autocomplete="off" aria-describedby="wc-number-hint" required[#if sel.number?has_content] value="${sel.number}"[/#if]>
      [/#if]
      <button class="button wc-steps__next" type="submit">${t("next")}</button>
    </fieldset>
  </form>
  [#if m.step == "number" && sel.sections?has_content]
  <div class="wc-sections">
    <h3 class="wc__subtitle">${t("sections")}</h3>
    <ul class="wc-links">
      [#list sel.sections as s]<li><a href="${s.href}">${s.text}</a></li>[/#list]
    </ul>
  </div>
  [/#if]

  [#-- ---- free-text search (type-ahead with JavaScript, a plain search form without) ---- --]
  <form class="wc-search" method="get" role="search" aria-label="${t("search.label")}">
    <label class="wc-field__label" for="wc-q-${content['@id']}">${t("search.label")}</label>
    <p class="wc-field__hint" id="wc-q-hint-${content['@id']}">${t("search.hint")}</p>
    <div class="wc-search__row">
      <input class="wc-field__input wc-search__input" id="wc-q-${content['@id']}" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="wc-q-hint-${content['@id']}" value="${m.search.q}">
      <button class="button" type="submit">${t("search.submit")}</button>
    </div>
    <p class="wc-live-status visually-hidden" role="status" aria-live="polite"></p>
    <ul class="wc-links wc-live" hidden></ul>
  </form>
  [#if m.search.q?has_content]
  <div class="wc-results">
    [#if m.search.matches?has_content]
    <h3 class="wc__subtitle">${t("search.results")}</h3>
    <ul class="wc-links wc-results__list">
      [#list m.search.matches as a]<li><a href="${a.href}">${a.text}</a></li>[/#list]
    </ul>
    [#else]
    <div class="wc-message wc-message--error" role="alert">
      <p>${m.search.message!t("search.none")}</p>
    </div>
    [#if m.search.suggestions?has_content]
    <h3 class="wc__subtitle">${t("search.suggestions")}</h3>
    <ul class="wc-links wc-results__suggestions">
      [#list m.search.suggestions as a]<li><a href="${a.href}">${a.text}</a></li>[/#list]
    </ul>
    [/#if]
    [/#if]
  </div>
  [/#if]

  [#else]
  [#-- ---- calendar of the chosen address ---- --]
  <p class="wc-address"><span class="wc-address__label">${t("address")}:</span> <strong>${m.address.label}</strong>
    <a class="wc-noprint" href="?">${t("address.change")}</a></p>

  [#if m.print]
  <p class="wc-noprint wc-print-actions"><a href="${m.links.back}">${t("print.back")}</a> <button class="button wc-print-button" type="button" hidden>${t("print.now")}</button></p>
  [#else]
  <form class="wc-filter" method="get">
    <input type="hidden" name="address" value="${m.address.id?c}">
    <input type="hidden" name="view" value="${m.view}">
    [#if m.month??]<input type="hidden" name="month" value="${m.month.value}">[/#if]
    <fieldset>
      <legend>${t("filter.legend")}</legend>
      <ul class="wc-filter__list">
        [#list m.fractions as f]
        <li><input type="checkbox" id="wc-f-${f.key}" name="fractions" value="${f.key}"[#if f.checked] checked[/#if]>
          <label for="wc-f-${f.key}">[@badge f /]</label></li>
        [/#list]
      </ul>
      <button class="button" type="submit">${t("filter.submit")}</button>
    </fieldset>
  </form>

  <h3 class="wc__subtitle">${t("next.title")}</h3>
  [#if m.upcoming?has_content]
  <ul class="wc-next">
    [#list m.upcoming as u]
    <li class="wc-next__item">[@badge u.fraction /]
      <ul class="wc-next__dates">
        [#list u.dates as d]<li><time datetime="${d.iso}">${d.label}</time>[#if d.note?has_content || d.details?has_content] – [@dayHint d /][/#if]</li>[/#list]
      </ul>
    </li>
    [/#list]
  </ul>
  [#else]
  <p>${t("next.none")}</p>
  [/#if]

  <nav class="wc-views" aria-label="${t("views.label")}">
    <ul>
      <li><a href="${m.links.list}"[#if m.view == "list"] aria-current="page"[/#if]>${t("views.list")}</a></li>
      <li><a href="${m.links.month}"[#if m.view == "month"] aria-current="page"[/#if]>${t("views.month")}</a></li>
      <li><a href="${m.links.print}">${t("views.print")}</a></li>
    </ul>
  </nav>
  [/#if]

  [#if m.view == "month" && m.month??]
  [#assign mo = m.month]
  <div class="wc-month">
    [#if !m.print]
    <p class="wc-month__nav">
      [#if mo.previous??]<a href="${mo.previous}">${t("month.previous")}</a>[/#if]
      [#if mo.next??]<a href="${mo.next}">${t("month.next")}</a>[/#if]
    </p>
    [/#if]
    <table class="wc-table wc-month__table">
      <caption>${t("month.caption")} ${mo.title}</caption>
      <thead>
        <tr>
          <th scope="col"><abbr title="${t("week")}">${t("week.short")}</abbr></th>
          [#list ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as wd]
          <th scope="col"><abbr title="${t("day." + wd)}">${t("day." + wd + ".short")}</abbr></th>
          [/#list]
        </tr>
      </thead>
      <tbody>
        [#list mo.weeks as w]
        <tr>
          <th scope="row">${w.number}</th>
          [#list w.days as c]
          [#if c.day == 0]<td class="wc-month__pad"></td>[#else]
          <td[#if c.today] class="wc-month__today" aria-current="date"[/#if]>
            <span class="wc-month__day"><time datetime="${c.iso}">${c.day}</time></span>
            [#if c.collections?has_content]
            <ul class="wc-month__items">
              [#list c.collections as d]<li>[@badge d.fraction /][#if d.note?has_content || d.details?has_content] <span class="wc-month__hint">[@dayHint d /]</span>[/#if]</li>[/#list]
            </ul>
            [/#if]
          </td>
          [/#if]
          [/#list]
        </tr>
        [/#list]
      </tbody>
    </table>
  </div>
  [#else]
  <div class="wc-list">
    [#if m.list?has_content]
    [#list m.list as month]
    <table class="wc-table wc-list__table">
      <caption>${month.title}</caption>
      <thead><tr><th scope="col">${t("list.date")}</th><th scope="col">${t("list.fraction")}</th><th scope="col">${t("list.hint")}</th></tr></thead>
      <tbody>
        [#list month.days as d]
        <tr><td><time datetime="${d.iso}">${d.label}</time></td><td>[@badge d.fraction /]</td><td>[@dayHint d /]</td></tr>
        [/#list]
      </tbody>
    </table>
    [/#list]
    [#else]
    <p>${t("list.none")}</p>
    [/#if]
  </div>
  [/#if]

  [#if !m.print]
  <div class="wc-downloads">
    <h3 class="wc__subtitle">${t("downloads.title")}</h3>
    [#assign host = ctx.request.serverName + ([80, 443]?seq_contains(ctx.request.serverPort)?then("", ":" + ctx.request.serverPort?c))]
    <ul class="wc-links">
      [#list m.downloads as dl]
      <li><a class="wc-download wc-download--ics" href="${ctx.contextPath}${dl.ics}" type="text/calendar">${t("downloads.ics")} ${dl.year?c}</a></li>
      <li><a class="wc-download wc-download--webcal" href="webcal://${host}${ctx.contextPath}${dl.ics}">${t("downloads.webcal")} ${dl.year?c}</a></li>
      <li><a class="wc-download wc-download--pdf" href="${ctx.contextPath}${dl.pdf}" type="application/pdf">${t("downloads.pdf")} ${dl.year?c}</a></li>
      [/#list]
    </ul>
    <p class="wc-field__hint">${t("downloads.hint")}</p>
  </div>

  [#if content.bulkyWasteLink?has_content]
  [#assign bulky = cmsfn.link("website", content.bulkyWasteLink)!""]
  [#if bulky?has_content]
  <p class="wc-bulky"><a href="${bulky}">${t("bulky")}</a></p>
  [/#if]
  [/#if]

  [#if m.remindersOffered]
  [#assign csrf = ctx.request.getAttribute("_csrf")!]
  <form class="wc-reminder" method="post" action="${rest}/reminders">
    <h3 class="wc__subtitle">${t("reminder.title")}</h3>
    <p>${t("reminder.text")}</p>
    [#if csrf?has_content]<input type="hidden" name="${csrf.parameterName}" value="${csrf.token}">[/#if]
    <input type="hidden" name="address" value="${m.address.id?c}">
    <input type="hidden" name="site" value="${m.site}">
    [#list m.fractions?filter(f -> f.checked) as f]<input type="hidden" name="fractions" value="${f.key}">[/#list]
    <label class="wc-field__label" for="wc-email-${content['@id']}">${t("reminder.email")}</label>
    <input class="wc-field__input" id="wc-email-${content['@id']}" name="email" type="email" autocomplete="email" required>
    <input type="hidden" name="back" value="${ctx.request.requestURI}">
    <fieldset class="wc-reminder__lead">
      <legend>${t("reminder.lead")}</legend>
      <p><input type="radio" id="wc-lead-evening-${content['@id']}" name="lead" value="evening" checked>
        <label for="wc-lead-evening-${content['@id']}">${t("reminder.lead.evening")}</label></p>
      <p><input type="radio" id="wc-lead-morning-${content['@id']}" name="lead" value="morning">
        <label for="wc-lead-morning-${content['@id']}">${t("reminder.lead.morning")}</label></p>
    </fieldset>
    <p class="wc-reminder__consent"><input type="checkbox" id="wc-consent-${content['@id']}" name="consent" value="true" required>
      <label for="wc-consent-${content['@id']}">${t("reminder.consent")}</label></p>
    <button class="button" type="submit">${t("reminder.submit")}</button>
  </form>
  [/#if]
  [/#if]
  [/#if]
</section>
[/#if]
