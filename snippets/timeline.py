"""Draw what really happened: a timeline of tasks, recorded on the event loop's clock.

A `Timeline` records when each task starts, waits and finishes, in whole ticks of the loop clock
(see `snippets.clock`), and renders the record as an inline SVG: one lane per task, an axis in
milliseconds, and a label on every lane. The SVG needs no JavaScript, takes its colours from the
page (so it follows the light and dark palettes), and carries its own text alternative: a `<desc>`
for screen readers and a table under it for everyone.

Because times are whole ticks, the picture is the same on every run, on a fast laptop or a busy
build server.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from snippets.clock import TICK, ticks

__all__ = ["Span", "Timeline"]

KINDS = ("run", "wait", "cancelled", "failed")
"""What a bar means: running (or awaiting I/O), waiting for a slot, cancelled, failed."""

# Colours come from Material's palette variables, so the picture follows light and dark mode; the
# fallbacks keep it readable when the SVG is opened on its own.
_STYLE = (
    ".tl-label,.tl-axis{fill:var(--md-default-fg-color,#222)}"
    ".tl-axis{fill-opacity:.7}"
    ".tl-grid{stroke:var(--md-default-fg-color--lighter,#ccc);stroke-width:1}"
    ".tl-run{fill:var(--md-accent-fg-color,#526cfe)}"
    ".tl-wait{fill:none;stroke:var(--md-accent-fg-color,#526cfe);stroke-width:2;stroke-dasharray:4 3}"
    ".tl-cancelled{fill:var(--md-default-fg-color--light,#888)}"
    ".tl-failed{fill:#d32f2f}"
)
_MS_WIDTH = 1.2  # px per millisecond: every timeline has this scale, so any two compare at a glance
_LABEL = 96
_LANE = 28
_TOP = 8
_AXIS = 28


@dataclass(frozen=True)
class Span:
    """One bar of the timeline: `lane` was in state `kind` from tick `start` to tick `end`."""

    lane: str
    kind: str
    start: int
    end: int


class Timeline:
    """Records spans on the running loop's clock and renders them.

    Create it inside a coroutine, so that a loop is running; `Timeline(clock=None)` with no loop
    is for drawing spans you add by hand.

    Parameters:
        tick: The length of one tick, in seconds.

    Examples:
        ```py
        import asyncio

        from snippets.timeline import Timeline

        async def main() -> None:
            timeline = Timeline()

            async def job(name: str, delay: float) -> None:
                with timeline.span(name):
                    await asyncio.sleep(delay)

            await asyncio.gather(job("a", 0.2), job("b", 0.1))
            print(timeline.rows())
            #> [('a', 'run', 0, 200), ('b', 'run', 0, 100)]

        asyncio.run(main())
        ```
    """

    def __init__(self, tick: float = TICK, *, clock: bool = True) -> None:
        self.tick = tick
        self.spans: list[Span] = []
        self._lanes: dict[str, None] = {}  # in the order lanes were first entered
        self._loop = asyncio.get_running_loop() if clock else None
        self._start = self._loop.time() if self._loop else 0.0

    def now(self) -> int:
        """Ticks elapsed since the timeline was created, rounded down."""
        if self._loop is None:
            raise RuntimeError("this Timeline has no clock: add spans with add()")
        return ticks(self._loop.time() - self._start, self.tick)

    def add(self, lane: str, kind: str, start: int, end: int) -> None:
        """Record a span by hand, in ticks."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        self._lanes.setdefault(lane)
        if kind == "wait" and end == start:
            return  # no wait at all: nothing to draw, and nothing to say
        self.spans.append(Span(lane, kind, start, end))

    def replay(self, order: list[tuple[str, str]], steps: dict[str, int]) -> None:
        """Draw one bar per lane from the order in which things happened, not from a clock.

        For examples on the real clock, where a busy machine makes every wake-up late by a
        different amount: the order is what the code guarantees, so it is what gets drawn. Each
        event is placed at the time a punctual loop would give it: a start when the event before
        it happened, an end when its lane's own duration is up, or when the event before it
        happened if that is later (one thread does one thing after another).

        Parameters:
            order: `(lane, "start")` and `(lane, "end")` pairs, in the order they happened.
            steps: Each lane's own duration, in ticks (its delay divided by `tick`).

        Raises:
            ValueError: An event is neither "start" nor "end", or a lane ends before it starts.

        Examples:
            ```py
            from snippets.timeline import Timeline

            timeline = Timeline(tick=0.2, clock=False)
            order = [("a", "start"), ("slow", "start"), ("slow", "end"), ("a", "end")]
            timeline.replay(order, {"a": 1, "slow": 2})
            print(timeline.rows())
            #> [('a', 'run', 0, 400), ('slow', 'run', 0, 400)]
            ```
        """
        now = 0
        started: dict[str, int] = {}
        for lane, event in order:
            if event == "start":
                started[lane] = now
                self._lanes.setdefault(lane)
            elif event == "end" and lane in started:
                now = max(now, started[lane] + steps[lane])
                self.add(lane, "run", started.pop(lane), now)
            else:
                raise ValueError(
                    f"{(lane, event)}: expected (lane, 'start') or a started lane's end"
                )

    @contextmanager
    def span(self, lane: str, kind: str = "run") -> Iterator[None]:
        """Record the time spent in the `with` block as one bar of `lane`.

        A block left by cancellation is drawn as `cancelled`, one left by another exception as
        `failed`; either way the exception propagates.
        """
        start = self.now()
        self._lanes.setdefault(lane)
        outcome = kind
        try:
            yield
        except asyncio.CancelledError:
            outcome = "cancelled"
            raise
        except Exception:
            outcome = "failed"
            raise
        finally:
            self.add(lane, outcome, start, self.now())

    def lanes(self) -> list[str]:
        """Lane names, in the order they were first entered."""
        return list(self._lanes)

    def rows(self) -> list[tuple[str, str, int, int]]:
        """Every span as `(lane, kind, start ms, end ms)`, lane by lane."""
        ms = round(self.tick * 1000)
        order = {lane: i for i, lane in enumerate(self.lanes())}
        spans = sorted(self.spans, key=lambda s: (order[s.lane], s.start, s.end))
        return [(s.lane, s.kind, s.start * ms, s.end * ms) for s in spans]

    def describe(self) -> str:
        """The timeline in words: the text alternative of the picture.

        Examples:
            ```py
            from snippets.timeline import Timeline

            timeline = Timeline(clock=False)
            timeline.add("a", "wait", 0, 2)
            timeline.add("a", "run", 2, 3)
            print(timeline.describe())
            #> a: waits 0–200 ms, runs 200–300 ms.
            ```
        """
        verbs = {
            "run": "runs",
            "wait": "waits",
            "cancelled": "is cancelled at",
            "failed": "fails at",
        }
        lines = []
        for lane in self.lanes():
            parts = []
            for _, kind, start, end in (r for r in self.rows() if r[0] == lane):
                moment = kind in ("cancelled", "failed")
                parts.append(
                    f"{verbs[kind]} {end} ms"
                    if moment
                    else f"{verbs[kind]} {start}–{end} ms"
                )
            lines.append(f"{lane}: {', '.join(parts)}.")
        return "\n".join(lines)

    def _legend(self) -> str:
        meaning = {
            "run": "solid: running",
            "wait": "dashed: waiting",
            "cancelled": "grey: cancelled",
            "failed": "red: failed",
        }
        present = {span.kind for span in self.spans}
        return "; ".join(text for kind, text in meaning.items() if kind in present)

    def svg(self, title: str) -> str:
        """The timeline as a self-contained `<figure>`: inline SVG, caption and data table.

        Parameters:
            title: What the picture shows; the SVG's accessible name and the caption.

        Returns:
            HTML, ready to print from an example whose block has `html="1"`.
        """
        ms = round(self.tick * 1000)
        lanes = self.lanes()
        end = max((s.end for s in self.spans), default=0)
        span_ticks = max(end, 1)
        scale = _MS_WIDTH * ms  # px per tick
        total = round(_LABEL + span_ticks * scale + 16)
        height = _TOP + _LANE * len(lanes) + _AXIS
        x = lambda t: _LABEL + t * scale  # noqa: E731 - local shorthand keeps the drawing readable
        # Ids unique per picture and stable across runs, so several timelines can share a page.
        uid = "tl-" + hashlib.sha1(f"{title}{self.rows()}".encode()).hexdigest()[:8]
        parts = [
            f'<svg class="timeline" width="{total}" height="{height}" viewBox="0 0 {total} {height}" role="img" '
            f'aria-labelledby="{uid}-title {uid}-desc" xmlns="http://www.w3.org/2000/svg" font-size="12">',
            f'<title id="{uid}-title">{html.escape(title)}</title>',
            f'<desc id="{uid}-desc">{html.escape(self.describe())}</desc>',
            f"<style>{_STYLE}</style>",
        ]
        for t in range(span_ticks + 1):
            parts.append(
                f'<line class="tl-grid" x1="{x(t):.1f}" x2="{x(t):.1f}" y1="{_TOP}" y2="{height - _AXIS + 4}"/>'
                f'<text class="tl-axis" x="{x(t):.1f}" y="{height - 8}" text-anchor="middle">{t * ms}</text>'
            )
        for i, lane in enumerate(lanes):
            y = _TOP + i * _LANE
            parts.append(
                f'<text class="tl-label" x="{_LABEL - 8}" y="{y + 18}" text-anchor="end">{html.escape(lane)}</text>'
            )
            for span in (s for s in self.spans if s.lane == lane):
                width = max((span.end - span.start) * scale, 3)
                parts.append(
                    f'<rect class="tl-{span.kind}" x="{x(span.start):.1f}" y="{y + 5}" width="{width:.1f}" '
                    f'height="{_LANE - 10}" rx="3"/>'
                )
        parts.append(
            f'<text class="tl-axis" x="{_LABEL - 8}" y="{height - 8}" text-anchor="end">ms</text>'
        )
        parts.append("</svg>")
        table = [
            "<table><thead><tr><th>task</th><th>state</th><th>from (ms)</th><th>to (ms)</th></tr></thead><tbody>"
        ]
        for lane, kind, start, stop in self.rows():
            table.append(
                f"<tr><td>{html.escape(lane)}</td><td>{kind}</td><td>{start}</td><td>{stop}</td></tr>"
            )
        table.append("</tbody></table>")
        # The caption goes last: HTML allows <figcaption> only as a figure's first or last child.
        return (
            f'<figure class="timeline-figure">{"".join(parts)}'
            f'<details class="timeline-data"><summary>Data</summary>{"".join(table)}</details>'
            f"<figcaption>{html.escape(title)} ({self._legend()})</figcaption></figure>"
        )
