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
    # "Agnes Tull": "Tull" alone could be her father, Robert Tull
    assert "During the war Agnes Tull worked at the herbarium" in facts
    assert "Tull retired in 1933" in facts
    for man in ("Lennie", "Baird", "Ogg"):
        assert f"{man} studied" not in facts
        assert f"{man} retired" not in facts
        assert f"During the war {man} worked" not in facts


CLOCKMAKER = """Jonas Pell

Jonas Pell (1790-1861) was a clockmaker of Ludlow. Pell's fame rested on his escapements.
Working with the watchmaker Adam Stroud of Hereford, he designed a new lever, and from 1830
he signed every clock he made. His apprentice for twenty years was Silas Webb, a miller's
son. Stroud and Webb were the two men Pell thanked in his memoir. His chief rival was Henry
Gadd of Worcester.
"""


def test_his_after_a_he_left_as_written_is_not_the_one_that_sentence_names() -> None:
    facts = _facts(CLOCKMAKER)
    assert "Stroud's apprentice" not in facts
    assert "Stroud's chief rival" not in facts
    assert "Webb's chief rival" not in facts


FERRY = """The Ferry

The first ferryman at Holm was Peter Lusk, who worked the crossing for thirty years. Lusk
kept the toll book, and he rowed the boat himself.

Each morning, an hour before dawn, the boatman on duty lit the lantern on the jetty. He
checked the ropes and bailed out the boat. Then he rang the bell for the first passengers.
Two boatmen shared the crossing in turns, and each man wrote in the book when his turn ended.
"""


def test_a_he_after_a_role_the_text_never_names_is_that_role() -> None:
    facts = _facts(FERRY)
    assert "The boatman on duty checked the ropes" in facts
    assert "Then the boatman on duty rang the bell" in facts
    assert "Lusk checked" not in facts
    assert "Lusk rang" not in facts


def test_his_after_each_man_is_his_own() -> None:
    facts = _facts(FERRY)
    assert "when his turn ended" in facts
    assert "Lusk's turn" not in facts


WEAVER = """Hanna Roe

Hanna Roe (1801-1870) was a weaver of Kendal, best known for the blue cloth her mill sold.

Hanna Roe was born in Kendal, the eldest of four children of Isaac Roe, a dyer, and his wife
Ruth. Her younger brother Peter was meant to take over the dye works, but he left for America
in 1820, and after his departure Isaac taught his daughter the trade. She attended the school
of a Mrs. Hale until the age of twelve.
"""


def test_a_subject_naming_someone_by_a_relative_still_goes_on() -> None:
    # "Her younger brother Peter" (Roe's) names two people but is no pair: the 'she' after
    # it goes on with Roe
    assert "Roe attended the school" in _facts(WEAVER)


APPRENTICE = """Mara Lisk

Mara Lisk (1820-1890) was a glassblower of Stourbridge.

In 1834 she was apprenticed to the glassmaker Amos Fenn, the only girl in his workshop. Under
Fenn she learned to gather and blow the glass. A fellow apprentice, Jacob Wray, later said
that she could blow a goblet faster than any man. Her apprenticeship lasted six years.
"""


def test_a_name_in_a_phrase_before_she_is_not_she() -> None:
    # "Under Fenn she learned" and "Wray said that she could" say 'she' of Lisk, not of
    # Fenn or Wray: her apprenticeship is hers
    facts = _facts(APPRENTICE)
    assert "Lisk's apprenticeship lasted six years" in facts
    assert "Under Fenn Lisk learned" in facts
    assert "Fenn's apprenticeship" not in facts
    assert "Wray's apprenticeship" not in facts


POTTER = """Ada Brell

Ada Brell (1840-1910) was a potter of Burslem. Brell opened her first kiln in 1862, and she
ran the works for forty years. In 1865 she married Thomas Hale, a dealer, and their daughter,
Lucy, learned the trade. Brell died in 1910. The works continued under Lucy until 1925,
when it was sold. A plaque now marks the site of her first kiln.

Hale sold the pots in Leek, and he kept a shop there. The Leek shop closed in 1890 when the
carrier gave up his round.
"""


def test_a_her_deep_in_a_sentence_is_not_the_woman_just_named_in_passing() -> None:
    facts = _facts(POTTER)
    assert "the site of Brell's first kiln" in facts


def test_a_his_after_a_role_in_its_clause_is_that_role_s() -> None:
    facts = _facts(POTTER)
    assert "when the carrier gave up his round" in facts


COUPLE = """Jakob and Greta Moll

Jakob Moll (1840-1905) and Greta Moll (1846-1922) were a couple who founded a brewery in
the town of Tessin.

Jakob was born in Tessin, the son of a cooper. Greta was born in Rostock, the daughter of a
maltster. They married in 1868 and opened a small tavern in 1870.

Jakob brewed the beer, and she kept the books. Greta designed the red labels that made the
brewery famous. Jakob died in 1905. His nephew, Paul Moll, became manager, but he quarrelled
with his aunt over the prices. She took back control of the brewery in 1908. She died in 1922.
"""


def test_a_couple_s_she_is_the_wife_named_by_her_given_name() -> None:
    facts = _facts(COUPLE)
    assert "Greta took back control of the brewery in 1908" in facts
    assert "Greta died in 1922" in facts
    assert "Moll took back control" not in facts
    assert "Jakob took back control" not in facts


CANAL = """Samuel Hale

Samuel Hale (1802-1870) was a canal engineer of Merthyr. Hale built the Cwm Canal in 1831.
In 1840 he took a partner, the engineer Owen Price. Price wanted to build railways, and he
left the firm in 1845. Hale died in 1870.
"""


def test_a_surname_that_is_a_word_opening_a_sentence_names_its_person() -> None:
    # "Price" is a common word, but this text writes it only as a name: the 'he' after it
    # in its sentence is Price, not Hale
    facts = _facts(CANAL)
    assert "Hale left the firm" not in facts


MILLER = """Anna Lind

Anna Lind (1850-1920) was a miller of Horsens. Lind ran the mill at Bjerre for thirty years,
and she kept its accounts herself. In 1890 she hired a foreman, Karl Brun, a former sailor.
"He never misses a day," she told the newspaper in 1901. Lind sold the mill in 1912.
"""


def test_a_quotation_keeps_its_own_pronouns() -> None:
    facts = _facts(MILLER)
    assert "Brun never misses a day" not in facts
    assert "Lind never misses a day" not in facts


HORSES = """Tomas Wrell, Horse Doctor

Tomas Wrell was born in 1821 in the village of Aldby. In 1839 he joined the dragoons as a
trooper. He served for nine years at the depot in Castlefield.

After leaving the army in 1848, the former trooper settled in Dunmore. He rented a yard
behind the Swan Inn and began shoeing horses. In 1851 he married Clara Denn, a miller's
daughter.
"""


def test_a_described_man_after_an_opening_phrase_keeps_his_name() -> None:
    facts = _facts(HORSES)
    assert "Wrell rented a yard" in facts
    assert "former trooper married" not in facts
    assert "former trooper rented" not in facts


PHOTOGRAPHER = """Ada Vosk, Photographer

Ada Vosk was born in 1851 in Saltby, the eldest daughter of Amos Vosk, a chemist, and his
wife Lettie. As a girl she mixed powders in her father's shop.

In 1868 she went to work for the portrait photographer Gideon Pell in Halvergate. Pell was
a hard master, but he taught her to coat glass plates. He later wrote that she had the
steadiest hands in the studio. After three years she returned home.

In 1872 Vosk opened her own studio in Saltby. Her assistant was a boy named Tobit Crane,
who washed the plates.

In 1879 she married Edmund Harle, a schoolmaster's son who kept the studio's accounts. He
had no interest in cameras, but he was good with money. The couple had two sons.
"""


def test_he_after_a_sentence_whose_subject_she_married_a_man_is_that_man() -> None:
    facts = _facts(PHOTOGRAPHER)
    assert "Harle had no interest in cameras" in facts
    assert "Pell had no interest" not in facts


FARRIER = """Tomas Wrell, Horse Doctor

Tomas Wrell was born in 1821 in Aldby. In 1851 he married Clara Denn, a miller's daughter.
She kept his accounts. He trained an apprentice, Owen Pratt, from 1860.

Wrell died in 1879. Clara sold the business to Owen Pratt. He kept the name Wrell's Yard
over the gate until 1902.
"""


def test_he_after_a_woman_sold_to_a_man_is_that_man() -> None:
    facts = _facts(FARRIER)
    assert "Pratt kept the name" in facts
    assert "Wrell kept the name" not in facts
