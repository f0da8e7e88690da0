"""The report's page in a real headless browser: it renders offline, on a phone's width
and printed. Skipped only where no Chromium is installed (.ci/run installs one)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import tutor
from tutor._store import Store
from tutor.cli import main

BROWSER = next(
    (b for b in ("chromium", "chromium-browser", "google-chrome", "chrome") if shutil.which(b)),
    None,
)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no headless Chromium installed")

LINES = [
    ["who killed trotsky", "because he was a threat", "/skip", "when was stalin born"],
    ["teach me", "stalin was more popular", "i don't know", "/quiz 2", "dunno", "dunno"],
    ["what was the troika", "how tall was stalin", "lenin", "what is the capital of france"],
]
# Measures the page after layout; the browser writes the result into the dumped DOM.
PROBE = """<script>
addEventListener("load", () => {
  const d = document.documentElement;
  document.body.dataset.probe = JSON.stringify({
    overflow: d.scrollWidth > innerWidth, svgs: document.querySelectorAll("svg").length,
    drawn: [...document.querySelectorAll("svg")].every(s => s.getBBox().width > 0),
    failed: performance.getEntriesByType("resource").length});
});
</script>"""


def browse(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    return subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--user-data-dir={cwd / 'profile'}",
            "--virtual-time-budget=5000",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory, default_tutor: tutor.Tutor) -> Path:
    root = tmp_path_factory.mktemp("browser")
    db = root / "class.sqlite3"
    with Store.open(db) as store:
        for i, lines in enumerate(LINES * 4):
            session = default_tutor.session(seed=i)
            for line in lines:
                reply = session.respond(line)
                saved = (session.learner.to_json(), session.conversation.to_json())
                store.save_turn(f"learner{i}", "default", line, reply.to_dict(), saved)
    html = root / "report.html"
    assert main(["report", "--db", str(db), "--html", str(html), "--format", "json"]) == 0
    return html


def probe(page: Path, width: int) -> dict[str, object]:
    import json

    probed = page.with_name(f"probe-{width}.html")
    probed.write_text(page.read_text().replace("</body>", PROBE + "</body>"))
    done = browse(f"--window-size={width},900", "--dump-dom", probed.as_uri(), cwd=page.parent)
    found = re.search(r'data-probe="([^"]*)"', done.stdout)
    assert found, done.stderr[-2000:]
    return dict(json.loads(found.group(1).replace("&quot;", '"')))


@pytest.mark.parametrize("width", [390, 1280])
def test_the_page_draws_its_charts_offline_and_fits_a_phone(page: Path, width: int) -> None:
    result = probe(page, width)
    assert result["svgs"] == 4  # heat map, unanswered, misconceptions, activity
    assert result["drawn"] is True
    assert result["overflow"] is False  # wide tables scroll inside their own box
    assert result["failed"] == 0  # nothing fetched: no script, style, font or image


def test_the_page_prints_and_screenshots(page: Path) -> None:
    pdf = page.with_suffix(".pdf")
    browse("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri(), cwd=page.parent)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
    png = page.with_suffix(".png")
    browse("--window-size=390,1600", f"--screenshot={png}", page.as_uri(), cwd=page.parent)
    from matplotlib.image import imread

    pixels = imread(png)
    assert pixels.shape[1] == 390
    assert pixels.std() > 0.05  # not a blank page
