[#-- Downloads with file type and size in the link text, e.g. "Satzung (PDF, 120 KB)". Missing assets are left out. --]
[#import "/portal-theme/templates/macros/util.ftl" as util]
[#assign entries = []]
[#list util.items(content.files!"") as item]
  [#assign file = util.asset(item.asset!"")]
  [#if file?is_hash && file.link?has_content]
    [#assign entries = entries + [{
      "href": file.link,
      "translated": item.title?has_content?then(util.inPageLanguage(item, "title"), util.inPageLanguage(file, "title")),
      "label": item.title?has_content?then(item.title, file.title?has_content?then(file.title, file.fileName!"")),
      "meta": [util.fileType(file), util.fileSize(file.size!"")]?filter(m -> m?has_content)?join(", ")
    }]]
  [/#if]
[/#list]
[#if entries?has_content || content.headline?has_content]
<div class="download-list">
  [#if content.headline?has_content]
  <h2 class="download-list__title"[@util.lang content "headline" /]>${content.headline}</h2>
  [/#if]
  [#if entries?has_content]
  <ul class="download-list__items">
    [#list entries as e]
    <li class="download-list__item"><a href="${e.href}">[@util.icon name="download" /]<span><span[#if !e.translated] lang="${util.contentLanguage()}"[/#if]>${e.label}</span>[#if e.meta?has_content] <span class="download-list__meta">(${e.meta})</span>[/#if]</span></a></li>
    [/#list]
  </ul>
  [/#if]
</div>
[/#if]
