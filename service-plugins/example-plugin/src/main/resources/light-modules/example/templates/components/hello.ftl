[#-- Greeting from the plugin's Java model (HelloComponentModel); wording and look are per-site settings. --]
${resfn.css(["/example/.*\\.css"])}
[#if model??]
<div class="hello[#if model.highlighted] hello--highlighted[/#if]">
  <p class="hello__greeting">${model.greeting}</p>
  [#if model.showSiteName]
  <p class="hello__site">${i18n["example.hello.site"]} ${site.title}</p>
  [/#if]
</div>
[/#if]
