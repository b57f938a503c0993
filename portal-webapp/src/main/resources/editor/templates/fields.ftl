[#-- Form building blocks of the editor screens: labels, help and error texts tied to their fields. --]
[#macro summary errors]
[#if errors?has_content]
<div class="meldung fehler" role="alert" aria-labelledby="fehler-titel">
  <h2 id="fehler-titel">Bitte prüfen Sie Ihre Angaben</h2>
  <ul>[#list errors as field, message]<li><a href="#${field}[#if field == 'template']-0[/#if]">${message}</a></li>[/#list]</ul>
</div>
[/#if]
[/#macro]

[#macro text name label value errors required=false help=""]
<div class="feld">
  <label for="${name}">${label}[#if required] <span class="pflicht">(Pflichtfeld)</span>[/#if]</label>
  [#if help?has_content]<p class="hilfe" id="${name}-hilfe">${help}</p>[/#if]
  [#if errors[name]??]<p class="feldfehler" id="${name}-fehler">${errors[name]}</p>[/#if]
  <input type="text" id="${name}" name="${name}" value="${value}"[#if required] required aria-required="true"[/#if][#if errors[name]??] aria-invalid="true"[/#if][#if help?has_content || errors[name]??] aria-describedby="[#if errors[name]??]${name}-fehler [/#if][#if help?has_content]${name}-hilfe[/#if]"[/#if]>
</div>
[/#macro]
