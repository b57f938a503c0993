[#-- Stage (hero) of a home page. Headline is h2: the page's h1 is the (visually hidden) page title. --]
[#import "/portal-theme/templates/macros/util.ftl" as util]
[#assign img = util.asset(content.image!"")]
[#assign href = util.href(content.link!"")]
[#if content.headline?has_content || content.text?has_content || img?is_hash]
<div class="stage[#if img?is_hash] stage--with-image[/#if]">
  <div class="container stage__inner">
    <div class="stage__body">
      [#if content.headline?has_content]
      <h2 class="stage__headline"[@util.lang content "headline" /]>${content.headline}</h2>
      [/#if]
      [#if content.text?has_content]
      <p class="stage__text"[@util.lang content "text" /]>${content.text}</p>
      [/#if]
      [#if href?has_content]
      <p class="stage__action"><a class="button" href="${href}"[#if content.linkText?has_content][@util.lang content "linkText" /][/#if]>${content.linkText?has_content?then(content.linkText, i18n['portal-theme.teaser.more'])}[@util.icon name="arrow" cssClass="icon icon--small" /]</a></p>
      [/#if]
    </div>
    [#if img?is_hash]
    <div class="stage__media">[@util.image asset=img lazy=false sizes="(min-width: 64em) 36rem, 100vw" /]</div>
    [/#if]
  </div>
</div>
[/#if]
