[#--
  The one shared page frame of portal-theme: <head>, skip link, header with logo and site name, main navigation,
  breadcrumb and footer. Page templates only provide what goes into <main>:

    [#import "/portal-theme/templates/macros/frame.ftl" as frame]
    [@frame.page template="content"] ... [/@frame.page]
--]
[#import "/portal-theme/templates/macros/util.ftl" as util]

[#-- Order of the legal links in the footer; keys of site.parameters.legalPages. --]
[#assign legalKeys = ["impressum", "datenschutz", "barrierefreiheit", "leichteSprache"]]

[#-- Website path of the current site's home page: site.root, else the site root of the current page. --]
[#function siteRootPath]
  [#if site.root?has_content][#return site.root][/#if]
  [#return util.pathOf(cmsfn.siteRoot(content)!"")]
[/#function]

[#-- True when path lies inside the site tree starting at rootPath (including the root itself). --]
[#function insideSite path rootPath]
  [#if !path?has_content || !rootPath?has_content][#return false][/#if]
  [#return path == rootPath || path?starts_with(rootPath?ensure_ends_with("/"))]
[/#function]

[#-- Public URL of a site-relative resource path such as the logo (context path is prepended to "/..."). --]
[#function resourceUrl path=""]
  [#if !path?is_string || !path?has_content][#return ""][/#if]
  [#if path?starts_with("/") && !path?starts_with("//")][#return (ctx.contextPath!"") + path][/#if]
  [#return path]
[/#function]

[#macro page template="content"]
[#local pageTitle = util.pageTitle(content)]
[#local siteTitle = site.title!""]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[#if pageTitle?has_content && pageTitle != siteTitle]${pageTitle}[#if siteTitle?has_content] – ${siteTitle}[/#if][#else]${siteTitle}[/#if]</title>
[#if content.description?has_content]
<meta name="description" content="${content.description}">
[/#if]
[#if content.keywords?has_content]
<meta name="keywords" content="${content.keywords}">
[/#if]
${resfn.css(["/portal-theme/.*\\.css"])}
${resfn.js(["/portal-theme/.*\\.js"])}
[@cms.page /]
</head>
<body class="site-${site.name!"default"} template-${template}">
<a class="skip-link" href="#inhalt">${i18n['portal-theme.skipLink']}</a>
[@header /]
[@breadcrumb /]
<main id="inhalt" class="site-main" tabindex="-1">
[#nested]
</main>
[@footer /]
</body>
</html>
[/#macro]

[#-- Header: logo + site name linking to the home page, then the main navigation. --]
[#macro header]
[#local logo = resourceUrl((site.parameters.logo)!"")]
[#-- The brand link must always have a name, even for a site definition without title. --]
[#local siteTitle = site.title?has_content?then(site.title, i18n['portal-theme.breadcrumb.home'])]
<header class="site-header">
  <div class="container site-header__bar">
    <a class="brand" href="${site.homeLink!"/"}">
      [#if logo?has_content]
      <img class="brand__logo" src="${logo}" alt="${siteTitle}">
      [#-- The image alt already names the site; the visible name would be read twice. --]
      <span class="brand__name" aria-hidden="true">${siteTitle}</span>
      [#else]
      <span class="brand__name">${siteTitle}</span>
      [/#if]
    </a>
    [#if navItems()?has_content]
    <button type="button" class="nav-toggle" aria-expanded="false" aria-controls="hauptnavigation-liste" hidden>
      [@util.icon name="menu" /]<span class="nav-toggle__label">${i18n['portal-theme.nav.toggle']}</span>
    </button>
    [/#if]
  </div>
  [@mainNav /]
</header>
[/#macro]

[#-- Visible child pages of the site root. --]
[#function navItems]
  [#local root = cmsfn.siteRoot(content)!""]
  [#local result = []]
  [#if root?is_hash]
    [#list cmsfn.children(root, "mgnl:page")![] as p]
      [#if !util.isTrue(p.hideInNav!false)][#local result = result + [p]][/#if]
    [/#list]
  [/#if]
  [#return result]
[/#function]

[#macro mainNav]
[#local items = navItems()]
[#if items?has_content]
[#local current = util.pathOf(content)]
<nav class="main-nav" aria-label="${i18n['portal-theme.nav.main']}">
  <div class="container">
    <ul class="main-nav__list" id="hauptnavigation-liste">
      [#list items as p]
      [#local p_path = util.pathOf(p)]
      <li class="main-nav__item"><a class="main-nav__link" href="${cmsfn.link(p)!}"[#if p_path?has_content && p_path == current] aria-current="page"[#elseif p_path?has_content && current?starts_with(p_path + "/")] aria-current="true"[/#if][@util.navTitleLang p /]>${util.navTitle(p)}</a></li>
      [/#list]
    </ul>
  </div>
</nav>
[/#if]
[/#macro]

[#-- Breadcrumb from the site root down to the current page; nothing on the home page itself. --]
[#macro breadcrumb]
[#local rootPath = siteRootPath()]
[#local current = util.pathOf(content)]
[#local trail = []]
[#list cmsfn.ancestors(content, "mgnl:page")![] as a]
  [#if insideSite(util.pathOf(a), rootPath)][#local trail = trail + [a]][/#if]
[/#list]
[#if trail?has_content && insideSite(current, rootPath)]
<nav class="breadcrumb" aria-label="${i18n['portal-theme.nav.breadcrumb']}">
  <div class="container breadcrumb__inner">
    <p class="breadcrumb__label">${i18n['portal-theme.breadcrumb.label']}</p>
    <ol class="breadcrumb__list">
      [#list trail as a]
      [#if util.pathOf(a) == rootPath]
      <li class="breadcrumb__item"><a href="${cmsfn.link(a)!}">${i18n['portal-theme.breadcrumb.home']}</a></li>
      [#else]
      <li class="breadcrumb__item"><a href="${cmsfn.link(a)!}"[@util.navTitleLang a /]>${util.navTitle(a)}</a></li>
      [/#if]
      [/#list]
      <li class="breadcrumb__item"><a href="${cmsfn.link(content)!}" aria-current="page"[@util.navTitleLang content /]>${util.navTitle(content)}</a></li>
    </ol>
  </div>
</nav>
[/#if]
[/#macro]

[#-- Page heading block used by section, content and region pages: the one h1 plus the description as lead. --]
[#macro pageHeading]
<div class="page-heading">
  <h1 class="page-heading__title"[@util.pageTitleLang content /]>${util.pageTitle(content)}</h1>
  [#if content.description?has_content]
  <p class="page-heading__lead"[@util.lang content "description" /]>${content.description}</p>
  [/#if]
</div>
[/#macro]

[#-- Footer: inherited footer area (maintained on the home page), then always the legal links. --]
[#macro footer]
[#local legal = (site.parameters.legalPages)!{}]
[#local current = util.pathOf(content)]
<footer class="site-footer">
  <div class="container">
    <div class="site-footer__area">
      [@cms.area name="footer" /]
    </div>
    <nav class="footer-nav" aria-label="${i18n['portal-theme.footer.legal']}">
      <ul class="footer-nav__list">
        [#list legalKeys as key]
        [#local legalPath = legal[key]!""]
        [#if legalPath?is_string && legalPath?has_content]
        [#local legalPage = cmsfn.contentByPath(legalPath)!""]
        [#if legalPage?is_hash]
        <li><a href="${cmsfn.link(legalPage)!}"[#if util.pathOf(legalPage) == current] aria-current="page"[/#if]>${i18n['portal-theme.legal.' + key]}</a></li>
        [/#if]
        [/#if]
        [/#list]
        [#if (site.name!"") != "region" && ((site.parameters.kind)!"") != "region"]
        <li><a href="${(ctx.contextPath!"")}/">${i18n['portal-theme.footer.region']}</a></li>
        [/#if]
      </ul>
    </nav>
    <p class="site-footer__copy">© ${.now?string("yyyy")} ${site.title!""}</p>
  </div>
</footer>
[/#macro]
