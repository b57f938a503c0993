[#-- Highlighted notice. role="note" (not alert): it is static page content, not a live message. --]
[#import "/portal-theme/templates/macros/util.ftl" as util]
[#assign type = content.type!"info"]
[#if !["info", "warning", "success"]?seq_contains(type)][#assign type = "info"][/#if]
[#assign label = i18n['portal-theme.notice.' + type]]
[#if content.headline?has_content || content.text?has_content]
<div class="notice notice--${type}" role="note">
  <span class="notice__icon">[@util.icon name=type /]</span>
  <div class="notice__body">
    [#if content.headline?has_content]
    <h2 class="notice__title"><span class="notice__label">${label}:</span> <span[@util.lang content "headline" /]>${content.headline}</span></h2>
    [#else]
    <p class="notice__title"><span class="notice__label">${label}</span></p>
    [/#if]
    [#if content.text?has_content]
    <div class="rich-text"[@util.lang content "text" /]>${cmsfn.richText(content.text)}</div>
    [/#if]
  </div>
</div>
[/#if]
