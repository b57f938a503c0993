<div class="text" id="c-${content.@name}">[#if content.headline?has_content]<h2>${content.headline}</h2>[/#if]${cmsfn.richText(content.text!)}</div>
