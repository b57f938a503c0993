[#--
  Home page of a site (Stadt, Landkreis). The page title is the page's single h1, visually hidden because the
  stage shows the visible welcome headline (as h2); so the heading outline is valid whether or not a stage exists.
--]
[#import "/portal-theme/templates/macros/frame.ftl" as frame]
[#import "/portal-theme/templates/macros/util.ftl" as util]
[@frame.page template="home"]
<h1 class="visually-hidden"[#if content.title?has_content][@util.lang content "title" /][/#if]>${content.title?has_content?then(content.title, site.title!"")}</h1>
[@cms.area name="stage" /]
<div class="container layout[#if content.aside?? || cmsfn.isEditMode()] layout--with-aside[/#if]">
  <div class="layout__main components">
    [@cms.area name="main" /]
  </div>
  [#if content.aside?? || cmsfn.isEditMode()]
  <aside class="layout__aside components components--stack" aria-label="${i18n['portal-theme.aside.label']}">
    [@cms.area name="aside" /]
  </aside>
  [/#if]
</div>
[/@frame.page]
