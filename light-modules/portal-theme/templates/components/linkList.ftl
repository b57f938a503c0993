[#-- List of internal (page uuid) or external links; entries whose target is gone are left out. --]
[#import "/portal-theme/templates/macros/util.ftl" as util]
[#assign entries = []]
[#list util.items(content.links!"") as item]
  [#assign href = util.href(item.link!"", item.externalLink!"")]
  [#if href?has_content]
    [#assign target = util.pageById(item.link!"")]
    [#assign entries = entries + [{
      "href": href,
      "external": util.isExternal(item.link!"", item.externalLink!""),
      "translated": item.title?has_content?then(util.inPageLanguage(item, "title"), !target?is_hash || util.inPageLanguage(target, util.navTitleProperty(target))),
      "label": item.title?has_content?then(item.title, target?is_hash?then(util.navTitle(target), href))
    }]]
  [/#if]
[/#list]
[#if entries?has_content || content.headline?has_content]
<div class="link-list">
  [#if content.headline?has_content]
  <h2 class="link-list__title"[@util.lang content "headline" /]>${content.headline}</h2>
  [/#if]
  [#if entries?has_content]
  <ul class="link-list__items">
    [#list entries as e]
    <li class="link-list__item"><a href="${e.href}">[@util.icon name=e.external?then("external", "chevron") cssClass="icon icon--small" /]<span[#if !e.translated] lang="${util.contentLanguage()}"[/#if]>${e.label}[#if e.external]<span class="visually-hidden"> ${i18n['portal-theme.link.external']}</span>[/#if]</span></a></li>
    [/#list]
  </ul>
  [/#if]
</div>
[/#if]
