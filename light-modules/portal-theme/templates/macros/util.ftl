[#--
  Shared helper functions and macros of portal-theme.
  Import with: [#import "/portal-theme/templates/macros/util.ftl" as util]
  Every helper is null-safe: editors may leave any property empty and linked pages/assets may be gone.
--]

[#-- Boolean properties may arrive as real booleans or as the strings "true"/"false". --]
[#function isTrue value=false]
  [#if value?is_boolean][#return value][/#if]
  [#if value?is_string][#return value?trim?lower_case == "true"][/#if]
  [#return false]
[/#function]

[#-- Language of unsuffixed properties: the site's default language (the first of site.languages). --]
[#function contentLanguage]
  [#return (site.languages[0])!"de"]
[/#function]

[#--
  True when property prop of node shows in the page language: the page is in the content language, or the node
  has a prop_<language> variant. Anything else (e.g. assets) shows in the content language.
--]
[#function inPageLanguage node prop]
  [#local language = cmsfn.language()]
  [#if language == contentLanguage()][#return true][/#if]
  [#return node?is_hash && (node[prop + "_" + language])?has_content]
[/#function]

[#--
  Prints ' lang="de"' (the content language) inside the start tag of an element showing property prop of node
  when that text is not translated into the page language, so that screen readers switch their pronunciation
  (WCAG 3.1.2 Language of Parts): <p[@util.lang content "text" /]>.
--]
[#macro lang node prop][#if !inPageLanguage(node, prop)] lang="${contentLanguage()}"[/#if][/#macro]

[#--
  Property that gives a page's navigation/breadcrumb title: navigationTitle, else title, else the node name. On a
  translated page a translated title wins over an untranslated navigationTitle.
--]
[#function navTitleProperty page]
  [#if page.navigationTitle?has_content && (inPageLanguage(page, "navigationTitle") || !inPageLanguage(page, "title") || !page.title?has_content)][#return "navigationTitle"][/#if]
  [#if page.title?has_content][#return "title"][/#if]
  [#return "@name"]
[/#function]

[#-- Title used in navigation and breadcrumb (see navTitleProperty). --]
[#function navTitle page]
  [#return page[navTitleProperty(page)]!""]
[/#function]

[#-- ' lang="…"' for an element showing navTitle(page) (see lang). --]
[#macro navTitleLang page][@lang node=page prop=navTitleProperty(page) /][/#macro]

[#-- Property that gives a page's heading and <title>: title, else navigationTitle, else the node name. --]
[#function pageTitleProperty page]
  [#if page.title?has_content][#return "title"][/#if]
  [#if page.navigationTitle?has_content][#return "navigationTitle"][/#if]
  [#return "@name"]
[/#function]

[#-- Title of a page for headings and <title> (see pageTitleProperty). --]
[#function pageTitle page]
  [#return page[pageTitleProperty(page)]!""]
[/#function]

[#-- ' lang="…"' for an element showing pageTitle(page) (see lang). --]
[#macro pageTitleLang page][@lang node=page prop=pageTitleProperty(page) /][/#macro]

[#-- Website path of a node ("" when unknown). --]
[#function pathOf node]
  [#if node?is_hash][#return node["@path"]!""][/#if]
  [#return ""]
[/#function]

[#-- Asset map for a DAM item key ("jcr:<uuid>"), or "" when empty or missing (test with ?is_hash). --]
[#function asset key=""]
  [#if !key?is_string || !key?has_content][#return ""][/#if]
  [#return damfn.getAsset(key)!""]
[/#function]

[#-- Page map for a page uuid, or "" when empty or the page no longer exists (test with ?is_hash). --]
[#function pageById id=""]
  [#if !id?is_string || !id?has_content][#return ""][/#if]
  [#return cmsfn.contentById(id)!""]
[/#function]

[#-- Only plain web and mail links are accepted from free-text link fields. --]
[#function safeExternal url=""]
  [#if !url?is_string][#return ""][/#if]
  [#local u = url?trim]
  [#if u?matches("(https?://|mailto:|/)[^\\s]*", "i")][#return u][/#if]
  [#return ""]
[/#function]

[#-- URL for an internal page link (uuid) with fallback to an external URL; "" when neither resolves. --]
[#function href pageId="" externalUrl=""]
  [#local target = pageById(pageId)]
  [#if target?is_hash][#return cmsfn.link(target)!""][/#if]
  [#return safeExternal(externalUrl)]
[/#function]

[#-- True when href(...) falls back to an absolute external URL (http/https), e.g. to mark it for screen readers. --]
[#function isExternal pageId="" externalUrl=""]
  [#return !pageById(pageId)?is_hash && safeExternal(externalUrl)?matches("https?://.*", "i")]
[/#function]

[#-- Child nodes of a multi-field node (e.g. content.links), [] when missing. --]
[#function items parent=""]
  [#if parent?is_hash][#return cmsfn.children(parent)![]][/#if]
  [#return []]
[/#function]

[#-- Numbers as plain digits (no locale grouping) for HTML attributes. --]
[#function attrNumber value=""]
  [#if value?is_number][#return value?c][/#if]
  [#if value?is_string && value?matches("[0-9]+")][#return value][/#if]
  [#return ""]
[/#function]

[#-- Human readable file size in the current locale: "120 KB", "1,4 MB". --]
[#function fileSize bytes=""]
  [#local n = -1]
  [#if bytes?is_number][#local n = bytes]
  [#elseif bytes?is_string && bytes?trim?matches("[0-9]+")][#local n = bytes?trim?number]
  [/#if]
  [#if n < 0][#return ""][/#if]
  [#if n < 1048576][#return (n / 1024)?ceiling?c + " KB"][/#if]
  [#return (n / 1048576)?string("0.#") + " MB"]
[/#function]

[#-- File type label: extension in capitals, else the MIME subtype. --]
[#function fileType asset]
  [#if asset.extension?has_content][#return asset.extension?upper_case][/#if]
  [#if asset.mimeType?has_content && asset.mimeType?contains("/")][#return asset.mimeType?keep_after("/")?upper_case][/#if]
  [#return ""]
[/#function]

[#--
  <img> for an asset map; alt comes from the asset (empty alt = decorative image). With the theme's renditions
  (themes/portal-theme.yaml) it gets srcset and sizes: sizes says how wide the image is shown, e.g.
  "(min-width: 64em) 50vw, 100vw", so the browser loads the smallest rendition that is sharp enough.
--]
[#macro image asset cssClass="" lazy=true sizes="100vw"]
  [#if asset?is_hash && asset.link?has_content]
    [#local w = attrNumber(asset.width!"")]
    [#local h = attrNumber(asset.height!"")]
    [#local renditions = asset.renditions![]]
    <img src="${asset.link}"[#if renditions?size > 1] srcset="[#list renditions as r]${r.link} ${r.width?c}w[#sep], [/#list]" sizes="${sizes}"[/#if] alt="${asset.alt!""}"[@lang node=asset prop="alt" /][#if cssClass?has_content] class="${cssClass}"[/#if][#if w?has_content && h?has_content] width="${w}" height="${h}"[/#if][#if lazy] loading="lazy"[/#if]>
  [/#if]
[/#macro]

[#-- Inline SVG icons (stroke style, 24x24). Decorative: the text next to them carries the meaning. --]
[#assign icons = {
  "calendar": '<rect x="3" y="4.5" width="18" height="16.5" rx="2"/><path d="M16 2.5v4M8 2.5v4M3 10h18M8 14h2M14 14h2M8 17.5h2"/>',
  "bin": '<path d="M3.5 6.5h17M9 6.5V4h6v2.5M5.5 6.5l1 13.5a2 2 0 0 0 2 1.8h7a2 2 0 0 0 2-1.8l1-13.5M10 10.5v7M14 10.5v7"/>',
  "report": '<path d="M5 21.5V3.5M5 4h12.5l-2.5 4.5 2.5 4.5H5"/>',
  "form": '<path d="M14 2.5H6.5a2 2 0 0 0-2 2v15a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V8z"/><path d="M14 2.5V8h5.5M8.5 12.5h7M8.5 16.5h7"/>',
  "account": '<circle cx="12" cy="8" r="4.5"/><path d="M3.5 21.5a8.5 8.5 0 0 1 17 0"/>',
  "council": '<path d="M12 2.5 3 7.5h18zM4 10h16M2.5 21.5h19M6 10v8.5M10 10v8.5M14 10v8.5M18 10v8.5M4 18.5h16"/>',
  "info": '<circle cx="12" cy="12" r="9.5"/><path d="M12 11v6M12 7.5v.5"/>',
  "warning": '<path d="M10.3 3.9 1.8 18.5a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z"/><path d="M12 9.5v4.5M12 17.5v.5"/>',
  "success": '<circle cx="12" cy="12" r="9.5"/><path d="m7.5 12.5 3 3 6-6.5"/>',
  "download": '<path d="M12 3v12.5M6.5 10.5l5.5 5.5 5.5-5.5M4.5 20.5h15"/>',
  "arrow": '<path d="M4.5 12h15M13.5 6l6 6-6 6"/>',
  "external": '<path d="M14 3.5h6.5V10M10.5 13.5l10-10M19.5 14v5a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6.5a2 2 0 0 1 2-2h5"/>',
  "menu": '<path d="M3.5 6h17M3.5 12h17M3.5 18h17"/>',
  "chevron": '<path d="m9 5.5 6.5 6.5L9 18.5"/>'
}]

[#macro icon name="" cssClass="icon"]
  [#if name?is_string && icons[name]??]
<svg class="${cssClass}" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${icons[name]?no_esc}</svg>[#t]
  [/#if]
[/#macro]
