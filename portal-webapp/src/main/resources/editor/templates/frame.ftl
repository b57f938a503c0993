[#-- The frame of every editor screen: German, landmarks, skip link, visible focus.
     assets: further style sheets and scripts of the screen from editor/assets, e.g. ["dam.css", "dam.js"]. --]
[#macro page title current="" assets=[]]
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} – Redaktion</title>
<link rel="stylesheet" href="/.editor/assets/editor.css">
<script src="/.editor/assets/editor.js" defer></script>
[#list assets as asset][#if asset?ends_with(".css")]<link rel="stylesheet" href="/.editor/assets/${asset}">
[#else]<script src="/.editor/assets/${asset}" defer></script>
[/#if][/#list]</head>
<body>
<a class="skip" href="#inhalt">Zum Inhalt springen</a>
<header class="kopf">
  <p class="kopf__titel"><a href="/">Serviceportal</a> · Redaktion</p>
  <nav aria-label="Redaktion">
    <ul class="kopf__nav">
      <li><a href="/.editor/"[#if current == "start"] aria-current="page"[/#if]>Start</a></li>
      [#if editorial!true]<li><a href="/.editor/pages"[#if current == "pages"] aria-current="page"[/#if]>Seiten</a></li>
      <li><a href="/.editor/publishing"[#if current == "publishing"] aria-current="page"[/#if]>Veröffentlichungen</a></li>[/#if]
      <li><a href="/.editor/plugins"[#if current == "plugins"] aria-current="page"[/#if]>Dienste</a></li>
    </ul>
  </nav>
</header>
<main id="inhalt">
[#nested]
</main>
</body>
</html>
[/#macro]
