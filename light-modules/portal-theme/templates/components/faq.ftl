[#-- Questions and answers with native <details>/<summary> (works without JavaScript). --]
[#import "/portal-theme/templates/macros/util.ftl" as util]
[#assign entries = util.items(content.items!"")?filter(item -> item.question?has_content)]
[#if entries?has_content || content.headline?has_content]
<div class="faq">
  [#if content.headline?has_content]
  <h2 class="faq__title"[@util.lang content "headline" /]>${content.headline}</h2>
  [/#if]
  [#list entries as item]
  <details class="faq__item">
    <summary class="faq__question"[@util.lang item "question" /]>${item.question}</summary>
    [#if item.answer?has_content]
    <div class="faq__answer rich-text"[@util.lang item "answer" /]>${cmsfn.richText(item.answer)}</div>
    [/#if]
  </details>
  [/#list]
</div>
[/#if]
