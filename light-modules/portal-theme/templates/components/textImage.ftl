[#-- Text with an image on the left or right; caption and copyright under the image. --]
[#import "/portal-theme/templates/macros/util.ftl" as util]
[#assign img = util.asset(content.image!"")]
[#assign position = ((content.imagePosition!"right") == "left")?then("left", "right")]
[#assign caption = content.caption?has_content?then(content.caption, (img?is_hash)?then(img.caption!"", ""))]
[#if content.headline?has_content || content.text?has_content || img?is_hash]
<div class="text-image text-image--${position}">
  [#if content.headline?has_content]
  <h2 class="text-image__title"[@util.lang content "headline" /]>${content.headline}</h2>
  [/#if]
  <div class="text-image__grid">
    [#if img?is_hash]
    <figure class="text-image__figure">
      [@util.image asset=img sizes="(min-width: 64em) 28rem, (min-width: 40em) 45vw, 100vw" /]
      [#if caption?has_content || img.copyright?has_content]
      <figcaption>[#if caption?has_content]<span[#if content.caption?has_content][@util.lang content "caption" /][#else][@util.lang img "caption" /][/#if]>${caption}</span>[/#if][#if img.copyright?has_content] <span class="credit">© ${img.copyright}</span>[/#if]</figcaption>
      [/#if]
    </figure>
    [/#if]
    [#if content.text?has_content]
    <div class="text-image__text rich-text"[@util.lang content "text" /]>${cmsfn.richText(content.text)}</div>
    [/#if]
  </div>
</div>
[/#if]
