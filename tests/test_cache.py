"""The built-pack cache: the second load reads it, any edit rebuilds, a doubtful file is ignored."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import tutor
from tutor import _cache

FACTS = """\
topic: {id: bees, title: Bees}
facts:
  - id: honey
    answer: Bees make honey from nectar.
    source: Bees make honey from nectar.
    questions: [What do bees make?]
  - id: sting
    answer: A worker bee dies after it stings.
    source: A worker bee dies after it stings.
    questions: [What happens when a bee stings?]
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    root = tmp_path / "pack"
    (root / "knowledge").mkdir(parents=True)
    (root / "knowledge" / "bees.yaml").write_text(FACTS)
    return root


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.pack"))


def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the real builds (cache misses) from here on."""
    counted: list[int] = []
    real = _cache.build

    def counting(load: object) -> _cache.Built:
        counted.append(1)
        return real(load)  # type: ignore[arg-type]

    monkeypatch.setattr(_cache, "build", counting)
    return counted


def test_the_second_load_reads_the_cache_and_answers_the_same(
    pack: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tutor.Tutor.from_path(pack, cache=cache)
    assert len(entries(cache)) == 1
    counted = builds(monkeypatch)
    second = tutor.Tutor.from_path(pack, cache=cache)
    assert counted == []
    for question in ("what do bees make", "what happens if a bee stings", "who won in 1066"):
        assert second.ask(question) == first.ask(question)
    assert second.pack.fact("honey").answer == "Bees make honey from nectar."


def test_editing_the_pack_rebuilds_and_replaces_its_entry(
    pack: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tutor.Tutor.from_path(pack, cache=cache)
    counted = builds(monkeypatch)
    (pack / "knowledge" / "bees.yaml").write_text(FACTS.replace("from nectar", "from flowers"))
    edited = tutor.Tutor.from_path(pack, cache=cache)
    assert counted == [1]
    assert edited.ask("what do bees make").text == "Bees make honey from flowers."
    assert len(entries(cache)) == 1


def test_the_default_pack_can_be_cached_too(cache: Path) -> None:
    tutor.Tutor(cache=cache)
    again = tutor.Tutor(cache=cache)
    assert "Mercader" in again.ask("who killed trotsky").text


def test_a_broken_pack_is_reported_and_never_cached(pack: Path, cache: Path) -> None:
    (pack / "knowledge" / "bees.yaml").write_text(FACTS.replace("id: sting", "id: honey"))
    for _ in range(2):
        with pytest.raises(tutor.ContentError, match="duplicate fact id"):
            tutor.Tutor.from_path(pack, cache=cache)
    assert entries(cache) == []


def test_a_damaged_entry_is_ignored_and_rebuilt(pack: Path, cache: Path) -> None:
    tutor.Tutor.from_path(pack, cache=cache)
    (entry,) = entries(cache)
    entry.write_bytes(entry.read_bytes()[:200])  # truncated, as by a crash mid-write
    assert tutor.Tutor.from_path(pack, cache=cache).ask("what do bees make").kind == "answer"
    assert entry.stat().st_size > 200


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_entry_others_could_have_written_is_not_trusted(
    pack: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tutor.Tutor.from_path(pack, cache=cache)
    (entry,) = entries(cache)
    entry.chmod(0o666)  # pickle runs code on load: a file anyone could write is not read
    counted = builds(monkeypatch)
    tutor.Tutor.from_path(pack, cache=cache)
    assert counted == [1]


def test_a_cache_that_cannot_be_written_is_skipped(pack: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    t = tutor.Tutor.from_path(pack, cache=blocker / "cache")
    assert t.ask("what do bees make").kind == "answer"


def test_the_command_line_keeps_its_cache_where_tutor_cache_says(
    pack: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tutor.cli import main

    monkeypatch.setenv("TUTOR_CACHE", str(cache))
    assert main(["--pack", str(pack), "ask", "what do bees make"]) == 0
    assert "honey" in capsys.readouterr().out
    assert len(entries(cache)) == 1
    monkeypatch.setenv("TUTOR_CACHE", "")  # empty: no cache at all
    assert main(["--pack", str(pack), "ask", "what do bees make"]) == 0
    assert len(entries(cache)) == 1


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_garbage_collector_as_the_app_had_it(
    pack: Path, cache: Path, enabled: bool
) -> None:
    """A build pauses the cyclic collector for speed; the embedding app's setting survives
    a plain load, a cached load and a broken pack."""
    import gc

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        tutor.Tutor.from_path(pack)
        tutor.Tutor.from_path(pack, cache=cache)
        tutor.Tutor.from_path(pack, cache=cache)
        assert gc.isenabled() is enabled
        (pack / "knowledge" / "bees.yaml").write_text("facts: [")
        with pytest.raises(tutor.ContentError):
            tutor.Tutor.from_path(pack)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_loading_leaves_an_apps_frozen_objects_frozen_and_its_cycles_collectable(
    pack: Path, cache: Path
) -> None:
    """A load moves what it built out of the youngest generation; an app's own frozen
    objects (a pre-forking server freezes its heap) stay frozen, and a cycle the app
    dropped is still freed by the next full collection."""
    import gc
    import weakref

    class Node:
        pass

    ring = Node()
    ring.me = ring  # type: ignore[attr-defined]
    gone = weakref.ref(ring)
    del ring
    tutor.Tutor.from_path(pack)
    gc.collect()
    assert gone() is None
    kept = [Node()]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        tutor.Tutor.from_path(pack)
        tutor.Tutor.from_path(pack, cache=cache)
        tutor.Tutor.from_path(pack, cache=cache)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    assert kept


def test_loads_in_many_threads_turn_the_collector_back_on(pack: Path) -> None:
    import gc
    from concurrent.futures import ThreadPoolExecutor

    assert gc.isenabled()
    with ThreadPoolExecutor(8) as pool:
        tutors = list(pool.map(lambda _: tutor.Tutor.from_path(pack), range(16)))
    assert gc.isenabled()
    assert {t.ask("What do bees make?").fact_ids for t in tutors} == {("honey",)}


def test_overlapping_builds_keep_the_collector_off_until_the_last_one_ends(pack: Path) -> None:
    import gc
    import threading

    from tutor._content import load_pack

    both_inside = threading.Barrier(2)
    first_done = threading.Event()
    seen: list[bool] = []

    def load(first: bool) -> tutor._content.Pack:
        both_inside.wait(timeout=10)
        if not first:
            first_done.wait(timeout=10)  # the other build has finished by now
        seen.append(gc.isenabled())
        return load_pack(pack)

    def run(first: bool) -> None:
        _cache.build(lambda: load(first))
        if first:
            first_done.set()

    assert gc.isenabled()
    threads = [threading.Thread(target=run, args=(flag,)) for flag in (True, False)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [False, False]  # paused in both, even after the first build ended
    assert gc.isenabled()
