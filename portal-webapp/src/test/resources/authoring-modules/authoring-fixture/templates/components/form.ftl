<div class="form">${content.title!}</div>
