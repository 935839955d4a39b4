/*
 * Refugio embed resizer. Add once to a page with Refugio iframes:
 *   <script async src="https://<refugio-site>/embed.js"></script>
 * Each embed posts { type: "refugio:height", id, height } when its content changes height; this
 * sets the height of the iframe that sent it. Messages from other origins are ignored.
 * Loaded async, it can start after an embed has already sent its height: so on start it asks
 * every iframe of the site to send it again ({ type: "refugio:resend" }, to the site's origin only).
 */
(function () {
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : "";
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "refugio:height") return;
    var height = Number(data.height);
    if (!(height > 0 && height < 20000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + "px";
    }
  });
  if (!origin) return;
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: "refugio:resend" }, origin);
  }
})();
