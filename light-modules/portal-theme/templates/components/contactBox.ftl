[#-- Contact information of an office: address, phone, e-mail, opening hours (one line per entry). --]
[#import "/portal-theme/templates/macros/util.ftl" as util]
[#assign hasAddress = content.organisation?has_content || content.department?has_content || content.street?has_content || content.postalCode?has_content || content.city?has_content]
[#assign hours = []]
[#if content.openingHours?has_content]
  [#list content.openingHours?split("\n") as line]
    [#if line?trim?has_content][#assign hours = hours + [line?trim]][/#if]
  [/#list]
[/#if]
[#if hasAddress || content.phone?has_content || content.email?has_content || hours?has_content]
<div class="contact-box">
  <h2 class="contact-box__title"[#if content.title?has_content][@util.lang content "title" /][/#if]>${content.title?has_content?then(content.title, i18n['portal-theme.contact.title'])}</h2>
  <address class="contact-box__body">
    [#if hasAddress]
    <p class="contact-box__address"[@util.lang content "department" /]>
      [#if content.organisation?has_content]<strong>${content.organisation}</strong><br>[/#if]
      [#if content.department?has_content]${content.department}<br>[/#if]
      [#if content.street?has_content]${content.street}<br>[/#if]
      [#if content.postalCode?has_content || content.city?has_content]${content.postalCode!""} ${content.city!""}[/#if]
    </p>
    [/#if]
    [#if content.phone?has_content || content.email?has_content || hours?has_content]
    <dl class="contact-box__details">
      [#if content.phone?has_content]
      <div><dt>${i18n['portal-theme.contact.phone']}</dt><dd><a href="tel:${content.phone?replace("[^0-9+]", "", "r")}">${content.phone}</a></dd></div>
      [/#if]
      [#if content.email?has_content]
      <div><dt>${i18n['portal-theme.contact.email']}</dt><dd><a href="mailto:${content.email?trim}">${content.email?trim}</a></dd></div>
      [/#if]
      [#if hours?has_content]
      <div><dt>${i18n['portal-theme.contact.openingHours']}</dt><dd[@util.lang content "openingHours" /]>[#list hours as line]${line}[#sep]<br>[/#sep][/#list]</dd></div>
      [/#if]
    </dl>
    [/#if]
  </address>
</div>
[/#if]
