"""Reading lines into blocks: lines and paragraphs joined where a sentence runs on (wrapped lines, hard-wrapped
text, a paragraph cut mid-sentence), but not over text the body left out; rules and underlined headings, list
items and the lines indented under them, headlines closing on their source."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from segment_support import segment_texts, segments_of

from generator.blocks import wrap_width
from generator.ingest import load_article
from generator.records import Kind
from generator.segment import segment


def test_markdown_rules_part_paragraphs_and_underline_headings() -> None:
    text = ("Summit ends without a deal\n===========\n\n"
            "The leaders met for three hours in the capital on Monday and agreed on nothing -\n\n---\n\n"
            "Officials said the visit would continue on Tuesday with talks on trade.\n\n* * *\n\n"
            "*Join our WhatsApp channel for the latest news and updates.*\n")
    kinds = segments_of(text)
    assert kinds[0] == ("Summit ends without a deal", Kind.HEADING)
    assert ("Officials said the visit would continue on Tuesday with talks on trade.", Kind.SENTENCE) in kinds
    assert kinds[-1][1] is Kind.BOILERPLATE
    assert not any(t.startswith(("-", "=", "*")) and k is Kind.SENTENCE for t, k in kinds)


def test_bullets_and_dashes_are_separate_sentences_without_their_marker() -> None:
    text = ("Key points of the agreement signed on Monday:\n"
            "- The two sides will expand trade in grain and fertiliser next year.\n"
            "* A joint commission will meet every six months to review progress.\n"
            "1. Visa rules for business travellers will be relaxed from July.\n"
            "\u25feThe ministers said more talks on fisheries would follow in the autumn.\n"
            "\u2022 Customs checks at the border will be shortened for lorries.\n")
    texts = segment_texts(text)
    assert texts[1:] == ["The two sides will expand trade in grain and fertiliser next year.",
                         "A joint commission will meet every six months to review progress.",
                         "Visa rules for business travellers will be relaxed from July.",
                         "The ministers said more talks on fisheries would follow in the autumn.",
                         "Customs checks at the border will be shortened for lorries."]


def test_a_subheading_between_dashes_is_a_heading_not_an_item_running_on() -> None:
    text = ("Countries around the world have lined up to offer help to the stricken region.\n\n"
            "- Spain -\n\n"
            "Spain on Sunday sent 86 military rescuers and eight search dogs after a formal request.\n\n"
            "\u2014 Deepening ties \u2014\n"
            "Frequently at odds with Brussels, the government has pursued closer ties with Asia since 2010.\n")
    assert segments_of(text) == [
        ("Countries around the world have lined up to offer help to the stricken region.", Kind.SENTENCE),
        ("- Spain -", Kind.HEADING),
        ("Spain on Sunday sent 86 military rescuers and eight search dogs after a formal request.", Kind.SENTENCE),
        ("\u2014 Deepening ties \u2014", Kind.HEADING),
        ("Frequently at odds with Brussels, the government has pursued closer ties with Asia since 2010.",
         Kind.SENTENCE)]


def test_an_indented_line_goes_on_in_its_list_item() -> None:
    text = ("Three risks stand out.\n\n"
            "- The Philippines. The first trilateral summit with President Ferdinand Marcos\n"
            "  Jr. tied Japan more closely to the standoff at the shoal.\n"
            "- North Korea. Its missile testing continues unabated, and the new\n"
            "  Command arrangements will be tested first by a crisis.\n"
            "Officials said the next round of talks would be held in Manila in the spring.\n")
    assert segment_texts(text)[1:] == [
        "The Philippines.",
        "The first trilateral summit with President Ferdinand Marcos Jr. tied Japan more closely to the standoff at the shoal.",
        "North Korea.",
        "Its missile testing continues unabated, and the new Command arrangements will be tested first by a crisis.",
        "Officials said the next round of talks would be held in Manila in the spring."]


def test_line_wrapped_sentence_is_joined_with_exact_offsets() -> None:
    text = ("The foreign ministers of the two countries met in the\ncapital on Monday and agreed to meet\n"
            "again next month.\nA second sentence follows on its own line here.\n")
    out = segments_of(text)
    assert out[0] == ("The foreign ministers of the two countries met in the capital on Monday and agreed to meet "
                      "again next month.", Kind.SENTENCE)
    assert out[1][0] == "A second sentence follows on its own line here."


def test_a_line_ending_on_a_title_goes_on_in_the_next() -> None:
    text = ("The delegation was led by Mr.\nKhan, who has served as trade minister since the last election.\n"
            "Officials from the U.S.\nThe talks resume in the capital on Monday with the new delegation.\n")
    assert segment_texts(text) == [
        "The delegation was led by Mr. Khan, who has served as trade minister since the last election.",
        "Officials from the U.S.",
        "The talks resume in the capital on Monday with the new delegation."]


def test_a_line_wrapped_before_a_name_is_joined() -> None:
    text = ("The two leaders held talks for three hours at the\nWhite House before a working lunch with their aides.\n"
            "Officials described the talks as friendly and frank.\n")
    assert segment_texts(text) == ["The two leaders held talks for three hours at the White House before a working lunch "
                                   "with their aides.", "Officials described the talks as friendly and frank."]


def test_a_paragraph_cut_after_said_goes_on_in_the_next() -> None:
    text = ("The leaders will first meet alone, US officials said. A senior White House official said\n\n"
            "Trump was feeling good and that the summit was open-ended.\n\nA headline of its own\n\n"
            "The talks begin on Tuesday morning at the hotel.\n")
    out = segments_of(text)
    assert ("A senior White House official said Trump was feeling good and that the summit was open-ended.",
            Kind.SENTENCE) in out
    assert ("A headline of its own", Kind.HEADING) in out


def test_a_headline_closing_on_its_source_does_not_run_into_the_next_paragraph() -> None:
    text = ("\u2018Signs\u2019 the ministry has asked for more shells, alliance chief says\n\n"
            "The alliance appears to be weighing new supplies to the front, its chief warned on Monday.\n\n"
            "Supplies will run short, the report said\n"
            "last week.\n")
    assert segments_of(text) == [
        ("\u2018Signs\u2019 the ministry has asked for more shells, alliance chief says", Kind.HEADING),
        ("The alliance appears to be weighing new supplies to the front, its chief warned on Monday.", Kind.SENTENCE),
        ("Supplies will run short, the report said last week.", Kind.SENTENCE)]


def test_a_paragraph_cut_mid_sentence_goes_on_in_lower_case() -> None:
    text = ("For the president, it is an opportunity to refill\n\nammunition stores that the war has drained.\n\n"
            "Title of the next part\n\nThe next paragraph starts a sentence of its own here.\n")
    assert segments_of(text)[:2] == [("For the president, it is an opportunity to refill ammunition stores that the war "
                                     "has drained.", Kind.SENTENCE), ("Title of the next part", Kind.HEADING)]


_CUT = ("<html><body><article><p>The minister told reporters on Monday that the talks would</p>{between}"
        "<p>continue in the capital on Tuesday with both delegations.</p>"
        "<p>Another full sentence follows here about the trade figures for the year.</p></article></body></html>")


@pytest.mark.parametrize(("between", "joined"), [
    ("\n", True),  # tags and white space alone: one sentence cut in two paragraphs
    ("<script>var shown = 1;</script>", False),  # hidden text the body leaves out
    ('<aside class="ad">Advertisement here</aside>', False),  # furniture the extractor drops
])
def test_a_sentence_is_not_joined_over_source_text_the_body_left_out(between: str, joined: bool) -> None:
    page = _CUT.format(between=between)
    article, _ = load_article(Path("cut.html"), "cut.html", "cut", page.encode())
    sentences = segment(article)
    texts = [s.text for s in sentences]
    assert (("The minister told reporters on Monday that the talks would continue in the capital on Tuesday "
             "with both delegations.") in texts) is joined
    for s in sentences:  # a reader who strips the tags from a span sees the quote, nothing more
        assert " ".join(re.sub(r"<[^>]*>", " ", page[s.start:s.end]).split()) == s.text


_STORY = [
    "Leaders meet at the border",
    "The two presidents met at the border on Tuesday, their first meeting since the talks in the "
    "capital collapsed last year, and agreed with the U.S. Treasury to reopen the crossing to trade.",
    "Officials from both sides said the agreement was reached after Mr. Smith, the envoy, spent three "
    "weeks travelling between the capitals; Washington kept it secret until the White House announced it.",
    "\u201cThis agreement could end the dispute today if both sides keep their word,\u201d the envoy said "
    "at the ceremony \u2014 adding that the real work would now begin in the border towns themselves.",
]


def _greedy_wrap(paragraph: str, width: int, measure: Callable[[str], int]) -> str:
    """``paragraph`` wrapped at ``width`` as a mail client or ``fold -s`` does, measuring by ``measure``."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and measure(line + " " + word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def _sentences(text: str) -> list[tuple[str, Kind]]:
    return [(" ".join(t.split()), k) for t, k in segments_of(text)]


def _wrapped_before(paragraph: str, word: str, measure: Callable[[str], int]) -> str:
    """``paragraph``, with the story's other paragraphs, wrapped at the first width that puts ``word``
    at the start of a line."""
    for width in range(40, 100):
        text = _greedy_wrap(paragraph, width, measure)
        if f"\n{word}" in text:
            return "\n\n".join([_STORY[0], *(_greedy_wrap(p, width, measure) for p in _STORY[1:])]) + "\n"
    raise AssertionError(f"no width puts {word!r} at the start of a line")


@pytest.mark.parametrize("paragraph, word", [
    (_STORY[2], "House"),  # a name broken across lines ("the White" / "House")
    (_STORY[2], "Smith,"),  # after an abbreviation that looks like a sentence end ("Mr." / "Smith")
    (_STORY[1], "Treasury"),  # after an abbreviation ending in a full stop ("U.S." / "Treasury")
    (_STORY[2], "Washington"),  # after a semicolon, before a name
    (_STORY[3], "\u2014"),  # before a dash in mid-sentence (not a list item)
])
@pytest.mark.parametrize("measure", [len, lambda s: len(s.encode())], ids=["characters", "bytes"])
def test_a_hard_wrapped_text_splits_as_it_would_unwrapped(paragraph: str, word: str,
                                                          measure: Callable[[str], int]) -> None:
    # A wrapper counting bytes fits fewer characters on a line with curly quotes.
    wrapped = _wrapped_before(paragraph, word, measure)
    assert wrap_width(wrapped) is not None
    assert _sentences(wrapped) == _sentences("\n\n".join(_STORY) + "\n")


def test_a_headline_closing_on_its_source_wrapped_over_two_lines_stays_a_headline() -> None:
    title = "Ceasefire along the whole border holds for a third day running and talks go on, the envoy says"
    text = "\n\n".join([_greedy_wrap(title, 60, len), *(_greedy_wrap(p, 60, len) for p in _STORY[1:])]) + "\n"
    assert "\n" in _greedy_wrap(title, 60, len)
    assert _sentences(text)[0] == (title, Kind.HEADING)


def test_a_hard_wrapped_text_keeps_its_headline_and_its_list() -> None:
    text = ("Ceasefire holds for a third day, officials say\n\n"
            + _greedy_wrap(_STORY[1], 60, len) + "\n\n" + _greedy_wrap(_STORY[2], 60, len) + "\n"
            "\u2013 The crossing reopens to lorries on Monday morning at six o'clock.\n"
            "\u2013 Buses follow a week later, once the checkpoints are rebuilt.\n")
    out = _sentences(text)
    assert out[0] == ("Ceasefire holds for a third day, officials say", Kind.HEADING)
    assert ("The crossing reopens to lorries on Monday morning at six o'clock.", Kind.SENTENCE) in out
    assert ("Buses follow a week later, once the checkpoints are rebuilt.", Kind.SENTENCE) in out


@pytest.mark.parametrize("text", [
    "\n".join(_STORY),  # a paragraph a line: lines far wider than any wrap
    "Short title\n\nBy A. Writer\n\nOne short paragraph of a single line.\n",  # too few lines running on
    "\n".join(["A line of some length that runs on into the next one here."] + ["Short."] * 6),
])
def test_text_not_hard_wrapped_has_no_wrap_width(text: str) -> None:
    assert wrap_width(text) is None


def test_a_line_standing_alone_wider_than_the_wrap_leaves_the_text_hard_wrapped() -> None:
    disclaimer = "The views expressed are the author's own. The institute does not take institutional positions."
    text = "\n\n".join([_STORY[0], *(_greedy_wrap(p, 60, len) for p in _STORY[1:]), disclaimer]) + "\n"
    assert len(disclaimer) > 75 and wrap_width(text) is not None


def test_a_paragraph_wrapped_by_hand_goes_on_past_a_line_ending_on_a_name() -> None:
    # not wrapped at a fixed width: "Korea" would have fitted on the line it follows
    text = ("Talks end\n\n"
            "Mr. Biden's team, led on Asia by the deputy secretary of state and the ambassador,\n"
            "has worked to build what officials call a latticework of overlapping partnerships:\n"
            "the Camp David summit held at the presidential retreat with South\n"
            "Korea in August 2023, the Quad, AUKUS and now the Japan-Philippines-U.S.\n"
            "format. It took two years.\n")
    sentence = ("Mr. Biden's team, led on Asia by the deputy secretary of state and the ambassador, has worked to "
                "build what officials call a latticework of overlapping partnerships: the Camp David summit held at "
                "the presidential retreat with South Korea in August 2023, the Quad, AUKUS and now the Japan-Philippines-U.S. format.")
    assert segments_of(text)[1] == (sentence, Kind.SENTENCE)


def test_short_lines_of_a_page_header_do_not_run_into_the_lead() -> None:
    text = ("Jane Doe and John Roe By\nExpress News Service\n"
            "The two leaders signed a defence pact at a ceremony in the capital on Wednesday.\n")
    assert segments_of(text)[-1] == ("The two leaders signed a defence pact at a ceremony in the capital on "
                                     "Wednesday.", Kind.SENTENCE)


@pytest.mark.parametrize(("text", "word", "html", "item"), [
    ("Intro:\n\n- Roads: 4.2 million", "Roads", False, True),
    ("Intro:\n1. First step", "First", False, True),
    ("- **Recusal.** The judge refused.", "Recusal", False, True),
    ("\u2022Officials said the road was shut.", "Officials", False, True),
    ("The mayor - who spoke first - said so.", "who", False, False),
    ("- Roads were shut. Schools closed.", "Schools", False, False),  # a second sentence of the item
    ("<ul><li>One thing</li><li><b>Two</b> things</li></ul>", "One", True, True),
    ("<ul><li>One thing</li><li><b>Two</b> things</li></ul>", "Two", True, True),
    ("<ul><li>One thing</li></ul><p>Three things</p>", "Three", True, False),
])
def test_a_segment_opens_a_list_item_after_its_marker_or_li_tag(text: str, word: str, html: bool, item: bool) -> None:
    from generator.blocks import opens_item

    assert opens_item(text, text.index(word), html) is item
