<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head><meta charset="utf-8"><title>${content.title!} – ${site.title}</title>[@cms.page /]${resfn.css(["/test-site/.*\\.css"])}</head>
<body>
<main id="inhalt"><h1>${content.title!}</h1>
<p class="motto">${site.parameters.motto}</p>
<p class="i18n">${i18n['test.greeting']}</p>
<p class="name">${content.@name}|${content["@path"]}|${content["@depth"]}</p>
<nav aria-label="Navigation"><ul>[#list cmsfn.children(cmsfn.siteRoot(content), "mgnl:page") as child]<li><a href="${cmsfn.link(child)}">${child.title!}</a></li>[/#list]</ul></nav>
<div class="stage">[@cms.area name="stage" /]</div>
<div class="main">[@cms.area name="main" /]</div>
</main>
<footer>[@cms.area name="footer" /]</footer>
</body>
</html>
