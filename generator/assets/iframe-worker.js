/* Dossier: lets Material's search run when the site is opened from disk (file://).
 *
 * Browsers refuse to start a Web Worker from a file:// page, so on such a page this replaces
 * `Worker` with a stand-in that runs the worker script in a hidden, same-origin iframe and passes
 * messages across. The dossier plugin ships it in place of the copy Material's offline plugin would
 * fetch from a CDN (its name contains "iframe-worker", which is how that plugin recognises one),
 * so a downloaded briefing never touches the network. Served over HTTP it does nothing.
 */
(function () {
  "use strict";
  if (location.protocol !== "file:") return;

  class FrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this.frame = document.createElement("iframe");
      this.frame.hidden = true;
      document.body.appendChild(this.frame);
      const scope = this.frame.contentWindow;
      // What the worker script calls: its replies come back here, asynchronously as from a worker.
      scope.postMessage = (data) => setTimeout(() => this.emit("message", new MessageEvent("message", { data })));
      scope.importScripts = (...urls) => urls.reduce((done, src) => done.then(() => load(scope, src)), Promise.resolve());
      scope.addEventListener("error", (event) => this.emit("error", new ErrorEvent("error", {
        message: event.message, filename: event.filename, lineno: event.lineno, colno: event.colno, error: event.error,
      })));
      this.ready = load(scope, String(url));
    }

    postMessage(data) {
      const scope = this.frame.contentWindow;
      this.ready.then(() => scope.dispatchEvent(new scope.MessageEvent("message", { data })));
    }

    terminate() {
      this.frame.remove();
    }

    emit(type, event) {
      this.dispatchEvent(event);
      const handler = type === "message" ? this.onmessage : this.onerror;
      if (handler) handler.call(this, event);
    }
  }

  function load(scope, src) {
    return new Promise((resolve, reject) => {
      const script = scope.document.createElement("script");
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error("could not load " + src));
      scope.document.body.appendChild(script);
    });
  }

  window.Worker = FrameWorker;
})();
