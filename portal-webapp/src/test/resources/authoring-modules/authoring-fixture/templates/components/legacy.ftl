<div class="legacy">${content.headline!}</div>
