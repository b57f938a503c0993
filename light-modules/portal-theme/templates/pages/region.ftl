[#--
  Regional entry page at "/": h1 + description as lead, then the main area (typically teasers to the
  Landkreis and the Stadt) over the full width.
--]
[#import "/portal-theme/templates/macros/frame.ftl" as frame]
[@frame.page template="region"]
<div class="region-intro">
  <div class="container">
    [@frame.pageHeading /]
  </div>
</div>
<div class="container">
  <div class="components">
    [@cms.area name="main" /]
  </div>
</div>
[/@frame.page]
