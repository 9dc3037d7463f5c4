"""Segments: what each one is (headings, boilerplate and bylines, captions and credits, datelines left out,
fragments, notes on the writer), Markdown emphasis around a sentence, and exact offsets."""

from __future__ import annotations

import dataclasses

import pytest
from segment_support import plain_article, segment_texts, segments_of

from generator.records import Kind
from generator.segment import segment


@pytest.mark.parametrize("lead", ["**Ms. Doe's testimony.**", "*The verdict.*", "__Next steps.__"])
def test_a_run_in_heading_in_markdown_emphasis_is_not_part_of_the_sentence(lead: str) -> None:
    sentence = "The judge denied two motions after she described the meeting in more detail."
    kinds = dict(segments_of(f"- {lead} {sentence}\n"))
    assert kinds[sentence] is Kind.SENTENCE
    assert all(kind is not Kind.SENTENCE for text, kind in kinds.items() if text != sentence)


def test_a_paragraph_in_emphasis_is_quoted_without_its_marks() -> None:
    text = ("*Six men from four countries were on a night shift when the ship hit the bridge. Their families are "
            "still taking in what happened on that night.*\n\n"
            "The court used **bold words** and _italics_ in its ruling on the case today.\n")
    assert segment_texts(text) == ["Six men from four countries were on a night shift when the ship hit the bridge.",
                                   "Their families are still taking in what happened on that night.",
                                   "The court used **bold words** and _italics_ in its ruling on the case today."]


def test_headings_title_lines_and_questions_are_not_facts() -> None:
    text = ("Leaders Meet in the Capital for Landmark Talks\n"
            "The president arrived in the capital on Monday for two days of talks with his host.\n"
            "## What was agreed\n"
            "Why does the visit matter?\n"
            "Both sides signed a long-term agreement on energy supplies worth billions of dollars.\n")
    kinds = segments_of(text)
    assert kinds[0] == ("Leaders Meet in the Capital for Landmark Talks", Kind.HEADING)
    assert kinds[1][1] is Kind.SENTENCE
    assert kinds[2] == ("What was agreed", Kind.HEADING)
    assert kinds[3] == ("Why does the visit matter?", Kind.HEADING)
    assert kinds[4][1] is Kind.SENTENCE


def test_the_writers_question_inside_a_paragraph_is_not_a_fact() -> None:
    asked = "How was the visiting prime minister welcomed and what did the two leaders say to each other?"
    told = "The leaders signed a long-term agreement on energy supplies worth billions of dollars."
    kinds = dict(segments_of(f"{asked} {told}\n"))
    assert (kinds[asked], kinds[told]) == (Kind.FRAGMENT, Kind.SENTENCE)
    # A question inside a quotation, said by someone, is reported speech.
    said = '"Who will pay for the new port?" the minister asked reporters at the airport on Monday.'
    assert dict(segments_of(f"{said}\n"))[said] is Kind.SENTENCE


@pytest.mark.parametrize("headline", ["ANALYSIS: The port deal is done. Will it last?",
                                      "Analysis: The ferry war is over. The hard part starts now"])
def test_a_headline_of_several_sentences_is_not_a_fact(headline: str) -> None:
    body = "The transport ministers signed the ferry agreement in the harbour city on Monday.\n"
    kinds = segments_of(f"{headline}\n\n{body}")
    assert [kind for _, kind in kinds] == [Kind.HEADING, Kind.HEADING, Kind.SENTENCE]
    assert kinds[-1][0] == body.strip()


@pytest.mark.parametrize("line, kind", [
    ("Ferry Operator Fired as Chief of the Harbour Board by Its Directors.", Kind.HEADING),
    ("Kim Jong Un greeted Vladimir Putin at Pyongyang Sunan International Airport.", Kind.SENTENCE),
    ("The Harbour Board Said It Was Fine.", Kind.SENTENCE),  # three words of four letters: too few to tell
])
def test_a_one_line_paragraph_in_title_case_is_a_headline_even_with_a_full_stop(line: str, kind: Kind) -> None:
    body = "The harbour board dismissed the ferry operator's chief executive on Friday after a review."
    kinds = segments_of(f"{line}\n\n{body}\n")
    assert kinds == [(line, kind), (body, Kind.SENTENCE)]


def test_a_short_opening_paragraph_of_sentences_is_still_quoted() -> None:
    lead = "The ferry deal was signed before dawn on Monday. Both ports will double their crossings."
    kinds = segments_of(f"{lead}\n\nThe transport ministers met in the harbour city for two days of talks.\n")
    assert [kind for _, kind in kinds] == [Kind.SENTENCE] * 3


def test_a_news_sentence_naming_a_messaging_app_is_not_boilerplate() -> None:
    text = "A video shared on the Kremlin's official Telegram channel showed the two leaders shaking hands."
    assert segments_of(text) == [(text, Kind.SENTENCE)]


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
                                  "Read the article for a more detailed version.",
                                  "Check your airline's official app or website before setting off for the airport.",
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
                                  "Story continues below.",
                                  "Continue reading.",
                                  "Support our reporting by becoming a member today.",
                                  "Our journalism relies on readers like you, so please give what you can.",
                                  "Save articles to read later and create your own reading list.",
                                  "Add Newsonline as your preferred source on Google.",
                                  "Download the Hindustan Times app to read the latest news today.",
                                  "A version of this article appears in print on page A1 of the New York edition.",
                                  "This article was first published on The Conversation under a licence.",
                                  "This is a developing story and will be updated as more details emerge.",
                                  "This post will be updated as new information is available.",
                                  "The AP is solely responsible for all content on this page.",
                                  "An indictment is merely an allegation, and all defendants are presumed innocent.",
                                  "Watch: Students protest outside the parliament building.",
                                  "WATCH | The moment the bridge fell into the river.",
                                  "The Herald will track local fuel prices each week in our Money Matters section.",
                                  # the outlet pointing the reader to more of its own
                                  "For more on this story, see our special report on page 4.",
                                  "For more information, visit the council website or call the helpline.",
                                  "For more about the deal, read our explainer on the merger.",
                                  "See [the full statement](https://example.org/statement.pdf) for details.",
                                  "See the full text of the ruling for details of the fine.",
                                  "See page 4 for the timeline of the strike and the talks."])
def test_boilerplate_and_bylines(line: str) -> None:
    text = f"{line}\nThe summit opened on Monday with a speech by the host about regional trade.\n"
    kinds = dict(segments_of(text))
    assert kinds[line] in (Kind.BOILERPLATE, Kind.HEADING)
    assert Kind.SENTENCE in kinds.values()


@pytest.mark.parametrize("line", ["\u2014 AFP", "Source: Reuters", "(From AP)"])
def test_a_line_crediting_an_agency_is_furniture_not_a_heading(line: str) -> None:
    lead = _PACT_LEAD
    kinds = dict(segments_of(f"{line}\n\n{lead}\n"))
    assert kinds.pop(lead) is Kind.SENTENCE
    assert len(kinds) == 1 and set(kinds.values()) <= {Kind.BOILERPLATE, Kind.CAPTION}  # a bracket reads as a credit


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
    "The story continues after the war, when the family moved to the capital.",
    "Continue reading the statement, the judge told the clerk at the hearing.",
    "Read the article closely, the lawyer told the jury on the second day of the trial.",
    # sentences opening on "For more" or "See" that report news
    "For more than a decade, the port has lost business to its rivals in the north.",
    "For more on the economy, analysts expect a slowdown next year.",
    "See-through panels were fitted to the new bridge last year.",
    "Analysts see more cuts coming before the end of the year.",
    "\"See you in court for more talks,\" he told the crowd on Friday.",
])
def test_news_sentences_sharing_words_with_page_furniture_are_kept(line: str) -> None:
    assert segments_of(line) == [(line, Kind.SENTENCE)]


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
    # a credit holder with words in lower case, on its own line or after the caption's sentence
    "Soldiers stand guard outside the station as the armoured train arrives.\nPhoto: Press Office of the Mayor\n\n",
    "Soldiers stand guard outside the station as the armoured train arrives. Credit: Press Office of the Mayor\n\n",
    # a caption in Markdown emphasis, its credit inside it
    "*A flooded village in Morigaon district of Assam on Monday. (PTI Photo)*\n\n",
    "Soldiers stand guard outside the station as the armoured train arrives. Credit...Pool photo by Jane Doe\n\n",
    "Leaders exchange greetings during a bilateral meeting in the capital on Tuesday. (ANI Photo)(ANI)\n\n",
    "The two leaders walk to their talks past the guard of honour at the palace (centre) (AP)\n\n",
    # a photographer and whom they shoot for, in brackets
    "An aircraft takes off over the base in October 2018 during an exercise. (Jane Doe/Allied Joint Force Command)\n\n",
    # a credit with a full stop; an agency's own caption style
    "Spain's defender Olga Carmona celebrates after scoring the goal. Photo: JANE DOE/AFP.\n\n",
    "Soccer Football - Women's World Cup - Final - Fans in Madrid watch the final - Madrid, Spain - August 20, "
    "2023 Fans celebrate REUTERS/Jane Doe\n\n",
    # the photographer's name again after the credit
    "The minister receives the documents in Washington on March 7. (Photo by JANE DOE / AFP) "
    "(Photo by JANE DOE/AFP via Getty Images) / JANE DOE\n\n",
    # no credit, but opening as a caption does: the whole paragraph is the caption
    "File photo of the two leaders at the 2019 summit in Hanoi. They will meet again on Friday.\n\n",
    "In this photo released by the state news agency, the two leaders shake hands in the capital.\n\n",
    "This handout picture taken on Monday shows the damaged bridge over the river.\n\n",
    "*Picture shows rescue teams at the collapsed bridge on Tuesday morning.*\n\n",
    "Pictured: the two leaders at the airport after the plane landed on Tuesday.\n\n",
    "Bottom: The coastal area of the town is seen on Tuesday morning after the waves.\n\n",
    "Top left: the two leaders at the airport after the plane landed on Tuesday.\n\n",
    # a credit saying where the picture comes from
    "The two leaders at the estate in Woodside on Nov. 15, 2023. Screenshot via video courtesy The White House.\n\n",
    "The president greets the premier at the estate in Woodside on Nov. 15. Courtesy the White House.\n\n",
    # no credit, but placing the people of a wire picture and closing on its full date (printed twice)
    "Jane Doe (R) and John Roe walk together after a meeting in Woodside, California on November 15, 2023.\n"
    "Jane Doe (R) and John Roe walk together after a meeting in Woodside, California on November 15, 2023.\n\n",
    "Jane Doe (2nd L) greets John Roe at the palace in the capital on 15 November 2023.\n\n",
    # a credit in square brackets and capitals
    "Police block the entrance to the assembly in the capital late Tuesday. [NEWS1]\n\n",
    "Troops are spotted breaking the windows of the building in footage aired by a broadcaster. [SCREEN CAPTURE]\n\n",
])
def test_photo_captions_and_credits_are_not_quoted(caption: str) -> None:
    split = segments_of(caption + _BODY)
    assert [t for t, k in split if k is Kind.SENTENCE] == [_BODY]
    assert {k for t, k in split if t != _BODY} == {Kind.CAPTION}


@pytest.mark.parametrize("text", [
    "The ministry released a photo of the two leaders at the hotel on Tuesday.",
    "A photo of the two released on Tuesday showed them shaking hands at the airport.",
    "Images of the collapsed bridge spread quickly across social media on Tuesday.",
    "Photos of the meeting were released by the ministry late on Tuesday night.",
    "Top officials from both sides met for three hours at the ministry on Tuesday.",
    "This image of a nation at peace was shattered by the attack, analysts said.",
    "In this picture, the central bank emerges as the main loser of the year.",
    "Trade between the two rose by a fifth (to $2bn) over the year, officials said.",
    "Analysts compared the yen/dollar rate with the rouble's fall over the past year.",
    # a party after a name; a full date closing a sentence that places no one
    "Gov. Jane Doe (R) signed the bill into law on Monday, her office said in a statement.",
    "The two leaders last met at the palace in the capital on November 15, 2023.",
    "Footage from the scene showed rescuers digging through the rubble of the market.",
])
def test_sentences_about_photos_or_with_slashes_are_quoted(text: str) -> None:
    assert segments_of(f"{text}\n\n{_BODY}") == [(text, Kind.SENTENCE), (_BODY, Kind.SENTENCE)]


@pytest.mark.parametrize("end", [" (Yonhap)\n", "\n\n(Yonhap)\n", " Reuters\n", " CNN\n"])
def test_an_agency_signing_a_story_off_leaves_its_last_paragraph_news(end: str) -> None:
    text = ("Talks stall\n\nThe two sides met for three hours on Monday in Seoul. No date was set for the next "
            f"round of talks, Chang said.{end}")
    kinds = dict(segments_of(text))
    assert kinds["No date was set for the next round of talks, Chang said."] is Kind.SENTENCE
    assert kinds["The two sides met for three hours on Monday in Seoul."] is Kind.SENTENCE


def test_a_caption_shown_once_bare_and_once_with_its_credit_is_a_caption_twice() -> None:
    caption = "The deputy leader smiled as she entered the prime minister's office earlier on Friday."
    kinds = segments_of(f"{_BODY}\n\n{caption}\n\n{caption} Picture: Alamy\n\n{_BODY} Again.\n")
    assert [k for t, k in kinds if t == caption] == [Kind.CAPTION, Kind.CAPTION]
    assert kinds[0] == (_BODY, Kind.SENTENCE)


def test_a_bracketed_photo_credit_closing_the_article_is_no_sign_off() -> None:
    # "(EPA PHOTO)" says it credits a picture: the sentence before it is the caption, even at the foot of a page.
    caption = "Early results in the election are bearing out predictions of a landslide for the opposition."
    kinds = dict(segments_of(f"Count begins\n\n{_BODY}\n\n{caption} (EPA PHOTO)\n"))
    assert (kinds[_BODY], kinds[caption]) == (Kind.SENTENCE, Kind.CAPTION)


@pytest.mark.parametrize("credit", [" (KCNA)", "\n(KCNA)", " Reuters", " CNN"])
def test_a_caption_credited_to_an_agency_alone_is_still_a_caption(credit: str) -> None:
    text = f"Talks stall\n\nKim Jong Un inspects a missile launch site on Tuesday.{credit}\n\n{_BODY}"
    kinds = dict(segments_of(text))
    assert kinds["Kim Jong Un inspects a missile launch site on Tuesday."] is Kind.CAPTION
    assert kinds[_BODY] is Kind.SENTENCE


def test_a_caption_run_into_the_lead_paragraph_leaves_the_lead_quotable() -> None:
    lead = ["The president bestowed the order on the prime minister at the palace on Tuesday.",
            "The ceremony recognised his work for the partnership between the two countries."]
    caption = "The president decorates the prime minister during a ceremony in the capital."
    kinds = dict(segments_of(" ".join([*lead, caption, "(Photo by Jane Doe / AFP)"]) + f"\n\n{_BODY}"))
    assert [kinds[t] for t in [*lead, caption, _BODY]] == [Kind.SENTENCE, Kind.SENTENCE, Kind.CAPTION, Kind.SENTENCE]


def test_a_long_caption_the_page_prints_twice_is_a_caption_throughout() -> None:
    caption = ["Engineers set off a controlled demolition of the wreckage on May 13 in the harbour.",
               "An estimated 500-foot section of the bridge was removed by the blast.",
               "On March 26 the ship crashed into the bridge, which collapsed into the river."]
    shown = " ".join([*caption, "Photo: Getty Images"])
    split = segments_of(f"{shown}\n\n{shown}\n\n{_BODY}")
    assert [t for t, k in split if k is Kind.SENTENCE] == [_BODY]


def test_a_wire_copyright_line_is_no_credit_for_the_lead_above_it() -> None:
    text = f"Court rules\n\n{_BODY}\n\n\u00a9 2024 Thomson/Reuters. All rights reserved.\n"
    assert (_BODY, Kind.SENTENCE) in segments_of(text)


def test_a_teaser_cut_off_by_its_page_is_not_quoted() -> None:
    teaser = "In the modern enterprise, one of the main hurdles to effective analytics isn\u2019t a lack of data, it\u2019s [\u2026]"
    assert segments_of(f"{_BODY}\n\n{teaser}\n") == [(_BODY, Kind.SENTENCE), (teaser, Kind.FRAGMENT)]


@pytest.mark.parametrize("last, kinds", [
    # the story's last paragraph of two sentences, then the lead picture's credit printed at the foot
    ("The two sides still disagree on the border. Talks between them have so far failed.\n\n"
     "Photo: Press Office of the Mayor\n",
     [Kind.SENTENCE, Kind.SENTENCE, Kind.SENTENCE, Kind.CAPTION]),
    # a caption of one sentence over its credit at the foot stays a caption
    ("The mayor greets the minister at the airport.\n\nPhoto: Press Office of the Mayor\n",
     [Kind.SENTENCE, Kind.CAPTION, Kind.CAPTION]),
])
def test_a_credit_closing_the_article_leaves_a_paragraph_of_several_sentences_to_the_story(
        last: str, kinds: list[Kind]) -> None:
    assert [k for _, k in segments_of(f"{_BODY}\n\n{last}")] == kinds


def test_a_paragraph_reporting_what_was_said_over_a_credit_is_the_story_whose_caption_was_lost() -> None:
    # The page kept the picture's credit but lost its caption: the paragraph above it is news.
    news = ["The coast guard said that the pilot of its plane had escaped.",
            "Local television reported that the five other members of the crew had been found dead."]
    kinds = dict(segments_of(f"{_BODY}\n\n{' '.join(news)}\n\nPhoto: AFP\n\nThe runway stayed shut all night long.\n"))
    assert [kinds[t] for t in news] == [Kind.SENTENCE, Kind.SENTENCE]
    # A caption of two sentences reporting nothing still is one.
    caption = ["The two leaders walk past the guard of honour at the palace.", "They met again on the next day."]
    kinds = dict(segments_of(f"{_BODY}\n\n{' '.join(caption)}\n\nPhoto: AFP\n\nThe runway stayed shut all night.\n"))
    assert [kinds[t] for t in caption] == [Kind.CAPTION, Kind.CAPTION]


def test_a_credit_under_the_headline_is_over_the_caption_on_the_next_line() -> None:
    caption = "Soldiers stand near a tilted building in the city centre on Friday."
    lead = "The death toll from the earthquake has risen to 10, the authorities said on Friday."
    kinds = dict(segments_of(f"Death toll rises to 10\n\nIchiro Ohara / The Daily Shimbun\n{caption}\n\n{lead}\n"))
    assert [kinds[caption], kinds[lead]] == [Kind.CAPTION, Kind.SENTENCE]
    # After a blank line, the sentence under a credit is the story's lead.
    kinds = dict(segments_of(f"Death toll rises to 10\n\nIchiro Ohara / The Daily Shimbun\n\n{lead}\n\n{_BODY}\n"))
    assert kinds[lead] is Kind.SENTENCE


def test_a_caption_that_carries_its_own_credit_leaves_the_paragraph_above_alone() -> None:
    text = f"{_BODY}\n\nXi and Putin in the Kremlin on Tuesday (AP)\n\nThe talks ended late with no statement signed.\n"
    assert [k for _, k in segments_of(text)] == [Kind.SENTENCE, Kind.CAPTION, Kind.SENTENCE]


@pytest.mark.parametrize("heading", ["Photo gallery of the summit", "Photos: scenes from the capital",
                                     "PHOTOS: the day the earth shook the valley"])
def test_a_heading_naming_photos_does_not_make_a_caption(heading: str) -> None:
    text = f"{_BODY}\n\n{heading}\n\nThe talks ended late at night with no joint statement signed.\n"
    assert [k for _, k in segments_of(text)] == [Kind.SENTENCE, Kind.HEADING, Kind.SENTENCE]


def test_a_sentence_may_open_on_a_name_in_lower_case() -> None:
    text = "Officials met on Monday. eBay said it would cut 1,000 jobs in the region this year.\n"
    assert ("eBay said it would cut 1,000 jobs in the region this year.", Kind.SENTENCE) in segments_of(text)


@pytest.mark.parametrize("author, byline", [(None, "By Hyung-jin Kim and Jane Doe, AP\n\n"),
                                            ("Hyung-jin Kim", "")])
def test_notes_on_the_writer_are_not_quoted(author: str | None, byline: str) -> None:
    text = (f"Talks stall\n\n{byline}The two sides met for three hours on Monday in Seoul. Kim is expected to "
            "travel to Moscow later this year.\n\nHyung-jin Kim covers North and South Korea for The Associated "
            "Press, based in Seoul. The writer is a senior fellow at the Observer Research Foundation.\n")
    article = dataclasses.replace(plain_article(text), author=author)
    kinds = {s.text: s.kind for s in segment(article)}
    assert kinds["Kim is expected to travel to Moscow later this year."] is Kind.SENTENCE
    assert kinds["Hyung-jin Kim covers North and South Korea for The Associated Press, based in Seoul."] is Kind.BOILERPLATE
    assert kinds["The writer is a senior fellow at the Observer Research Foundation."] is Kind.BOILERPLATE


@pytest.mark.parametrize("byline, source", [("By Tomasz Wierzbicki, Senior Fellow, Eurasia Policy Review\n\n", None),
                                            ("", "Eurasia Policy Review")])
def test_an_outlet_telling_what_it_is_at_the_end_is_not_quoted(byline: str, source: str | None) -> None:
    text = (f"Routes through Europe\n\n{byline}The Eurasia Policy Review is one of the few outlets the envoy "
            "briefed before the trip.\n\nThe tour began in France and went on to Serbia and Hungary.\n\n"
            "The Eurasia Policy Review publishes independent analysis of Europe's relations with Asia. "
            "Views are the author's own.\n")
    article = dataclasses.replace(plain_article(text), source=source)
    kinds = {s.text: s.kind for s in segment(article)}
    # earlier, the outlet's name opens a sentence of the story; in the last paragraph, its note on itself
    story = "The Eurasia Policy Review is one of the few outlets the envoy briefed before the trip."
    assert kinds[story] is Kind.SENTENCE
    assert kinds["The tour began in France and went on to Serbia and Hungary."] is Kind.SENTENCE
    assert kinds["The Eurasia Policy Review publishes independent analysis of Europe's relations with Asia."] \
        is Kind.BOILERPLATE
    assert kinds["Views are the author's own."] is Kind.BOILERPLATE


def test_fragments_are_not_quoted() -> None:
    kinds = dict(segments_of("The visit lasted two days and ended with a joint statement on trade. Speculation remains intense."))
    assert kinds["Speculation remains intense."] is Kind.FRAGMENT


def test_dateline_is_left_out_of_the_quote() -> None:
    text = "SEOUL, June 19 (Reuters) - The two leaders signed a mutual defence pact at a ceremony in the capital.\n"
    assert segment_texts(text) == ["The two leaders signed a mutual defence pact at a ceremony in the capital."]


@pytest.mark.parametrize("dateline", ["KATMANDU, Nepal -- ", "NEW DELHI // ", "BEIJING/TOKYO (Reuters) - ", "SEOUL: ",
                                      "SINGAPORE \u2014 ", "Tuesday, September 12, 2023 \u2013 ", "12 Sept. 2023 - ",
                                      "Shillong, September 13: ", "New Delhi, 19 June 2024 - ",
                                      "SEOUL, South Korea (AP) \u2014 ", "(CNN) \u2014 ", "Pyongyang (AFP) \u2013 ",
                                      "New Delhi (PTI) - ", "New Delhi, Mar 3 (PTI) ", "Mumbai, March 3 (IANS) ",
                                  "Islamabad, Pakistan \u2014 ", "**PYONGYANG** \u2014 ", "__SEOUL (Reuters)__ - ",
                                  "**SEOUL:** ", "HANOI, 10 September (Meridian Wire) - ",
                                  "LONDON, 19 June 2024 (Reuters) - ", "SEOUL, June 19, 2024 \u2014 ",
                                  # a place on an accented capital; the bold closing after the dash
                                  "**S\u00c3O PAULO, March 3 (Reuters) -** ", "**M\u00c9XICO CITY** \u2014 ",
                                  "M\u00c9XICO CITY \u2014 ", "**PARIS, March 3 (AFP) -** ", "**PARIS \u2014** ",
                                  # a long dash touching the lead; a date alone before one; a minus for the dash
                                  "PARIS\u2014", "Sep. 8\u2014", "LAHAINA, Hawaii \u2212 ", "MOULAY BRAHIM, MOROCCO: ",
                                  # a live page's stamp on an update
                                  "UPDATE 3:15 p.m.: ", "Update, Aug 5, 2024 (11:40 PM ET): ",
                                  # a live page's time alone; an agency's dash touching the lead; a place and
                                  # its country before a bar
                                  "1410 \u2013 ", "9.55pm: ", "10:32 BST: ", "14:05 ", "ISLAMABAD (Reuters) -",
                                  "Tokyo, Jan. 2 (Jiji Press)--", "Tokyo, Jan. 2 (Jiji Press)-",
                                  "Derna (Libya) | ",
                                  # an agency after the country; TASS's own style
                                  "Seoul, South Korea CNN  \u2014  ",
                                  # an agency in brackets with its site and the date, after a comma
                                  "Harbourtown, (APP - Harbour Point News - 11th May, 2024) ",
                                  # a label an outlet sets before each part of its story
                                  "Details: ", "Background: ",
                                  # a month in capitals before the colon; a place and country before one; joined
                                  # agencies, after a syndicator's tag
                                  "BRATISLAVA, MAY 16: ", "Hualien, Taiwan: ", "Bratislava, May 16 (IANS/DPA) ",
                                  "(MENAFN- IANS) Bratislava, May 16 (IANS/DPA) ",
                                  "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, April 26 (KUNA) -- ",
                                  # a place in title case alone before a spaced long dash
                                  "Beijing \u2014 ", "Sao Paulo \u2013 ",
                                  # an outlet's name before a slash
                                  "Harbour News / "])
def test_dateline_after_a_headline_is_left_out_of_the_quote(dateline: str) -> None:
    # The usual shape of a saved page: the headline, a blank line, then the dateline opening the body.
    text = f"Leaders sign defence pact\n\n{dateline}The two leaders signed a mutual defence pact at a ceremony.\n"
    assert segment_texts(text) == ["Leaders sign defence pact", "The two leaders signed a mutual defence pact at a ceremony."]


@pytest.mark.parametrize("dateline", [
    "Feb. 4, 2026 (Capital Ledger) -- ", "VELDSTADT, 4 February 2026 (Le Petit \u00c9cho) - ",
    "\u00c9VRY, 4 February 2026 (AP) - ", "HANOI, 10 September (Le Petit \u00c9cho) - ", "\u00c9vry (AFP) \u2013 ",
    "\u00c9vry, 4 February 2026 - ", "4 February 2026 (AP): ", "**S\u00c3O PAULO, 3 March 2025 (Reuters) -** ",
    "**VELDSTADT, 4 February (Le Petit \u00c9cho)** - ",
    # places in title case beyond ASCII, or opening on a one-letter word, perhaps with a country
    "A Coru\u00f1a, Spain, March 3 - ", "S\u00e3o Paulo, 3 March - ", "Z\u00fcrich (AFP) \u2013 ",
    "Malm\u00f6, March 3 (AFP) ", "\u0141\u00f3d\u017a, Poland \u2014 ", "Le Havre, France, 4 February 2026 - "])
def test_datelines_byline_reads_are_left_out_of_the_quote_at_exact_offsets(dateline: str) -> None:
    # Date first, an agency or a place on an accented capital (the shapes byline.py reads a date or outlet
    # from), and places in title case of any alphabet.
    lead = "The court ruled on Wednesday that the data retention law was void."
    text = f"Court voids the law\n\n{dateline}{lead}\n"
    [_, quote] = segment(plain_article(text))
    assert (quote.text, quote.start, quote.end) == (lead, text.index(lead), text.index(lead) + len(lead))


def test_a_dateline_before_a_lead_opening_on_an_accented_capital_is_left_out() -> None:
    lead = "\u00c9lodie Martin, the court's president, said the data retention law was void."
    assert segment_texts(f"Court voids the law\n\nPARIS - {lead}\n")[1] == lead


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
    "Feb. 4 was the day the court finally ruled that the data retention law was void.",
    "June 19\u2014the day the court finally ruled that the data retention law was void.",
    "In 2024 (the last year) - The court ruled twice that the data retention law was void.",
    "19 July 2024: The day the court ruled that the data retention law was void at last.",
    "Smith, Jones and Brown (Democrats) - They said they would not attend the summit at all.",
    "Paris, the capital (France) - It hosted the summit of the two leaders for the third time.",
    "Since 4 February 2026 (Day One) - The court has ruled twice that the retention law was void.",
    "**19 July 2024:** The day the court ruled that the data retention law was void at last.",
    # a sentence opening on a function word in title case, not on a place
    "On Monday, Feb. 4, 2026 - The council voted to close the old bridge for repairs this spring.",
    "In Paris, March 3 - The council voted to close the old bridge for repairs this spring.",
    "Monday, Feb. 4 - The council voted to close the old bridge for repairs this spring.",
    "Tuesday, 3 March - The council voted to close the old bridge for repairs this spring.",
    "In Paris, March 3, 2025 - The council voted to close the old bridge for repairs this spring.",
    "By Tuesday, March 3, 2025 - The council had voted to close the old bridge for repairs.",
    "In Paris (AFP) - The council voted to close the old bridge for repairs this spring.",
    "Last year, 2025 - The council voted to close the old bridge for repairs this spring.",
    "On Friday, France, March 3 - The council voted to close the old bridge for repairs this spring.",
    # an adverb opening a sentence, not a place
    "Meanwhile, Beijing: The council voted to close the old bridge for repairs this spring.",
    "Separately, Japan: The council voted to close the old bridge for repairs this spring.",
    # a year in a chronology, not a live page's time
    "1945 \u2013 The council voted to close the old bridge for repairs that spring.",
    # two names parted by a slash before the rest of a noun phrase
    "Russia / Ukraine talks on the old bridge stalled again this spring, the council said.",
])
def test_capitals_opening_a_sentence_are_not_a_dateline(opening: str) -> None:
    assert segment_texts(f"Leaders meet\n\n{opening}\n")[1] == opening


def test_offsets_count_front_matter() -> None:
    text = "---\ntitle: X\n---\nThe ministers met on Monday to sign a new trade agreement between the countries.\n"
    body_start = text.index("The")
    [s] = segment(plain_article(text, body_start))
    assert text[s.start:s.end] == "The ministers met on Monday to sign a new trade agreement between the countries."


def test_markdown_table_rows_and_footnote_definitions_are_not_headings() -> None:
    """A table row or footnote definition is shown as written on the source page, never as a bold heading."""
    kinds = dict(segments_of(
        "The delegation met the minister on Monday [^1] to discuss trade.\n\n"
        "[^1]: The minister took office in May last year.\n\n"
        "| Item | Value |\n|------|-------|\n| Exports | $5bn |\n\n"
        "Trade between the two countries grew by a fifth last year.\n"))
    assert kinds["[^1]: The minister took office in May last year."] is Kind.FRAGMENT
    assert kinds["| Item | Value |"] is Kind.FRAGMENT
    assert kinds["|------|-------|"] is Kind.FRAGMENT
    assert kinds["| Exports | $5bn |"] is Kind.FRAGMENT
    assert kinds["Trade between the two countries grew by a fifth last year."] is Kind.SENTENCE


def test_a_labelled_list_item_under_a_heading_is_text_not_a_heading() -> None:
    text = ("Harbour Festival Draws Record Crowds: Fireworks and a Rain Delay\n\n"
            "The harbour festival drew its largest crowds yet over the weekend, organisers said.\n\n"
            "## Key figures\n\n"
            "- Visitors on the quays: 120,000, up from 90,000 last year\n"
            "- Boats in the parade: 64\n"
            "- Cost of the U.S. Navy band: $2m\n\n"
            "## What happens next\n\n"
            "- Dates for next year\n"
            "- Analysis: why the crowds came back to the harbour this year\n\n"
            "The council will publish a full report on the festival in the autumn.\n")
    kinds = dict(segments_of(text))
    assert kinds["Harbour Festival Draws Record Crowds: Fireworks and a Rain Delay"] is Kind.HEADING  # the title line
    assert kinds["Key figures"] is Kind.HEADING
    assert kinds["What happens next"] is Kind.HEADING
    assert kinds["Dates for next year"] is Kind.HEADING  # an item without a label: a section's name
    for item in ("Visitors on the quays: 120,000, up from 90,000 last year", "Boats in the parade: 64",
                 "Cost of the U.S. Navy band: $2m",
                 "Analysis: why the crowds came back to the harbour this year"):
        assert kinds[item] is Kind.FRAGMENT  # shown as text on the source page, not quoted


_PACT_LEAD = "The two leaders signed a defence pact at a ceremony in the capital on Wednesday."
_LOST_STOP = ("\u201cThis information was considered with the additional acoustic data provided by other partners and the "
              "decision was made to continue our mission as a search and rescue,\u201d a senior Navy official told reporters")


def test_a_long_paragraph_that_lost_its_full_stop_is_a_sentence() -> None:
    lead = _PACT_LEAD
    kinds = dict(segments_of(f"Pact signed\n\n{lead}\n\n{_LOST_STOP}\n\n{lead.replace('two', 'three')}\n"))
    assert kinds[_LOST_STOP] is Kind.SENTENCE


def test_a_long_paragraph_cut_off_by_the_end_of_the_file_is_a_fragment() -> None:
    lead = _PACT_LEAD
    cut = ("Kim has made it a top priority to launch a spy satellite, as he pushes his nuclear-armed country to "
           "step up the development of ballistic missiles, drones and attack su")
    for end in ("", "\n", "\n\n"):
        kinds = dict(segments_of(f"Pact signed\n\n{lead}\n\n{_LOST_STOP}\n\n{cut}{end}"))
        assert kinds[cut] is Kind.FRAGMENT
        assert kinds[_LOST_STOP] is Kind.SENTENCE  # a full stop lost before the end is still taken as lost


def test_a_long_standfirst_above_the_lead_is_not_a_sentence() -> None:
    lead = _PACT_LEAD
    kinds = dict(segments_of(f"Pact signed\n\n{_LOST_STOP}\n\n{lead}\n"))
    assert kinds[_LOST_STOP] is Kind.HEADING


def test_a_caption_with_the_agency_alone_on_the_line_under_it_is_a_caption() -> None:
    caption = "Rescue workers search for survivors in a collapsed house in the village on Saturday, after the quake."
    lead = "The country's deadliest earthquake in decades has killed at least 820 people, officials said on Saturday."
    kinds = dict(segments_of(f"Quake kills 820\n\n{caption}\nAFP\n\n{lead}\n\nRescuers worked through the night.\n"))
    assert kinds[caption] is Kind.CAPTION and kinds[lead] is Kind.SENTENCE


def test_a_long_caption_closed_by_an_agency_after_a_dash_is_a_caption() -> None:
    lead = _PACT_LEAD
    caption = ("Rescuers use a small excavator to search for survivors under the rubble of a collapsed house in the "
               "mountain village, on September 9, 2023, after the earthquake struck the province. \u2014 AFP")
    kinds = dict(segments_of(f"Quake\n\n{lead}\n\n{caption}\n\n{lead.replace('two', 'three')}\n"))
    assert kinds[caption] is Kind.CAPTION


def test_a_sign_off_run_on_after_the_last_sentence_is_a_credit_not_part_of_it() -> None:
    text = ("Bank raises rate\n\nThe central bank raised its key rate to 13 percent on Friday.\n\n"
            "It said the decision would help inflation return to its 4 percent target in 2024.\u2014Xinhua\n")
    segments = segment(plain_article(text))
    assert [(s.kind, s.text) for s in segments[1:]] == [
        (Kind.SENTENCE, "The central bank raised its key rate to 13 percent on Friday."),
        (Kind.SENTENCE, "It said the decision would help inflation return to its 4 percent target in 2024."),
        (Kind.CAPTION, "\u2014Xinhua"),  # a credit, as a caption's is
    ]
    last = segments[2]
    assert text[last.start:last.end] == last.text


def test_a_no_break_space_decoded_wrongly_after_a_full_stop_still_ends_the_sentence() -> None:
    # "\u00c2" is what a page decoded as Latin-1 leaves of a UTF-8 no-break space.
    lines = ["Meanwhile, the prime minister said the quake had claimed many lives.\u00c2",
             '"Very severe damage has been confirmed," he stated.\u00c2', "The toll rose to 64 on Tuesday."]
    assert segments_of("\n".join(lines)) == [(line, Kind.SENTENCE) for line in lines]


@pytest.mark.parametrize("lead", [
    "Zelensky \u2014 Ukraine's president \u2014 signed the pact at a ceremony.",  # an aside, set off by two dashes
    "Meanwhile \u2014 The two leaders signed the pact at a ceremony.",  # an adverb, not a place
    "Zelensky \u2014 Ukraine's U.S.-backed president \u2014 signed the pact.",  # an abbreviation inside the aside
])
def test_a_name_before_a_dash_that_is_no_dateline_stays_in_the_quote(lead: str) -> None:
    assert segment_texts(f"Leaders sign defence pact\n\n{lead}\n") == ["Leaders sign defence pact", lead]
