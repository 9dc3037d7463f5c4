"""Cutting a block into sentences: abbreviations and initials, quotation marks, quoted questions, ellipses,
runs too long without a sentence end; and the backward scan for the word before a full stop agrees with its
regular expression."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from segment_support import plain_article, segment_texts

from generator.records import Kind
from generator.segment import segment
from generator.sentences import _LAST_WORD, _TERMINAL, LOOKBACK, ends_sentence, last_word

# Letters, digits, full stops, a newline and characters on the edges of what counts as a letter:
# an underscore, an accented letter, a superscript two (numeric, not decimal), an Arabic-Indic digit.
ALPHABET = "aZ.\n _1\u00e9\u00b2\u0663U"


def expected(text: str, dot: int) -> str | None:
    m = _LAST_WORD.search(text, max(0, dot - LOOKBACK), dot)
    return m.group(1) if m else None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200), st.integers(min_value=0, max_value=200))
def test_last_word_matches_the_pattern(text: str, dot: int) -> None:
    dot = min(dot, len(text))
    assert last_word(text, dot) == expected(text, dot)


def test_last_word_on_long_runs_and_window_edges() -> None:
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(["U.S", "a", ".", " ", "\n", "Kim", "e.g", "5"]) for _ in range(rng.randint(0, 60)))
        for dot in range(len(text) + 1):
            assert last_word(text, dot) == expected(text, dot), (text, dot)
    assert last_word("The U.S.", 7) == "U.S" and last_word("Mr.", 2) == "Mr" and last_word("1999.", 4) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="a .!?;:\u2026\"'\u201d\u2019)]\n(", max_size=40))
def test_ends_sentence_matches_the_pattern(text: str) -> None:
    stripped = text.rstrip()
    assert ends_sentence(stripped) == bool(_TERMINAL.search(stripped))


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith met Gen. Jones in the capital on Monday. They discussed the new border treaty at length.",
     ["Mr. Smith met Gen. Jones in the capital on Monday.", "They discussed the new border treaty at length."]),
    ("The U.S. envoy arrived on Jan. 5 with a delegation of twelve officials. Talks began at once.",
     ["The U.S. envoy arrived on Jan. 5 with a delegation of twelve officials.", "Talks began at once."]),
    ("The deal was praised by John F. Kennedy Jr. and many others in the region. Nobody objected to it.",
     ["The deal was praised by John F. Kennedy Jr. and many others in the region.", "Nobody objected to it."]),
    ("Officials criticised the plan from the U.S. The next day the ministers met again in private.",
     ["Officials criticised the plan from the U.S.", "The next day the ministers met again in private."]),
    ("The letter went to Sens. Jane Doe and John Roe, and to Reps. Ann Poe and Tim Loe, on Friday. Both replied.",
     ["The letter went to Sens. Jane Doe and John Roe, and to Reps. Ann Poe and Tim Loe, on Friday.", "Both replied."]),
    # Abbreviations that are words too end a sentence unless a figure follows.
    ("Sen. J. D. Vance voted no. It was the No. 1 issue of the campaign, pp. 4 and 5 say.",
     ["Sen. J. D. Vance voted no.", "It was the No. 1 issue of the campaign, pp. 4 and 5 say."]),
    ("The delegates sat. Then the hall, est. 1990, fell silent until Sat. 5 June. “No.” He left.",
     ["The delegates sat.", "Then the hall, est. 1990, fell silent until Sat. 5 June.", "“No.”", "He left."]),
    # Titles and abbreviations of South Asian and British news.
    ("Profit rose to Rs. 450 crore at Larsen Infra Pvt. Ltd. this year. Det. Supt. Mark Hughes and Brig. Gen. "
     "Pat Ryder agreed.",
     ["Profit rose to Rs. 450 crore at Larsen Infra Pvt. Ltd. this year.",
      "Det. Supt. Mark Hughes and Brig. Gen. Pat Ryder agreed."]),
    # A company, a name's suffix, a list or an initial may close a sentence, before a typical opener.
    ("The deal was signed with Tata Projects Ltd. The firm starts soon. There was no Plan B. The minister left. "
     "Martin Luther King Jr. Day is a holiday. Food, water etc. The camp was full. He posted on X. Then he left.",
     ["The deal was signed with Tata Projects Ltd.", "The firm starts soon.", "There was no Plan B.",
      "The minister left.", "Martin Luther King Jr. Day is a holiday.", "Food, water etc.", "The camp was full.",
      "He posted on X.", "Then he left."]),
    # A case name ("v." for versus) goes on, in Markdown italics too.
    ("The verdict in *People of the State of New York v. Donald J. Trump* was read out on Thursday. Jurors left.",
     ["The verdict in *People of the State of New York v. Donald J. Trump* was read out on Thursday.",
      "Jurors left."]),
    # Abbreviations that number a page, paragraph, chapter or article go on before a figure.
    ("The firm was fined for conduct between 2021 and 2024 (see p. 12 of the order). It will appeal. He loved "
     "modern art. Critics did not.",
     ["The firm was fined for conduct between 2021 and 2024 (see p. 12 of the order).", "It will appeal.",
      "He loved modern art.", "Critics did not."]),
    ("The rule is in para. 4 and ch. 3 of the report, pp. 7-9, and in Art. 5 of the treaty. It dates from 1990.",
     ["The rule is in para. 4 and ch. 3 of the report, pp. 7-9, and in Art. 5 of the treaty.", "It dates from 1990."]),
    # A clock time goes on before a day, a month or a time zone, and ends before any other capital.
    ("The blast came at about 9 a.m. Police sealed off the street. At 9 a.m. Monday they met. By 10 a.m. ET it "
     "ended. At 8 p.m. Moscow time he spoke.",
     ["The blast came at about 9 a.m.", "Police sealed off the street.", "At 9 a.m. Monday they met.",
      "By 10 a.m. ET it ended.", "At 8 p.m. Moscow time he spoke."]),
    # ... and before the time elsewhere, in brackets.
    ("It struck at 4:10 p.m. (0710 GMT) on Monday. Power was out at 6 p.m. (4 a.m. ET), the utility said.",
     ["It struck at 4:10 p.m. (0710 GMT) on Monday.", "Power was out at 6 p.m. (4 a.m. ET), the utility said."]),
    # A US state's abbreviation in a dateline or an address goes on; it ends a sentence before a typical
    # opener, and in lower case it is a word.
    ("WOODSIDE, Calif. (AP) — The two leaders met on Wednesday. Police in Austin, Tex., said so. He moved to "
     "Fresno, Calif. The next year he fell ill. Then he left.",
     ["WOODSIDE, Calif. (AP) — The two leaders met on Wednesday.", "Police in Austin, Tex., said so.",
      "He moved to Fresno, Calif.", "The next year he fell ill.", "Then he left."]),
])
def test_abbreviations_and_initials(text: str, expected: list[str]) -> None:
    assert segment_texts(text) == expected


def test_quotation_marks_around_sentences() -> None:
    text = ("“We ardently welcome the delegation!” read the banners across the city centre. "
            "\"This is a historic day for both nations,\" the minister told reporters. "
            "“It will not last.” Critics were less sure about the outcome of the talks.")
    assert segment_texts(text) == [
        "“We ardently welcome the delegation!” read the banners across the city centre.",
        "\"This is a historic day for both nations,\" the minister told reporters.",
        "“It will not last.”",
        "Critics were less sure about the outcome of the talks.",
    ]


@pytest.mark.parametrize("opening, closing", [("\u201c", "\u201d"), ('"', '"'), ("\u201c", "\u2019\u2019"),
                                             ("\u2018\u2018", "\u2019\u2019"), ("\u201c", "''"),
                                             ('"', "\u201d")])  # a page that set one mark of the pair straight
def test_a_quotation_of_several_sentences_stays_with_its_speaker(opening: str, closing: str) -> None:
    text = (f"{opening}We have been left starving in the cold. Why are they so slow?{closing} said Rajana, "
            "who slept outdoors for days. The army said relief was on its way to the villages.")
    assert segment_texts(text) == [
        f"{opening}We have been left starving in the cold. Why are they so slow?{closing} said Rajana, "
        "who slept outdoors for days.",
        "The army said relief was on its way to the villages.",
    ]


@pytest.mark.parametrize("opening, closing", [("\u2018", "\u2019"), ("'", "'")])
def test_a_quotation_in_single_marks_stays_with_its_speaker(opening: str, closing: str) -> None:
    text = (f"{opening}We will fight this decision. We will win in the end,{closing} the union leader told the "
            "BBC. Talks resume on Monday with the employers in London.")
    assert segment_texts(text) == [
        f"{opening}We will fight this decision. We will win in the end,{closing} the union leader told the BBC.",
        "Talks resume on Monday with the employers in London.",
    ]


@pytest.mark.parametrize("opening, closing", [("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"), ("'", "'")])
def test_a_quotation_its_speaker_breaks_off_goes_on_in_one_quote(opening: str, closing: str) -> None:
    text = (f"{opening}This is a fair deal for every docker,{closing} Marek told reporters. {opening}We got what we "
            f"asked for.{closing} Ships will be unloaded over the weekend.\n\n"
            f"{opening}We have never seen winds like this,{closing} said agency director Lise Dahl. "
            f"{opening}Stay at home tonight if you can. The trains will not run.{closing}")
    assert segment_texts(text) == [
        f"{opening}This is a fair deal for every docker,{closing} Marek told reporters. {opening}We got what we "
        f"asked for.{closing}",
        "Ships will be unloaded over the weekend.",
        f"{opening}We have never seen winds like this,{closing} said agency director Lise Dahl. "
        f"{opening}Stay at home tonight if you can. The trains will not run.{closing}",
    ]


def test_a_quotation_after_a_sentence_without_a_speaker_stands_alone() -> None:
    text = ("\"This is a fair deal,\" Marek told reporters. \"It's not,\" Olsen replied at once. \"We lost.\"\n\n"
            "The port stayed closed for a week after the strike began. \"We got what we asked for.\"\n\n"
            "\"A fair deal,\" Marek told reporters. \u201cWe got what we asked for.\u201d\n\n"
            "\"A fair deal,\" Marek told reporters. \"We won,\" he added.")
    assert segment_texts(text) == [
        "\"This is a fair deal,\" Marek told reporters.", "\"It's not,\" Olsen replied at once. \"We lost.\"",
        "The port stayed closed for a week after the strike began.", "\"We got what we asked for.\"",
        "\"A fair deal,\" Marek told reporters.", "\u201cWe got what we asked for.\u201d",
        "\"A fair deal,\" Marek told reporters.", "\"We won,\" he added."]


def test_apostrophes_and_short_single_quotations_do_not_hold_sentences_together() -> None:
    text = ("He called the plan \u2018absurd\u2019. Then she left the room in a hurry. The players\u2019 union "
            "agreed with the ruling. Biden\u2019s aides said nothing more on Monday. Rock \u2018n\u2019 roll "
            "played all night. The end came quietly.")
    assert len(segment_texts(text)) == 6


def test_a_quoted_question_and_its_speaker_are_one_sentence() -> None:
    text = ("\"Why now?\" Johnson asked reporters at the White House on Monday. \u201cNever!\u201d the Prime "
            "Minister said in reply to the question. \"Why?\" The answer came much later from the ministry. "
            "\u201cWe did it!\u201d Labour leader, Sir Keir Starmer, said in his victory speech. \"Never!\" The "
            "crowd cheered as the old prime minister said goodbye.")
    assert segment_texts(text) == [
        "\"Why now?\" Johnson asked reporters at the White House on Monday.",
        "\u201cNever!\u201d the Prime Minister said in reply to the question.",
        "\"Why?\"",
        "The answer came much later from the ministry.",
        "\u201cWe did it!\u201d Labour leader, Sir Keir Starmer, said in his victory speech.",
        "\"Never!\"",
        "The crowd cheered as the old prime minister said goodbye.",
    ]


def test_a_quotation_running_on_to_the_next_paragraph_is_split_as_usual() -> None:
    text = ("\u201cWe will rebuild every house in the valley. Every school will open again by the autumn.\n\n"
            "\u201cNobody will be left behind,\u201d the minister said on Monday.")
    assert segment_texts(text)[:2] == ["\u201cWe will rebuild every house in the valley.",
                                       "Every school will open again by the autumn."]


def test_ellipses() -> None:
    text = "The talks went on... and on into the night without any result at all. Then... Nothing was agreed at the end of it."
    assert segment_texts(text)[0] == "The talks went on... and on into the night without any result at all."


def test_dotted_initials_do_not_end_a_sentence() -> None:
    text = ("A further 72 people were killed in India, according to the home secretary L.C. Goyal. "
            "Chinese state media reported 25 deaths in Tibet on the same day.")
    assert segment_texts(text) == [
        "A further 72 people were killed in India, according to the home secretary L.C. Goyal.",
        "Chinese state media reported 25 deaths in Tibet on the same day."]


def test_sentences_run_together_without_a_space_are_split() -> None:
    text = ("The flag was raised in Brussels on Monday, AP reported.Sweden joined NATO on March 7. "
            "The minister welcomed \u201cour brothers and sisters in arms.\u201dHis speech was brief and warm.")
    assert segment_texts(text) == [
        "The flag was raised in Brussels on Monday, AP reported.",
        "Sweden joined NATO on March 7.",
        "The minister welcomed \u201cour brothers and sisters in arms.\u201d",
        "His speech was brief and warm."]
    # a capitalised word run into a short one opening a sentence is two sentences, not a site's name
    assert segment_texts("The talks ended in Paris.He left on Monday. They met in Rome.An hour later it ended.") == [
        "The talks ended in Paris.", "He left on Monday.", "They met in Rome.", "An hour later it ended."]


def test_a_quotation_run_into_the_sentence_before_opens_the_next_sentence() -> None:
    text = ('The sides signed 18 agreements, including accords on nuclear energy and tourism."This year '
            'marks the 75th anniversary of our ties," the Chinese leader said. It helped provide jobs for '
            'thousands of Hungarians."I would like to assure the president of fair conditions," Orban said. '
            'He promised "open doors for all."A second round of talks followed.')
    assert segment_texts(text) == [
        "The sides signed 18 agreements, including accords on nuclear energy and tourism.",
        '"This year marks the 75th anniversary of our ties," the Chinese leader said.',
        "It helped provide jobs for thousands of Hungarians.",
        '"I would like to assure the president of fair conditions," Orban said.',
        'He promised "open doors for all."',
        "A second round of talks followed."]


@pytest.mark.parametrize("text", [
    "Troops of the U.S.Army and the navy took part in the drills on Monday.",
    "Travellers booked their rooms through Booking.com and other sites.",
    "The report named Gen.Smith as the officer in charge of the base.",
    "The two leaders met in Russia\u2019s Far East, News.Az reports citing Euractiv.",  # a site's own name
    "The interview ran on Gazeta.Ru and was quoted by (Interfax.Ru) on Monday.",
])
def test_dots_inside_names_and_after_titles_do_not_end_a_sentence(text: str) -> None:
    assert segment_texts(text) == [text]


def test_a_line_of_megabytes_without_a_sentence_end_is_cut_linearly() -> None:
    text = "word " * 400_000
    out = segment(plain_article(text))
    assert out and all(s.end - s.start <= 1200 for s in out)
    assert all(s.kind is not Kind.SENTENCE for s in out)
