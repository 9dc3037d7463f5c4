"""Sentence splitting: edge cases of news text, exact offsets, and what is not a fact."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.ingest import load_article
from generator.records import Article, Format, Kind
from generator.segment import segment, wrap_width


def _article(text: str, body_start: int = 0) -> Article:
    return Article(id="a", file="a.txt", format=Format.TEXT, text=text, body=text[body_start:], offsets=None,
                   offset_ends=None, body_start=body_start, title="t")


def _split(text: str) -> list[tuple[str, Kind]]:
    article = _article(text)
    out = []
    for s in segment(article):
        assert " ".join(text[s.start:s.end].split()) == s.text  # offsets always exact
        out.append((s.text, s.kind))
    return out


def _texts(text: str) -> list[str]:
    return [t for t, _ in _split(text)]


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
     "Martin Luther King Jr. Day is a holiday. Food, water etc. The camp was full.",
     ["The deal was signed with Tata Projects Ltd.", "The firm starts soon.", "There was no Plan B.",
      "The minister left.", "Martin Luther King Jr. Day is a holiday.", "Food, water etc.", "The camp was full."]),
    # A clock time goes on before a day, a month or a time zone, and ends before any other capital.
    ("The blast came at about 9 a.m. Police sealed off the street. At 9 a.m. Monday they met. By 10 a.m. ET it "
     "ended. At 8 p.m. Moscow time he spoke.",
     ["The blast came at about 9 a.m.", "Police sealed off the street.", "At 9 a.m. Monday they met.",
      "By 10 a.m. ET it ended.", "At 8 p.m. Moscow time he spoke."]),
])
def test_abbreviations_and_initials(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_quotation_marks_around_sentences() -> None:
    text = ("“We ardently welcome the delegation!” read the banners across the city centre. "
            "\"This is a historic day for both nations,\" the minister told reporters. "
            "“It will not last.” Critics were less sure about the outcome of the talks.")
    assert _texts(text) == [
        "“We ardently welcome the delegation!” read the banners across the city centre.",
        "\"This is a historic day for both nations,\" the minister told reporters.",
        "“It will not last.”",
        "Critics were less sure about the outcome of the talks.",
    ]


@pytest.mark.parametrize("opening, closing", [("\u201c", "\u201d"), ('"', '"')])
def test_a_quotation_of_several_sentences_stays_with_its_speaker(opening: str, closing: str) -> None:
    text = (f"{opening}We have been left starving in the cold. Why are they so slow?{closing} said Rajana, "
            "who slept outdoors for days. The army said relief was on its way to the villages.")
    assert _texts(text) == [
        f"{opening}We have been left starving in the cold. Why are they so slow?{closing} said Rajana, "
        "who slept outdoors for days.",
        "The army said relief was on its way to the villages.",
    ]


@pytest.mark.parametrize("opening, closing", [("\u2018", "\u2019"), ("'", "'")])
def test_a_quotation_in_single_marks_stays_with_its_speaker(opening: str, closing: str) -> None:
    text = (f"{opening}We will fight this decision. We will win in the end,{closing} the union leader told the "
            "BBC. Talks resume on Monday with the employers in London.")
    assert _texts(text) == [
        f"{opening}We will fight this decision. We will win in the end,{closing} the union leader told the BBC.",
        "Talks resume on Monday with the employers in London.",
    ]


def test_apostrophes_and_short_single_quotations_do_not_hold_sentences_together() -> None:
    text = ("He called the plan \u2018absurd\u2019. Then she left the room in a hurry. The players\u2019 union "
            "agreed with the ruling. Biden\u2019s aides said nothing more on Monday. Rock \u2018n\u2019 roll "
            "played all night. The end came quietly.")
    assert len(_texts(text)) == 6


def test_a_quoted_question_and_its_speaker_are_one_sentence() -> None:
    text = ("\"Why now?\" Johnson asked reporters at the White House on Monday. \u201cNever!\u201d the Prime "
            "Minister said in reply to the question. \"Why?\" The answer came much later from the ministry.")
    assert _texts(text) == [
        "\"Why now?\" Johnson asked reporters at the White House on Monday.",
        "\u201cNever!\u201d the Prime Minister said in reply to the question.",
        "\"Why?\"",
        "The answer came much later from the ministry.",
    ]


def test_markdown_rules_part_paragraphs_and_underline_headings() -> None:
    text = ("Summit ends without a deal\n===========\n\n"
            "The leaders met for three hours in the capital on Monday and agreed on nothing -\n\n---\n\n"
            "Officials said the visit would continue on Tuesday with talks on trade.\n\n* * *\n\n"
            "*Join our WhatsApp channel for the latest news and updates.*\n")
    kinds = _split(text)
    assert kinds[0] == ("Summit ends without a deal", Kind.HEADING)
    assert ("Officials said the visit would continue on Tuesday with talks on trade.", Kind.SENTENCE) in kinds
    assert kinds[-1][1] is Kind.BOILERPLATE
    assert not any(t.startswith(("-", "=", "*")) and k is Kind.SENTENCE for t, k in kinds)


def test_a_quotation_running_on_to_the_next_paragraph_is_split_as_usual() -> None:
    text = ("\u201cWe will rebuild every house in the valley. Every school will open again by the autumn.\n\n"
            "\u201cNobody will be left behind,\u201d the minister said on Monday.")
    assert _texts(text)[:2] == ["\u201cWe will rebuild every house in the valley.",
                                "Every school will open again by the autumn."]


def test_ellipses() -> None:
    text = "The talks went on... and on into the night without any result at all. Then... Nothing was agreed at the end of it."
    assert _texts(text)[0] == "The talks went on... and on into the night without any result at all."


@pytest.mark.parametrize("lead", ["**Ms. Doe's testimony.**", "*The verdict.*", "__Next steps.__"])
def test_a_run_in_heading_in_markdown_emphasis_is_not_part_of_the_sentence(lead: str) -> None:
    sentence = "The judge denied two motions after she described the meeting in more detail."
    kinds = dict(_split(f"- {lead} {sentence}\n"))
    assert kinds[sentence] is Kind.SENTENCE
    assert all(kind is not Kind.SENTENCE for text, kind in kinds.items() if text != sentence)


def test_a_paragraph_in_emphasis_is_quoted_without_its_marks() -> None:
    text = ("*Six men from four countries were on a night shift when the ship hit the bridge. Their families are "
            "still taking in what happened on that night.*\n\n"
            "The court used **bold words** and _italics_ in its ruling on the case today.\n")
    assert _texts(text) == ["Six men from four countries were on a night shift when the ship hit the bridge.",
                            "Their families are still taking in what happened on that night.",
                            "The court used **bold words** and _italics_ in its ruling on the case today."]


def test_bullets_and_dashes_are_separate_sentences_without_their_marker() -> None:
    text = ("Key points of the agreement signed on Monday:\n"
            "- The two sides will expand trade in grain and fertiliser next year.\n"
            "* A joint commission will meet every six months to review progress.\n"
            "1. Visa rules for business travellers will be relaxed from July.\n")
    texts = _texts(text)
    assert texts[1:] == ["The two sides will expand trade in grain and fertiliser next year.",
                         "A joint commission will meet every six months to review progress.",
                         "Visa rules for business travellers will be relaxed from July."]


def test_an_indented_line_goes_on_in_its_list_item() -> None:
    text = ("Three risks stand out.\n\n"
            "- The Philippines. The first trilateral summit with President Ferdinand Marcos\n"
            "  Jr. tied Japan more closely to the standoff at the shoal.\n"
            "- North Korea. Its missile testing continues unabated, and the new\n"
            "  Command arrangements will be tested first by a crisis.\n"
            "Officials said the next round of talks would be held in Manila in the spring.\n")
    assert _texts(text)[1:] == [
        "The Philippines.",
        "The first trilateral summit with President Ferdinand Marcos Jr. tied Japan more closely to the standoff at the shoal.",
        "North Korea.",
        "Its missile testing continues unabated, and the new Command arrangements will be tested first by a crisis.",
        "Officials said the next round of talks would be held in Manila in the spring."]


def test_headings_title_lines_and_questions_are_not_facts() -> None:
    text = ("Leaders Meet in the Capital for Landmark Talks\n"
            "The president arrived in the capital on Monday for two days of talks with his host.\n"
            "## What was agreed\n"
            "Why does the visit matter?\n"
            "Both sides signed a long-term agreement on energy supplies worth billions of dollars.\n")
    kinds = _split(text)
    assert kinds[0] == ("Leaders Meet in the Capital for Landmark Talks", Kind.HEADING)
    assert kinds[1][1] is Kind.SENTENCE
    assert kinds[2] == ("What was agreed", Kind.HEADING)
    assert kinds[3] == ("Why does the visit matter?", Kind.HEADING)
    assert kinds[4][1] is Kind.SENTENCE


def test_line_wrapped_sentence_is_joined_with_exact_offsets() -> None:
    text = ("The foreign ministers of the two countries met in the\ncapital on Monday and agreed to meet\n"
            "again next month.\nA second sentence follows on its own line here.\n")
    out = _split(text)
    assert out[0] == ("The foreign ministers of the two countries met in the capital on Monday and agreed to meet "
                      "again next month.", Kind.SENTENCE)
    assert out[1][0] == "A second sentence follows on its own line here."


def test_a_line_ending_on_a_title_goes_on_in_the_next() -> None:
    text = ("The delegation was led by Mr.\nKhan, who has served as trade minister since the last election.\n"
            "Officials from the U.S.\nThe talks resume in the capital on Monday with the new delegation.\n")
    assert _texts(text) == ["The delegation was led by Mr. Khan, who has served as trade minister since the last election.",
                            "Officials from the U.S.",
                            "The talks resume in the capital on Monday with the new delegation."]


def test_a_line_wrapped_before_a_name_is_joined() -> None:
    text = ("The two leaders held talks for three hours at the\nWhite House before a working lunch with their aides.\n"
            "Officials described the talks as friendly and frank.\n")
    assert _texts(text) == ["The two leaders held talks for three hours at the White House before a working lunch "
                            "with their aides.", "Officials described the talks as friendly and frank."]


def test_a_paragraph_cut_after_said_goes_on_in_the_next() -> None:
    text = ("The leaders will first meet alone, US officials said. A senior White House official said\n\n"
            "Trump was feeling good and that the summit was open-ended.\n\nA headline of its own\n\n"
            "The talks begin on Tuesday morning at the hotel.\n")
    out = _split(text)
    assert ("A senior White House official said Trump was feeling good and that the summit was open-ended.",
            Kind.SENTENCE) in out
    assert ("A headline of its own", Kind.HEADING) in out


def test_a_headline_closing_on_its_source_does_not_run_into_the_next_paragraph() -> None:
    text = ("\u2018Signs\u2019 the ministry has asked for more shells, alliance chief says\n\n"
            "The alliance appears to be weighing new supplies to the front, its chief warned on Monday.\n\n"
            "Supplies will run short, the report said\n"
            "last week.\n")
    assert _split(text) == [
        ("\u2018Signs\u2019 the ministry has asked for more shells, alliance chief says", Kind.HEADING),
        ("The alliance appears to be weighing new supplies to the front, its chief warned on Monday.", Kind.SENTENCE),
        ("Supplies will run short, the report said last week.", Kind.SENTENCE)]


def test_a_paragraph_cut_mid_sentence_goes_on_in_lower_case() -> None:
    text = ("For the president, it is an opportunity to refill\n\nammunition stores that the war has drained.\n\n"
            "Title of the next part\n\nThe next paragraph starts a sentence of its own here.\n")
    assert _split(text)[:2] == [("For the president, it is an opportunity to refill ammunition stores that the war "
                                 "has drained.", Kind.SENTENCE), ("Title of the next part", Kind.HEADING)]


def test_a_news_sentence_naming_a_messaging_app_is_not_boilerplate() -> None:
    text = "A video shared on the Kremlin's official Telegram channel showed the two leaders shaking hands."
    assert _split(text) == [(text, Kind.SENTENCE)]


@pytest.mark.parametrize("line", ["Related News", "Join our WhatsApp group for the latest updates",
                                  "SEE ALSO: History in the making as the leaders meet", "Get our news on WhatsApp",
                                  "Share this article on Facebook", "By Jane Doe, Staff Reporter",
                                  "All rights reserved.", "The Associated Press contributed to this report.",
                                  "Jane Doe in Paris contributed reporting.", "Leave a Reply",
                                  "Your email address will not be published.",
                                  "The Daily Courier thanks its sponsors.",
                                  "Support independent journalism and become a member today.",
                                  # notes on the article, and lines telling the reader what to do next
                                  "This article was originally published on The Conversation.",
                                  "The views expressed in this article are the author's own.",
                                  "Disclaimer: This story is auto-generated from a syndicated feed.",
                                  "Disclosure statement: Jane Doe has received research funding from the ministry.",
                                  "Related: Read the full text of the verdict | Who were the 22 witnesses in the trial?",
                                  "The author declares no competing interests in the companies named here.",
                                  "This story has been updated with comment from the ministry.",
                                  "3 min read Last Updated : Jul 08 2024 | 5:39 PM IST", "Listen to This Article",
                                  "If you have a tip about this story, write to tips@example.com today.",
                                  "Our live blog below shows the updates as they happened through the night.",
                                  "Get the latest news from the region delivered to your inbox every morning.",
                                  "Watch the video above for more details on the visit to the capital.",
                                  "Read the full statement from the foreign ministry here.",
                                  "Sign up to receive our morning briefing on the summit and its fallout.",
                                  # wire and syndication footers, credits and notes in their usual shapes
                                  "(Reporting by Jane Doe in Seoul; Editing by John Roe.)",
                                  "This material may not be published, broadcast, rewritten or redistributed.",
                                  "Acquire Licensing Rights, opens new tab",
                                  "Sources: Reuters, AP, AFP and the official news agency.",
                                  "The Associated Press is an independent global news organization.",
                                  "Produced by the visual journalism team of the paper in Seoul.",
                                  "Thank you for reading this article on our website today.",
                                  "We are committed to bringing you accurate and fair reporting.",
                                  "Please enable JavaScript in your browser to view this content.",
                                  "Your browser does not support the video tag on this page.",
                                  "The post Leaders sign a pact appeared first on Example News.",
                                  "Editor's note: This story was first published on June 18 and republished.",
                                  "Correction: An earlier version of this article misstated the date.",
                                  # the article announcing what follows
                                  "Here are the key takeaways from Thursday\u2019s hearing in the court.",
                                  "Here's what we know so far about the crash and the rescue.",
                                  "Catch all the Business News, Market News and Latest News Updates on Live Mint.",
                                  # appeals, time stamps, labels and notes on the article, as sentences
                                  "By Jane Doe and John Roe, Reuters.",
                                  "Updated on June 18, 2024 at 3:45 PM.",
                                  "Image caption, The two leaders at the airport on Wednesday.",
                                  "Support our reporting by becoming a member today.",
                                  "Our journalism relies on readers like you, so please give what you can.",
                                  "Save articles to read later and create your own reading list.",
                                  "Add Newsonline as your preferred source on Google.",
                                  "Download the Hindustan Times app to read the latest news today.",
                                  "A version of this article appears in print on page A1 of the New York edition.",
                                  "This article was first published on The Conversation under a licence.",
                                  "This is a developing story and will be updated as more details emerge.",
                                  "The AP is solely responsible for all content on this page.",
                                  "An indictment is merely an allegation, and all defendants are presumed innocent.",
                                  "Watch: Students protest outside the parliament building.",
                                  "WATCH | The moment the bridge fell into the river."])
def test_boilerplate_and_bylines(line: str) -> None:
    text = f"{line}\nThe summit opened on Monday with a speech by the host about regional trade.\n"
    kinds = dict(_split(text))
    assert kinds[line] in (Kind.BOILERPLATE, Kind.HEADING)
    assert Kind.SENTENCE in kinds.values()


@pytest.mark.parametrize("line", [
    "Share prices in the region fell below their 2020 level on Monday, traders said.",
    "Shares of the firm fell 5% after the announcement, traders told us.",
    "The UN report was updated on Tuesday to include 30 more deaths in the north.",
    "The figures were last updated on Monday, when the ministry counted 4,300 dead.",
    "The company posted a disclaimer on its website after the outage began on Friday.",
    "Disclosure of the payments to the lawyer was not required by law, the judge said.",
    "Visitors from across the region came to see the parade in the capital.",
    "Read out on state television, the statement praised the two leaders' friendship.",
    "Correction officers at the prison said the inmates were moved to another site.",
    "Updates to the treaty text were published by the state news agency on Thursday.",
    "Here, the minister said, the talks would go on until a deal was reached.",
    "Here are the ruins of the temple where 40 people died, a local official said.",
    "Here is what happened: the ship lost all power at 1:24 a.m. and hit the bridge.",
    # sentences opening on "By", "Sources", "Photo" or "Posted"
    "By Monday, the death toll had risen to 14 in the two provinces.",
    "By contrast, exports to the region fell 3.2% in the same quarter.",
    "By evening he was on Capitol Hill for talks with the leaders.",
    "Sources said the accused had left the country a week before the raid.",
    "Photo evidence shows the convoy crossing the border at night.",
    "Posted on X, the video drew millions of views within hours.",
    "Updated figures show that 300 homes were destroyed in the floods.",
    # furniture's words in news sentences
    "Mayor Vitali Klitschko said on Telegram that two people were killed.",
    "The service now has 8 million subscribers in the country, the company said.",
    "The court found the firm guilty of copyright infringement on Tuesday.",
    "He remains the most popular politician in the country, polls show.",
    "Ukraine will become a member of NATO one day, the president said.",
    "The company's market share on the continent fell to 12% last year.",
    "Officials read more than 200 letters from the families at the hearing.",
    "Japan agreed to join US-led exercises in the region next spring.",
    "Tokyo will follow US sanctions on the banks, the minister said.",
    "He wrote in his newsletter that the deal would not survive the election.",
    "A successful lunar landing is the best advertisement they could ask for.",
])
def test_news_sentences_sharing_words_with_page_furniture_are_kept(line: str) -> None:
    assert _split(line) == [(line, Kind.SENTENCE)]


_BODY = "The two leaders signed a defence pact at a ceremony in the capital on Wednesday."


@pytest.mark.parametrize("caption", [
    # a credit closing the caption's paragraph, in brackets or after a slash
    "Rescue workers clear the rubble of a temple in the old city on Saturday. (AP Photo/Jane Doe)\n\n",
    "Protesters block traffic outside parliament on April 29, as they shout slogans. Jane Doe/AP Photo\n",
    # a caption shown twice (apostrophes differ), then its credit on a line of its own
    "People clear rubble in Katmandu's main square after the quake hit.\n"
    "People clear rubble in Katmandu\u2019s main square after the quake hit.\n(Jane Doe, AFP/Getty Images)\n\n",
    "The two leaders shake hands before their talks at the hotel in the city.\nREUTERS/Jane Doe\n",
    "The two leaders talk briefly ahead of their summit at the hotel on the island. Source: Jane Doe/Daily News\n",
    "Soldiers stand guard outside the station as the armoured train arrives.\nJane Doe/AFP via Getty Images\n\n",
    "Soldiers stand guard outside the station as the armoured train arrives.\nGetty Images\n\n",
    "Soldiers stand guard outside the station as the armoured train arrives.\nPhoto: Reuters\n\n",
    "Soldiers stand guard outside the station as the armoured train arrives.\nCredit: Jane Doe for The Times\n\n",
    # a caption in Markdown emphasis, its credit inside it
    "*A flooded village in Morigaon district of Assam on Monday. (PTI Photo)*\n\n",
    "Soldiers stand guard outside the station as the armoured train arrives. Credit...Pool photo by Jane Doe\n\n",
])
def test_photo_captions_and_credits_are_not_quoted(caption: str) -> None:
    split = _split(caption + _BODY)
    assert [t for t, k in split if k is Kind.SENTENCE] == [_BODY]
    assert {k for t, k in split if t != _BODY} == {Kind.CAPTION}


@pytest.mark.parametrize("text", [
    "The ministry released a photo of the two leaders at the hotel on Tuesday.",
    "Trade between the two rose by a fifth (to $2bn) over the year, officials said.",
    "Analysts compared the yen/dollar rate with the rouble's fall over the past year.",
])
def test_sentences_about_photos_or_with_slashes_are_quoted(text: str) -> None:
    assert _split(f"{text}\n\n{_BODY}") == [(text, Kind.SENTENCE), (_BODY, Kind.SENTENCE)]


@pytest.mark.parametrize("end", [" (Yonhap)\n", "\n\n(Yonhap)\n"])
def test_an_agency_signing_a_story_off_leaves_its_last_paragraph_news(end: str) -> None:
    text = ("Talks stall\n\nThe two sides met for three hours on Monday in Seoul. No date was set for the next "
            f"round of talks, Chang said.{end}")
    kinds = dict(_split(text))
    assert kinds["No date was set for the next round of talks, Chang said."] is Kind.SENTENCE
    assert kinds["The two sides met for three hours on Monday in Seoul."] is Kind.SENTENCE


@pytest.mark.parametrize("credit", [" (KCNA)", "\n(KCNA)"])
def test_a_caption_credited_to_an_agency_alone_is_still_a_caption(credit: str) -> None:
    text = f"Talks stall\n\nKim Jong Un inspects a missile launch site on Tuesday.{credit}\n\n{_BODY}"
    kinds = dict(_split(text))
    assert kinds["Kim Jong Un inspects a missile launch site on Tuesday."] is Kind.CAPTION
    assert kinds[_BODY] is Kind.SENTENCE


def test_a_caption_that_carries_its_own_credit_leaves_the_paragraph_above_alone() -> None:
    text = f"{_BODY}\n\nXi and Putin in the Kremlin on Tuesday (AP)\n\nThe talks ended late with no statement signed.\n"
    assert [k for _, k in _split(text)] == [Kind.SENTENCE, Kind.CAPTION, Kind.SENTENCE]


@pytest.mark.parametrize("heading", ["Photo gallery of the summit", "Photos: scenes from the capital",
                                     "PHOTOS: the day the earth shook the valley"])
def test_a_heading_naming_photos_does_not_make_a_caption(heading: str) -> None:
    text = f"{_BODY}\n\n{heading}\n\nThe talks ended late at night with no joint statement signed.\n"
    assert [k for _, k in _split(text)] == [Kind.SENTENCE, Kind.HEADING, Kind.SENTENCE]


def test_a_sentence_may_open_on_a_name_in_lower_case() -> None:
    text = "Officials met on Monday. eBay said it would cut 1,000 jobs in the region this year.\n"
    assert ("eBay said it would cut 1,000 jobs in the region this year.", Kind.SENTENCE) in _split(text)


@pytest.mark.parametrize("author, byline", [(None, "By Hyung-jin Kim and Jane Doe, AP\n\n"),
                                            ("Hyung-jin Kim", "")])
def test_notes_on_the_writer_are_not_quoted(author: str | None, byline: str) -> None:
    text = (f"Talks stall\n\n{byline}The two sides met for three hours on Monday in Seoul. Kim is expected to "
            "travel to Moscow later this year.\n\nHyung-jin Kim covers North and South Korea for The Associated "
            "Press, based in Seoul. The writer is a senior fellow at the Observer Research Foundation.\n")
    article = dataclasses.replace(_article(text), author=author)
    kinds = {s.text: s.kind for s in segment(article)}
    assert kinds["Kim is expected to travel to Moscow later this year."] is Kind.SENTENCE
    assert kinds["Hyung-jin Kim covers North and South Korea for The Associated Press, based in Seoul."] is Kind.BOILERPLATE
    assert kinds["The writer is a senior fellow at the Observer Research Foundation."] is Kind.BOILERPLATE


def test_fragments_are_not_quoted() -> None:
    kinds = dict(_split("The visit lasted two days and ended with a joint statement on trade. Speculation remains intense."))
    assert kinds["Speculation remains intense."] is Kind.FRAGMENT


def test_dateline_is_left_out_of_the_quote() -> None:
    text = "SEOUL, June 19 (Reuters) - The two leaders signed a mutual defence pact at a ceremony in the capital.\n"
    assert _texts(text) == ["The two leaders signed a mutual defence pact at a ceremony in the capital."]


@pytest.mark.parametrize("dateline", ["KATMANDU, Nepal -- ", "NEW DELHI // ", "BEIJING/TOKYO (Reuters) - ", "SEOUL: ",
                                      "SINGAPORE \u2014 ", "Tuesday, September 12, 2023 \u2013 ", "12 Sept. 2023 - ",
                                      "Shillong, September 13: ", "New Delhi, 19 June 2024 - ",
                                      "SEOUL, South Korea (AP) \u2014 ", "(CNN) \u2014 ", "Pyongyang (AFP) \u2013 ",
                                      "New Delhi (PTI) - ", "New Delhi, Mar 3 (PTI) ", "Mumbai, March 3 (IANS) ",
                                  "Islamabad, Pakistan \u2014 "])
def test_dateline_after_a_headline_is_left_out_of_the_quote(dateline: str) -> None:
    # The usual shape of a saved page: the headline, a blank line, then the dateline opening the body.
    text = f"Leaders sign defence pact\n\n{dateline}The two leaders signed a mutual defence pact at a ceremony.\n"
    assert _texts(text) == ["Leaders sign defence pact", "The two leaders signed a mutual defence pact at a ceremony."]


@pytest.mark.parametrize("opening", [
    "NATO Secretary General Jens Stoltenberg called the visit a sign of growing reliance on the regime.",
    "THE United States will provide security guarantees to the North as part of the joint declaration.",
    "US President Donald Trump and North Korean leader Kim Jong Un converged on Singapore yesterday.",
    "September 12, 2023 was the day the two leaders finally signed the pact in the capital.",
    "Moscow, June and July: each month brought new reports of shipments across the border.",
    "President Putin (R) \u2013 shown here with Kim \u2013 arrived late at night in the capital.",
    "UN Secretary-General Antonio Guterres (C) said the visit must not break the sanctions on arms.",
    "The United Nations (UN) Security Council said it would meet again on the matter next week.",
    "Smith, Jones and Brown said on Monday that they would not attend the summit in the capital.",
])
def test_capitals_opening_a_sentence_are_not_a_dateline(opening: str) -> None:
    assert _texts(f"Leaders meet\n\n{opening}\n")[1] == opening


def test_dotted_initials_do_not_end_a_sentence() -> None:
    text = ("A further 72 people were killed in India, according to the home secretary L.C. Goyal. "
            "Chinese state media reported 25 deaths in Tibet on the same day.")
    assert _texts(text) == ["A further 72 people were killed in India, according to the home secretary L.C. Goyal.",
                            "Chinese state media reported 25 deaths in Tibet on the same day."]


def test_offsets_count_front_matter() -> None:
    text = "---\ntitle: X\n---\nThe ministers met on Monday to sign a new trade agreement between the countries.\n"
    body_start = text.index("The")
    [s] = segment(_article(text, body_start))
    assert text[s.start:s.end] == "The ministers met on Monday to sign a new trade agreement between the countries."


def test_a_line_of_megabytes_without_a_sentence_end_is_cut_linearly() -> None:
    text = "word " * 400_000
    out = segment(_article(text))
    assert out and all(s.end - s.start <= 1200 for s in out)
    assert all(s.kind is not Kind.SENTENCE for s in out)


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
    return [(" ".join(t.split()), k) for t, k in _split(text)]


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
