"""The timeline helper draws the same picture for the same record, and says the same in words.

The reviewed rendering is a syrupy snapshot (`__snapshots__/test_timeline/`); after an intended
change, `make update-outputs` (or `pytest tests/test_timeline.py --snapshot-update`) rewrites it,
and the diff shows what changed. The rendering is XML (an SVG inside a figure), so the other
checks read it with `xml.etree`.
"""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from docsbuild import timelines
from docsbuild.catalog import ROOT, relative
from snippets.timeline import Timeline

SVG = "{http://www.w3.org/2000/svg}"


class HTMLSnapshot(SingleFileSnapshotExtension):
    """One reviewable `.html` file per snapshot, as text."""

    file_extension = "html"
    _write_mode = WriteMode.TEXT


def svg_of(figure: str) -> ET.Element:
    """The `<svg>` element of a rendered timeline figure."""
    return ET.fromstring(figure).find(f"{SVG}svg")


def sample() -> Timeline:
    timeline = Timeline(clock=False)
    timeline.add("fetch a", "run", 0, 2)
    timeline.add("fetch b", "wait", 0, 2)
    timeline.add("fetch b", "run", 2, 4)
    timeline.add("slow", "cancelled", 0, 1)
    timeline.add("broken", "failed", 1, 3)
    return timeline


def test_rendering_matches_the_reviewed_snapshot(snapshot: SnapshotAssertion) -> None:
    assert sample().svg("Semaphore(1): b waits for a") + "\n" == snapshot(extension_class=HTMLSnapshot)


def test_text_alternative_matches_the_picture() -> None:
    figure = ET.fromstring(sample().svg("t"))
    assert figure.find(f"{SVG}svg/{SVG}desc").text == (
        "fetch a: runs 0–200 ms.\nfetch b: waits 0–200 ms, runs 200–400 ms.\n"
        "slow: is cancelled at 100 ms.\nbroken: fails at 300 ms."
    )
    assert len(figure.findall("details/table/tbody/tr")) == 5  # the Data table: one row per span
    assert not list(figure.iter("script")) and not list(figure.iter(f"{SVG}script"))


def test_every_picture_has_its_own_ids() -> None:
    def ids(figure: str) -> set[str]:
        return {element.get("id") for element in ET.fromstring(figure).iter() if element.get("id")}

    first, second = ids(sample().svg("one")), ids(sample().svg("two"))
    assert first and second and not first & second


def test_spans_record_cancellation_and_failure_on_the_loop_clock() -> None:
    async def main() -> list[tuple[str, str, int, int]]:
        timeline = Timeline()

        async def job(name: str, delay: float, fail: bool = False) -> None:
            with timeline.span(name):
                await asyncio.sleep(delay)
                if fail:
                    raise ValueError(name)

        slow = asyncio.create_task(job("slow", 1))
        results = await asyncio.gather(job("ok", 0.1), job("bad", 0.2, fail=True), return_exceptions=True)
        slow.cancel()
        await asyncio.gather(slow, return_exceptions=True)
        assert isinstance(results[1], ValueError)
        return timeline.rows()

    assert asyncio.run(main()) == [("slow", "cancelled", 0, 200), ("ok", "run", 0, 100), ("bad", "failed", 0, 200)]


def test_unknown_kinds_are_refused() -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        Timeline(clock=False).add("a", "sleeping", 0, 1)


RECORDED = sorted(p for p in (ROOT / "snippets").rglob("*.out") if "timeline-figure" in p.read_text(encoding="utf-8"))
ENGLISH_LABELS = ("<summary>Data</summary>", "<th>task</th>", "solid: running", "dashed: waiting", ": runs ")


@pytest.mark.parametrize("recorded", RECORDED, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_timeline_reads_as_chinese_on_chinese_pages(recorded: Path) -> None:
    # The same recorded output feeds both languages; the build puts its words into Chinese there.
    english = recorded.read_text(encoding="utf-8")
    chinese = timelines.localise(english, "zh")
    left = [label for label in ENGLISH_LABELS if label in chinese]
    assert not left, f"{relative(recorded)}: English left on the Chinese page: {left}"
    for caption in (figure.text for figure in ET.fromstring(f"<div>{english}</div>").iter("figcaption")):
        assert caption not in chinese, f"{relative(recorded)}: caption {caption!r} not translated"
    assert timelines.localise(english, "en") == english


def test_a_caption_without_translation_fails(tmp_path: Path) -> None:
    catalogue = tmp_path / "captions.yml"
    catalogue.write_text("captions: {}\n", encoding="utf-8")
    figure = sample().svg("Semaphore(1): b waits for a")
    with pytest.raises(timelines.MissingCaption, match="has no Chinese translation: add it to captions.yml"):
        timelines.localise(figure, "zh", catalogue)


def test_charts_share_one_scale_whatever_their_length_or_tick() -> None:
    # Two charts meant to be compared (0.2 s and 0.4 s, or 100 ms and 200 ms ticks) are drawn with
    # the same pixels per millisecond: the plotting area is proportional to the time shown.
    def plot_width(tick: float, ticks: int) -> float:
        timeline = Timeline(tick, clock=False)
        timeline.add("a", "run", 0, ticks)
        svg = svg_of(timeline.svg("t"))
        width = float(svg.get("width"))
        assert svg.get("viewBox").split()[2] == f"{width:g}", "the drawing is not shown at its own size"
        return width

    assert plot_width(0.1, 4) > plot_width(0.1, 2), "a longer chart must be drawn wider, not squeezed"
    fixed = plot_width(0.1, 1) - (plot_width(0.1, 2) - plot_width(0.1, 1))  # label column and margin
    assert plot_width(0.1, 4) - fixed == 2 * (plot_width(0.1, 2) - fixed)
    assert plot_width(0.2, 2) == plot_width(0.1, 4)
