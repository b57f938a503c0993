[#-- The frame of every editor screen: German, landmarks, skip link, visible focus. --]
[#macro page title current=""]
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} – Redaktion</title>
<link rel="stylesheet" href="/.editor/assets/editor.css">
<script src="/.editor/assets/editor.js" defer></script>
</head>
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
