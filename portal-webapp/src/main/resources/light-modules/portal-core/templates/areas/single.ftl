[#-- Default script of single areas: the one component, if any. --]
[#if component??]
[@cms.component content=component /]
[/#if]
