[#--
  Normal content page (also legal pages, Leichte Sprache and the 404 page): h1 + description as lead,
  main area, optional aside.
--]
[#import "/portal-theme/templates/macros/frame.ftl" as frame]
[@frame.page template="content"]
<div class="container layout[#if content.aside?? || cmsfn.isEditMode()] layout--with-aside[/#if]">
  <div class="layout__main">
    [@frame.pageHeading /]
    <div class="components">
      [@cms.area name="main" /]
    </div>
  </div>
  [#if content.aside?? || cmsfn.isEditMode()]
  <aside class="layout__aside components components--stack" aria-label="${i18n['portal-theme.aside.label']}">
    [@cms.area name="aside" /]
  </aside>
  [/#if]
</div>
[/@frame.page]
