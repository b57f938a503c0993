[#--
  Teaser card. The headline link is stretched over the whole card by CSS, so the card has exactly one link;
  the "Mehr erfahren" line is a visual cue only (aria-hidden). Without a headline the linked page's title is used;
  a teaser with neither renders nothing.
--]
[#import "/portal-theme/templates/macros/util.ftl" as util]
[#assign img = util.asset(content.image!"")]
[#assign target = util.pageById(content.link!"")]
[#assign href = util.href(content.link!"", content.externalLink!"")]
[#assign external = util.isExternal(content.link!"", content.externalLink!"")]
[#assign iconName = content.icon!""]
[#assign headline = content.headline?has_content?then(content.headline, target?is_hash?then(util.pageTitle(target), ""))]
[#assign headlineTranslated = content.headline?has_content?then(util.inPageLanguage(content, "headline"), !target?is_hash || util.inPageLanguage(target, util.pageTitleProperty(target)))]
[#if headline?has_content]
<article class="teaser[#if href?has_content] teaser--linked[/#if]">
  [#if img?is_hash]
  <div class="teaser__media">[@util.image asset=img sizes="(min-width: 64em) 22rem, (min-width: 40em) 50vw, 100vw" /]</div>
  [#elseif iconName?is_string && util.icons[iconName]??]
  <span class="teaser__icon">[@util.icon name=iconName /]</span>
  [/#if]
  <h2 class="teaser__title"[#if !headlineTranslated] lang="${util.contentLanguage()}"[/#if]>[#if href?has_content]<a class="teaser__link" href="${href}">${headline}[#if external]<span class="visually-hidden"> ${i18n['portal-theme.link.external']}</span>[/#if]</a>[#else]${headline}[/#if]</h2>
  [#if content.text?has_content]
  <p class="teaser__text"[@util.lang content "text" /]>${content.text}</p>
  [/#if]
  [#if href?has_content]
  <p class="teaser__more" aria-hidden="true"[#if content.linkText?has_content][@util.lang content "linkText" /][/#if]>${content.linkText?has_content?then(content.linkText, i18n['portal-theme.teaser.more'])}[@util.icon name=external?then("external", "arrow") cssClass="icon icon--small" /]</p>
  [/#if]
</article>
[/#if]
