"""furniture: the lines of a news page that are not its report, whatever stage asks."""

from __future__ import annotations

import pytest

from generator.furniture import boilerplate, caption, credit_or_prompt, furniture, is_credit


@pytest.mark.parametrize("line", ["Related News", "This post will be updated as new information is available.",
                                  "Join our WhatsApp group for the latest updates", "Swipe or click to see more",
                                  # a live page's notes on itself, a feed's copyright
                                  "The headline has been updated on this post.",
                                  "We\u2019ve paused today\u2019s live coverage, but there\u2019s still lots to catch up on.",
                                  "See what you missed below and follow the AP\u2019s latest coverage on the collapse.",
                                  "Feed Copyright Guardian News and Media Limited or its affiliated companies.",
                                  "Follow 1News' live updates as England and Spain battle it out in Sydney.",
                                  "Match kicks off at 10pm, refresh the page for latest updates.",
                                  "For all the latest headlines follow our Google News channel online or via the app.",
                                  "Stay informed: follow our WhatsApp channel for breaking stories.",
                                  "That brings our live coverage of the final to an end, and we leave the last word to her.",
                                  "That's all from us for tonight, thanks for following along.",
                                  # a plea for money, a site's icon, the outlet's terms
                                  "Support UP or become our patron!", "Site icon The Harbour Daily",
                                  "You can share an article by clicking on the share icons at the top right of it.",
                                  "The total or partial reproduction of an article, without the prior written "
                                  "authorization of The Daily, is strictly forbidden.",
                                  # whose views the article holds
                                  "Views are the author's own.", "Views are my own.",
                                  "Opinions expressed are solely those of the author.",
                                  "The opinions in this column are the writer\u2019s own and do not reflect ours.",
                                  # the newsroom asking for comment, however long the note
                                  "Acme did not immediately respond to a request for comment.",
                                  "The Daily has reached out to the estate for comment on hosting the summit between "
                                  "the two world leaders, but did not get a response by its Wednesday afternoon "
                                  "press deadline.", "Representatives for the band did not return emailed requests "
                                  "for comment on Monday."])
def test_notes_and_prompts_are_boilerplate(line: str) -> None:
    assert boilerplate(line) and furniture(line)


@pytest.mark.parametrize("line", ["By Jane Doe and John Roe, Reuters", "Updated: 3:45 PM",
                                  "Watch the video above for the moment the bridge fell",
                                  "VIDEO COURTESY LT. GOV. JANE DOE", "Courtesy of the family"])
def test_bylines_stamps_and_words_to_the_reader(line: str) -> None:
    assert credit_or_prompt(line) and furniture(line)


@pytest.mark.parametrize("line", [
    "When the envoy visits #Veltria next week, he'll stop by the old harbour mosque in #Tarvo that has an unusual "
    "feature - a 28m tunnel connecting it to the city's cathedral across the road! #WonderfulVeltria "
    "pic.twitter.com/4hXw1iCWOq",
    "\u2014 Wonderful Veltria (@wonderfulvt) September 1, 2024"])
def test_an_embedded_post_is_boilerplate_however_long(line: str) -> None:
    assert boilerplate(line) and furniture(line)


def test_a_sentence_naming_a_handle_or_the_site_is_news() -> None:
    for line in ["The ministry posted the video on X (@veltriagov) on Monday, and it drew a million views.",
                 "The ministry announced the opening on X (@veltriagov) September 1, 2024, and said 3,000 people "
                 "crossed it on the first day.",
                 "Its account on twitter.com was suspended on September 2, 2024, the company said."]:
        assert not boilerplate(line) and not furniture(line)


@pytest.mark.parametrize("line", [
    "MORE|Storm plows across the state, pounding cities and whipping up tornadoes. At least 4 dead",
    "RELATED| Storm moves off the east coast; parts of the state still see heavy winds, rain | Streets of the old "
    "town flood near the bridge in the wake of the storm | Widespread damage and power outages across the state "
    "as high winds, tornadoes and flooding sweep it"])
def test_a_line_of_links_under_a_label_and_a_bar_is_boilerplate(line: str) -> None:
    assert boilerplate(line) and furniture(line)
    assert not furniture(line.replace("|", " ", 1))  # a bar right after the label makes it one


@pytest.mark.parametrize("line", ["LATEST | Storm makes landfall near the key as a Category 3 storm",
                                  "More| than 200 people died in the storm, officials said on Thursday."])
def test_a_headline_or_sentence_after_a_label_and_a_bar_is_no_line_of_links(line: str) -> None:
    assert not furniture(line, headline=True)


@pytest.mark.parametrize(("line", "credit"), [
    # a staff photographer and the paper they shoot for ...
    ("Ichiro Ohara / The Yomiuri Shimbun", True), ("Jane Doe/The Harbour Times", True),
    # ... not two places or two people
    ("North Korea / South Korea", False), ("Kim Jong Un / Vladimir Putin", False)])
def test_a_photographer_and_the_paper_is_a_credit(line: str, credit: bool) -> None:
    assert is_credit(line) is credit


@pytest.mark.parametrize("line", ["The report will be updated next year, the ministry said.",
                                  "By Monday, the death toll had risen to 14.", "Ferry service resumes after storm",
                                  "Join the two leaders at the summit, the host urged the prime minister.",
                                  "The story of the rescue was told in a documentary released on Tuesday.",
                                  "The publisher was accused of copyright infringement by the authors' guild.",
                                  "The museum's patron, a banker, paid for the reproduction of the fresco.",
                                  "Investors share fears that exports to the region will be prohibited.",
                                  "His views are well known in Moscow, where he served as ambassador.",
                                  "The views of the two leaders are their own business, the spokesman said.",
                                  # a party declining is its reaction; other things left unanswered are news
                                  "We will follow our allies on sanctions, the minister said.",
                                  "The Kremlin declined to comment on the report, the agency said.",
                                  "The firm did not respond to the crisis for three days, the inquiry found.",
                                  "Police contacted the family on Monday, a week after the crash."])
def test_news_and_headlines_are_not_furniture(line: str) -> None:
    assert not furniture(line)


@pytest.mark.parametrize("line, is_caption", [
    ("The harbour on Monday. (AP Photo)", True),
    ("Rescuers search the rubble of a house on Saturday after the quake. \u2014 AFP", True),
    ("Medical staff at the regional hospital, which took in the first victims. Photo: Jane Doe / The Daily", True),
    # the lead run together with a caption by a page's extraction: news
    ("The ferry resumed on Monday. Crowds came to see it. The mayor spoke. The harbour at noon. (AP Photo)", False),
    ("The ferry service resumed on Monday, a week after the storm closed the harbour.", False),
    # a credit in square brackets and capitals
    ("Police block the entrance to the harbour after the storm late Tuesday. [NEWS1]", True),
    ("Crews are seen breaking the windows in footage aired by a broadcaster. [SCREEN CAPTURE]", True),
    ("The ferry resumed on Monday. Crowds came to see it. The mayor spoke. The harbour at noon. [NEWS1]", False),
    ("He said it was [the mayor] who decided.", False),
    ("The ferry resumed on Monday. [Read more]", False),
    ("The ferry resumed on Monday, a week after the storm. [UPDATED]", False),  # a label, a number
    ("\"We will rebuild,\" the mayor said. [VIDEO]", False),
    ("[2024]", False),
])
def test_a_caption_closed_by_its_credit_is_furniture(line: str, is_caption: bool) -> None:
    assert caption(line) is is_caption and furniture(line) is is_caption
