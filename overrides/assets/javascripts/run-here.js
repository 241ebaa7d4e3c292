// Run it here: edit an example and run it in the browser, on Pyodide (CPython 3.14 in WebAssembly)
// served by this site. Nothing is loaded before the first click; no request leaves the site.
//
// The build marks each example's download line (p.md-snippet-download) with data-run="yes" and
// data-runtime (the runtime's folder) when the example is known to print its CPython 3.14 output in
// Pyodide: docsbuild/run_here.py measures that, and tools/pyodide/runnable.json records it.
// Examples run one after another in one interpreter, each as a fresh __main__
// (tools/pyodide/session.py); after a run that fails, the next run starts a new interpreter.
// Each runs on the clock it runs on in the build (data-clock): on the virtual loop clock the
// session's run_virtual() prints exactly the recorded output, synchronously and without JSPI;
// on the real clock, runPythonAsync runs it on Pyodide's WebLoop, which needs JSPI.

const TEXT = {
  en: {
    open: "Edit and run it here",
    label: "Python 3.14 in your browser (WebAssembly)",
    virtual:
      "Runs on the virtual loop clock, as in the build: waits take no real time, and the output is " +
      "the same on every machine.",
    real: "Runs in real time.",
    sentence: ". ",
    code: "Code to run",
    run: "Run",
    reset: "Reset",
    output: "Output",
    loading: "Loading Python in your browser (about 6 MB, once)…",
    running: "Running…",
    done: "Finished.",
    failed: "Finished with an error.",
    noJspi:
      "This browser cannot run asyncio.run() in WebAssembly: it lacks JSPI (WebAssembly stack " +
      "switching). Current Chrome, Edge, Firefox and Safari have it; Chrome on Android does not yet. " +
      "The output shown above is the real CPython output.",
    loadFailed: "Python could not be loaded: ",
  },
  zh: {
    open: "在这里编辑并运行",
    label: "浏览器中的 Python 3.14（WebAssembly）",
    virtual: "与构建时一样运行在虚拟的事件循环时钟上：等待不耗费真实时间，在任何机器上输出都相同。",
    real: "按真实时间运行。",
    sentence: "。",
    code: "要运行的代码",
    run: "运行",
    reset: "还原",
    output: "输出",
    loading: "正在浏览器中加载 Python（约 6 MB，只需加载一次）……",
    running: "运行中……",
    done: "运行结束。",
    failed: "运行结束，但出现了错误。",
    noJspi:
      "这个浏览器无法在 WebAssembly 中运行 asyncio.run()：它不支持 JSPI（WebAssembly 栈切换）。" +
      "新版 Chrome、Edge、Firefox 和 Safari 都已支持，Android 上的 Chrome 暂不支持。" +
      "上方显示的输出是 CPython 的真实输出。",
    loadFailed: "无法加载 Python：",
  },
};
const lang = document.documentElement.lang.startsWith("zh") ? "zh" : "en";
const t = TEXT[lang];

let interpreter = null; // a promise of a ready Pyodide, or null when the next run needs a new one

function supportsJspi() {
  return typeof WebAssembly === "object" && typeof WebAssembly.Suspending === "function";
}

async function loadInterpreter(runtime) {
  const { loadPyodide } = await import(new URL("pyodide.mjs", runtime).href);
  const py = await loadPyodide({ indexURL: runtime, packages: [] });
  const helpers = await fetch(new URL("snippets.zip", runtime));
  py.unpackArchive(await helpers.arrayBuffer(), "zip", { extractDir: "/home/pyodide" });
  py.runPython("import sys; sys.path.insert(0, '/home/pyodide'); import _run_here_session");
  return py;
}

// After the first click, a service worker (run-here-sw.js, at the site's root so that its scope
// covers every page) keeps the runtime in Cache Storage: later visits run with no network.
function keepForOffline(runtime) {
  if (!("serviceWorker" in navigator)) return;
  const root = new URL("../../", import.meta.url);
  const worker = new URL("run-here-sw.js", root);
  worker.searchParams.set("runtime", runtime);
  navigator.serviceWorker.register(worker, { scope: root.pathname }).catch(() => {});
}

async function run(runtime, code, output, status, html, clock) {
  output.textContent = "";
  const write = (text, kind) => {
    const span = document.createElement("span");
    if (kind) span.className = `run-here__${kind}`;
    span.textContent = text + "\n";
    output.append(span);
  };
  if (clock !== "virtual" && !supportsJspi()) {
    status.textContent = t.noJspi;
    return;
  }
  if (!interpreter) {
    status.textContent = t.loading;
    keepForOffline(runtime);
    interpreter = loadInterpreter(runtime);
  }
  let py;
  try {
    py = await interpreter;
  } catch (error) {
    interpreter = null;
    status.textContent = t.loadFailed + error;
    return;
  }
  status.textContent = t.running;
  py.setStdout({ batched: (line) => write(line) });
  py.setStderr({ batched: (line) => write(line, "stderr") });
  const session = py.pyimport("_run_here_session");
  let failed = false;
  try {
    if (clock === "virtual") {
      failed = !session.run_virtual(code, "example.py");
    } else {
      await py.runPythonAsync(code, { globals: session.fresh_globals(), filename: "example.py" });
    }
    if (!failed) session.restore();
  } catch (error) {
    failed = true;
    write(String(error.message ?? error), "stderr");
  }
  if (failed || output.querySelector(".run-here__stderr")) interpreter = null; // start afresh next time
  status.textContent = failed ? t.failed : t.done;
  if (html && !failed) {
    // The example prints HTML (a timeline): show it, in a frame that runs no script.
    const frame = document.createElement("iframe");
    frame.className = "run-here__html";
    frame.setAttribute("sandbox", "");
    frame.title = t.output;
    frame.srcdoc = output.textContent;
    output.replaceChildren(frame);
  }
}

let panels = 0;

// At page load each runnable example gets only its button; the panel (editor, buttons, output)
// is built on the first click. A page like errors.md has dozens of runnable examples, and building
// every panel up front cost about 300 ms of main-thread time on a phone (Lighthouse, gather page).
function attach(download) {
  const block = download.previousElementSibling;
  const source = block && block.querySelector("code");
  if (!source) return;
  const id = `run-here-${++panels}`;
  const open = document.createElement("button");
  open.type = "button";
  open.className = "md-button run-here__open";
  open.textContent = t.open;
  open.setAttribute("aria-expanded", "false");
  let panel = null;
  open.addEventListener("click", () => {
    if (!panel) {
      panel = buildPanel(download, source, id);
      open.setAttribute("aria-controls", id); // once the panel exists
    }
    panel.section.hidden = !panel.section.hidden;
    open.setAttribute("aria-expanded", String(!panel.section.hidden));
    if (!panel.section.hidden) panel.editor.focus();
  });
  download.after(open);
}

function buildPanel(download, source, id) {
  const original = source.textContent.replace(/\n$/, "");
  const runtime = new URL(download.dataset.runtime, location.href).href;
  const section = document.createElement("section");
  section.className = "run-here";
  section.id = id;
  section.hidden = true;
  section.setAttribute("aria-label", t.label);
  section.innerHTML = `
    <p class="run-here__label"></p>
    <textarea class="run-here__code" spellcheck="false" autocapitalize="off" autocomplete="off"></textarea>
    <p class="run-here__buttons">
      <button type="button" class="md-button md-button--primary run-here__run"></button>
      <button type="button" class="md-button run-here__reset"></button>
      <span class="run-here__status" role="status"></span>
    </p>
    <pre class="run-here__output" tabindex="0" role="log" aria-live="polite"></pre>`;
  const [label, editor, runButton, resetButton, status, output] = [
    ".run-here__label", ".run-here__code", ".run-here__run", ".run-here__reset", ".run-here__status",
    ".run-here__output",
  ].map((selector) => section.querySelector(selector));
  const clock = download.dataset.clock;
  label.textContent = `${t.label}${t.sentence}${clock === "virtual" ? t.virtual : t.real}`;
  editor.value = original;
  editor.rows = Math.min(30, original.split("\n").length + 1);
  editor.setAttribute("aria-label", t.code);
  runButton.textContent = t.run;
  resetButton.textContent = t.reset;
  output.setAttribute("aria-label", t.output);
  runButton.addEventListener("click", async () => {
    runButton.disabled = true;
    try {
      await run(runtime, editor.value, output, status, download.dataset.html === "yes", clock);
    } finally {
      runButton.disabled = false;
    }
  });
  resetButton.addEventListener("click", () => {
    editor.value = original;
    output.textContent = "";
    status.textContent = "";
  });
  download.nextElementSibling.after(section); // after the button
  return { section, editor };
}

document.querySelectorAll('p.md-snippet-download[data-run="yes"]').forEach(attach);
