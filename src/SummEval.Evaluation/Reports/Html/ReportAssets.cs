namespace SummEval.Reports.Html;

/// <summary>
/// The page's inline stylesheet and script. Both are constants so the Content-Security-Policy can pin them by
/// hash: a string that somehow escaped into the page as markup still could not run or load anything.
/// </summary>
internal static class ReportAssets
{
    // Chinese-first font stack: common platform CJK fonts, then WenQuanYi Micro Hei (Debian's fonts-wqy-microhei).
    public const string Css = """
:root{--fg:#1f2328;--muted:#656d76;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--r1:#4e79a7;--r2:#f28e2b;--rl:#59a14f;--over:#d62728}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1180px;padding:16px 20px 40px;color:var(--fg);background:var(--bg);font:14px/1.55 "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","WenQuanYi Zen Hei",system-ui,sans-serif}
h1{font-size:22px;margin:8px 0 2px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta,.note{color:var(--muted)}.note{font-size:12px}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;white-space:nowrap}
#leaderboard-table td.num,#leaderboard-table th.num{text-align:right;font-variant-numeric:tabular-nums}
#leaderboard-table th[data-sort]{cursor:pointer}#leaderboard-table th[data-sort]:hover{text-decoration:underline}
.ci,.pr{display:block;color:var(--muted);font-size:11px;white-space:nowrap}
tr.oracle td{background:#fbf7ea;font-style:italic}
.badge{display:inline-block;font-size:11px;font-style:normal;padding:0 6px;margin-left:6px;border-radius:9px;background:#e8d9a8;color:#5c4a00}
.spec{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"WenQuanYi Micro Hei Mono",monospace;word-break:break-all}
.bad{color:var(--over);font-weight:600}
.chart text{font-size:11px;fill:var(--fg)}.chart .tick{fill:var(--muted);font-size:10px}
.chart .grid{stroke:#eaeef2}.chart .axis{stroke:#8c959f;fill:none}
.bar.r1 rect{fill:var(--r1)}.bar.r2 rect{fill:var(--r2)}.bar.rl rect{fill:var(--rl)}
.whisker{stroke:#24292f;stroke-width:1.2;fill:none}
.group.oracle rect{opacity:.45}.group.oracle .label{font-style:italic}
.histograms{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:12px}
.histograms figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:6px}
.histograms figcaption{font-size:12px}
.histograms svg{display:block;max-width:100%;height:auto}.rouge-chart{display:block;max-width:100%;height:auto}
.bin{fill:var(--r1)}.bin.over{fill:var(--over)}
.budget{stroke:var(--over);stroke-width:1.5;stroke-dasharray:4 3}.chart .budget-label{fill:var(--over);font-size:10px}
.drill{display:grid;grid-template-columns:280px 1fr;gap:16px}
#doc-search{width:100%;padding:5px;margin-bottom:6px}
#doc-list{width:100%;font:inherit}
#doc-view h3{margin:0 0 6px}
#doc-view .text{background:var(--soft);border-radius:6px;padding:8px 10px;white-space:pre-wrap}
#doc-view .failed{color:var(--over);font-style:italic}
#doc-view .best{font-weight:600}
#leaderboard-table .src.first,#leaderboard-table .judged.first{border-left:2px solid var(--line)}
#doc-view .judgment{display:block;color:var(--muted);font-size:12px}
mark.novel{background:#ffd8a8;color:inherit;border-radius:2px}
@media (max-width:800px){.drill{grid-template-columns:1fr}}
""";

    // Renders the drill-down from the JSON blob. Data only ever reaches the page through textContent and
    // new Option(): hostile text is displayed, never parsed as markup.
    public const string Script = """
(function(){
"use strict";
var data=JSON.parse(document.getElementById("report-data").textContent);
var search=document.getElementById("doc-search"),list=document.getElementById("doc-list"),
    view=document.getElementById("doc-view"),countLine=document.getElementById("doc-count");
function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!==undefined&&text!==null)e.textContent=String(text);return e;}
function chars(s){var n=0;for(var _ of s)n++;return n;}
function fmt(x){return typeof x==="number"?x.toFixed(4):"\u2014";}
function noun(n,one){return n===1?one:one+"s";}
function fill(){
  var q=search.value.trim().toLowerCase(),shown=0,keep=list.value;
  list.replaceChildren();
  data.docs.forEach(function(d,i){
    if(q&&d.id.toLowerCase().indexOf(q)<0&&d.source.toLowerCase().indexOf(q)<0&&!d.refs.some(function(r){return r.toLowerCase().indexOf(q)>=0;}))return;
    var label=d.id+" \u00b7 "+Array.from(d.source).slice(0,24).join("");
    list.add(new Option(label,String(i)));shown++;
  });
  countLine.textContent=shown+" of "+data.docs.length+" "+noun(data.docs.length,"document");
  if(keep&&Array.prototype.some.call(list.options,function(o){return o.value===keep;}))list.value=keep;
  else if(list.options.length)list.selectedIndex=0;
  show();
}
function show(){
  view.replaceChildren();
  if(list.selectedIndex<0){view.appendChild(el("p","note","No document matches."));return;}
  var d=data.docs[Number(list.value)];
  view.appendChild(el("h3",null,d.id));
  var sourceChars=chars(d.source);
  view.appendChild(el("h4",null,"Source ("+sourceChars+" "+noun(sourceChars,"character")+")"));
  view.appendChild(el("div","text source",d.source));
  view.appendChild(el("h4",null,d.refs.length===1?"Reference":"References"));
  d.refs.forEach(function(r){view.appendChild(el("div","text reference",r));});
  view.appendChild(el("h4",null,"Summaries"));
  var table=el("table","summaries"),head=el("tr");
  ["summarizer","summary","chars","R-1 F1","R-2 F1","R-L F1"].forEach(function(h){head.appendChild(el("th",null,h));});
  table.appendChild(head);
  var best=-1;d.sums.forEach(function(s){if(s&&s[0]!==null&&typeof s[3]==="number")best=Math.max(best,s[3]);});
  d.sums.forEach(function(s,k){
    var tr=el("tr");tr.appendChild(el("td","spec",data.specs[k]));
    if(!s){tr.appendChild(el("td","failed","not run on this document"));tr.appendChild(el("td"));}
    else if(s[0]===null){tr.appendChild(el("td","failed","failed"+(s[4]?": "+s[4]:"")));tr.appendChild(el("td"));}
    else{
      var n=chars(s[0]),cell=el("td","summary"),at=0;
      (s[5]||[]).forEach(function(m){cell.appendChild(document.createTextNode(s[0].slice(at,m[0])));cell.appendChild(el("mark","novel",s[0].slice(m[0],m[0]+m[1])));at=m[0]+m[1];});
      cell.appendChild(document.createTextNode(s[0].slice(at)));
      if(s[6])cell.appendChild(el("span","judgment",s[6]));
      tr.appendChild(cell);
      tr.appendChild(el("td",data.maxChars!==null&&n>data.maxChars?"num bad":"num",n));
    }
    for(var j=1;j<=3;j++)tr.appendChild(el("td",j===3&&s&&s[0]!==null&&s[3]===best?"num best":"num",s&&s[0]!==null?fmt(s[j]):"\u2014"));
    table.appendChild(tr);
  });
  view.appendChild(table);
  if(d.sums.some(function(s){return s&&s[5]&&s[5].length;}))view.appendChild(el("p","note","Marked: characters that occur nowhere in the source (novel characters)."));
}
search.addEventListener("input",fill);list.addEventListener("change",show);
var table=document.getElementById("leaderboard-table");
table.querySelectorAll("th[data-sort]").forEach(function(th){
  th.addEventListener("click",function(){
    var col=th.cellIndex,desc=th.dataset.dir!=="desc",body=table.tBodies[0];
    th.dataset.dir=desc?"desc":"asc";
    Array.from(body.rows).sort(function(a,b){
      var oa=a.classList.contains("unranked"),ob=b.classList.contains("unranked");
      if(oa!==ob)return oa?1:-1;
      var x=Number(a.cells[col].dataset.v),y=Number(b.cells[col].dataset.v);
      if(isNaN(x)&&isNaN(y))return 0;if(isNaN(x))return 1;if(isNaN(y))return -1;return desc?y-x:x-y;
    }).forEach(function(r){body.appendChild(r);});
  });
});
fill();
})();
""";
}
