[#-- Default script of list areas: every component in order. --]
[#list components as component]
[@cms.component content=component /]
[/#list]
