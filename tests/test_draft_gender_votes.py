"""Who a drafted biography's 'she' and 'he' are when the text says little of it: a
pronoun opening a paragraph, or following a sentence about someone's 'her' (the woman the
text is about), gives no gender to the one person just named; and "He later wrote that she
..." says 'he' of the one just named, not 'she'. Wrong votes made a botanist's husband
"she" and every later fact of her life his ("Kaye retired in 1938")."""

from __future__ import annotations

from tutor._scaffold import scaffold


def _facts(text: str) -> str:
    files = scaffold(text)
    return "".join(v for k, v in files.items() if k.startswith("knowledge/0"))


BOTANIST = """Agnes Tull

Agnes Tull (1868-1940) was a Scottish botanist known for her work on mosses.

Tull was born in Perth, the only child of a saddler, Robert Tull, and his wife, Jean
Moir. Her father died when she was six. A neighbour, the chemist Hugh Lennie, taught the
girl to use a microscope. He later said that she had the sharpest eyes he had known.

She studied at Aberdeen from 1887 to 1890. In 1895 she married Walter Baird, a land
agent. Baird died in 1921.

During the war she worked at the herbarium in Edinburgh. Her assistant there was Thomas
Ogg, who later ran it. She retired in 1933 and died at Crieff in 1940.
"""


def test_a_pronoun_after_a_man_named_alone_is_still_the_woman_the_text_is_about() -> None:
    facts = _facts(BOTANIST)
    assert "Tull studied at Aberdeen" in facts
    assert "During the war Tull worked at the herbarium" in facts
    assert "Tull retired in 1933" in facts
    for man in ("Lennie", "Baird", "Ogg"):
        assert f"{man} studied" not in facts
        assert f"{man} retired" not in facts
        assert f"During the war {man} worked" not in facts
