[#-- Text with optional headline (h2 or h3). --]
[#import "/portal-theme/templates/macros/util.ftl" as util]
[#assign level = (content.headlineLevel!"h2")?string?trim?lower_case]
[#if level != "h3"][#assign level = "h2"][/#if]
[#if content.headline?has_content || content.text?has_content]
<div class="text-block">
  [#if content.headline?has_content]
  <${level} class="text-block__title"[@util.lang content "headline" /]>${content.headline}</${level}>
  [/#if]
  [#if content.text?has_content]
  <div class="rich-text"[@util.lang content "text" /]>${cmsfn.richText(content.text)}</div>
  [/#if]
</div>
[/#if]
