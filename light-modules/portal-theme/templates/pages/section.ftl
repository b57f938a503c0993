[#--
  Overview page of a section: h1 + description as lead, then the main area whose teasers form a responsive grid.
  While the page has no main area yet (nothing placed by editors), its visible child pages are listed as teasers.
--]
[#import "/portal-theme/templates/macros/frame.ftl" as frame]
[#import "/portal-theme/templates/macros/util.ftl" as util]
[@frame.page template="section"]
<div class="container layout[#if content.aside?? || cmsfn.isEditMode()] layout--with-aside[/#if]">
  <div class="layout__main">
    [@frame.pageHeading /]
    [#if content.main?? || cmsfn.isEditMode()]
    <div class="components">
      [@cms.area name="main" /]
    </div>
    [#else]
    [#assign subpages = []]
    [#list cmsfn.children(content, "mgnl:page")![] as p]
      [#if !util.isTrue(p.hideInNav!false)][#assign subpages = subpages + [p]][/#if]
    [/#list]
    [#if subpages?has_content]
    <ul class="components teaser-list">
      [#list subpages as p]
      <li class="teaser">
        <h2 class="teaser__title"><a class="teaser__link" href="${cmsfn.link(p)!}"[@util.navTitleLang p /]>${util.navTitle(p)}</a></h2>
        [#if p.description?has_content]
        <p class="teaser__text"[@util.lang p "description" /]>${p.description}</p>
        [/#if]
        <p class="teaser__more" aria-hidden="true">${i18n['portal-theme.teaser.more']}[@util.icon name="arrow" cssClass="icon icon--small" /]</p>
      </li>
      [/#list]
    </ul>
    [/#if]
    [/#if]
  </div>
  [#if content.aside?? || cmsfn.isEditMode()]
  <aside class="layout__aside components components--stack" aria-label="${i18n['portal-theme.aside.label']}">
    [@cms.area name="aside" /]
  </aside>
  [/#if]
</div>
[/@frame.page]
