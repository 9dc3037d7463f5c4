"""Articles that do not read as English: judged by their share of English function words, kept, not quoted."""

from __future__ import annotations

from pathlib import Path

from conftest import SEED_CORPUS
from insights_support import article, dossier_of

from generator.language import CAVEAT, MIN_WORDS, reads_english, unquoted_if_foreign
from generator.records import Kind, Sentence

FRENCH = ("Le président russe est arrivé à Pyongyang dans la nuit de mardi à mercredi pour une visite de deux "
          "jours, sa première en Corée du Nord depuis vingt-quatre ans.",
          "Les deux dirigeants ont signé un accord de partenariat stratégique global, qui prévoit une assistance "
          "mutuelle en cas d'agression contre l'un des deux pays.")
GERMAN = ("Der russische Präsident ist in der Nacht zum Mittwoch zu einem zweitägigen Besuch in Pjöngjang "
          "eingetroffen, seinem ersten in Nordkorea seit 24 Jahren.",
          "Die beiden Staatschefs unterzeichneten ein Abkommen über eine umfassende strategische Partnerschaft.",
          "Washington und Seoul äußerten sich besorgt über die militärische Annäherung zwischen Moskau und "
          "Pjöngjang, das verdächtigt wird, Granaten und Raketen für den Krieg in der Ukraine zu liefern.")
ENGLISH = ("The Russian president arrived in Pyongyang overnight for a two-day visit, his first to North Korea "
           "in twenty-four years.",
           "The two leaders signed a comprehensive strategic partnership that provides for mutual assistance if "
           "either country is attacked.")


def test_english_reads_as_english_and_other_languages_do_not() -> None:
    assert reads_english(ENGLISH)
    assert not reads_english(FRENCH)
    assert not reads_english(GERMAN)
    # Every article of the seed corpus reads as English.
    for path in sorted(SEED_CORPUS.iterdir()):
        assert reads_english([path.read_text(encoding="utf-8")]), path.name


def test_a_report_dense_with_names_reads_as_english() -> None:
    # Names are left out of the count: under a quarter of all its words are function words, but half of its
    # words in lower case are.
    names = ("Ostrian Prime Minister Ivo Marek, Veldian President Ann Lee, Fardian Foreign Minister Jon Kay, Harbour "
             "Commission Chair Mia Roth and Northland Defence Secretary Tom Vale signed the Harbour Accord at Port "
             "Vell on Monday. Marek, Lee, Kay, Roth and Vale then toured the Port Vell shipyards, the Ostrian Naval "
             "Academy and the Veldian Trade Fair before a dinner hosted by Ostrian President Ida Hovland.")
    assert reads_english([names, ENGLISH[0]])


def test_too_few_words_tell_nothing() -> None:
    short = ("Accord signé à Pyongyang.",)
    assert sum(len(t.split()) for t in short) < MIN_WORDS
    assert reads_english(short)
    assert reads_english(())


def test_a_foreign_article_keeps_its_segments_but_none_is_quotable() -> None:
    segments = (Sentence("a", 0, 0, 20, "Poutine à Pyongyang", Kind.HEADING, 0),
                *(Sentence("a", i + 1, 0, len(t), t, Kind.SENTENCE, 1) for i, t in enumerate(FRENCH)))
    out = unquoted_if_foreign(segments)
    assert out is not None
    assert [s.kind for s in out] == [Kind.HEADING, Kind.FRAGMENT, Kind.FRAGMENT]
    assert [s.text for s in out] == [s.text for s in segments]
    english = tuple(Sentence("b", i, 0, len(t), t, Kind.SENTENCE, 0) for i, t in enumerate(ENGLISH))
    assert unquoted_if_foreign(english) is None


def test_a_foreign_article_is_reported_and_never_quoted(tmp_path: Path) -> None:
    english = " ".join(ENGLISH) + " Washington and Seoul voiced concern over the military ties between the two."
    dossier = dossier_of(tmp_path, {
        "a.md": article("Leaders sign pact", english, source="Alpha"),
        "b.md": article("Visit ends", english.replace("two-day", "brief"), source="Beta"),
        "fr.md": article("Accord à Pyongyang", " ".join(FRENCH) + " " + " ".join(FRENCH[::-1]), source="Gamma"),
    })
    assert [(p.file, p.message, p.skipped) for p in dossier.problems] == [("fr.md", CAVEAT, False)]
    french = next(a.id for a in dossier.articles if a.file == "fr.md")
    assert french in dossier.sentences  # kept, and listed among the sources
    assert all(s.kind is not Kind.SENTENCE for s in dossier.sentences[french])
    quoted = {a for page in dossier.pages for q in page.quotes for a in q.articles}
    assert quoted and french not in quoted
