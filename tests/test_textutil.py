"""Text helpers shared by the stages."""

from __future__ import annotations

import pytest

from generator.textutil import (content_stems, dangling, echoes_quotation, names_speaker, points_back,
                                speaker_unnamed, speaks_unquoted, spelled_out, stem, words)


@pytest.mark.parametrize("text, expected", [
    ("He said the talks went well.", True),
    ("“They will sign on Monday,” an aide said.", True),
    ("Its exports doubled.", True),
    ("But he is going to spend a lot of time in a cell.", True),
    ("And it is not a trivial risk, the judge added.", True),
    ("Sofia and Lima signed the accord.", False),
    ("Soldiers said so on Monday.", False),
    ("So far, 40 people have died in the floods.", False),
    ("Helicopters lifted residents from roofs.", False),
    ("The minister said he would resign.", False),
    ("This visit is the first since 2000.", False),
    # a reply or a consequence of what the sentence before told
    ("In response, India summoned the ambassador to discuss the remark.", True),
    ("In return, Moscow might consider technology transfers.", True),
    ("As a result, flights were cancelled.", True),
    ("Such joint work is especially important, he stressed.", True),
    ("In returning the artefacts, the museum broke a taboo.", False),
    ("Suchet, the minister, arrived on Monday.", False),
    ("Conversely, Russia is dealing with a shortage of weapons for its war.", True),
    ("However, these ties have strengthened remarkably since 2022.", True),
    ("In addition, the two sides agreed to resume flights.", True),
    ("On the other hand, exports fell.", True),
    ("In addition to the official talks, the leaders are scheduled to meet alone.", False),
    ("Still missing are three workers from the night shift.", False),
    ("Thus far no group has claimed the attack.", False),
    # an opening phrase naming no one, then the pronoun
    ("At a later news conference, he slipped up again.", True),
    ("Immediately after conceding defeat, she left for the capital.", True),
    ("As Modi arrived at the White House, he was given a guard of honour.", False),
    ("On Taiwan, the minister said nothing new.", False),
    ("", False),
])
def test_dangling_sentences_open_on_a_pronoun_or_a_conjunction(text: str, expected: bool) -> None:
    assert dangling(text) is expected


@pytest.mark.parametrize("text, expected", [
    ('"The idea was a pagan feast," he told French television. "I never wanted to shock anyone."', True),
    ("\u201cThis success belongs to all of humanity,\u201d she said.", True),
    ('"Yes," they quickly replied.', True),
    ("\u201cWe welcome the progress made since the last summit,\u201d it says.", True),
    ('"We will win," Zelensky said.', False),
    ('"The idea," said the director, "was a feast."', False),
    ("He said it would rain.", False),  # no quotation: dangling() tells this one
])
def test_a_quotation_that_a_pronoun_speaks_does_not_name_its_speaker(text: str, expected: bool) -> None:
    assert speaker_unnamed(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("That choice of host, and the warm words exchanged, signalled a shift.", True),
    ("This presents a potential risk for Putin.", True),
    ("These deals follow years of talks.", True),
    ("That is why the talks failed.", True),
    ("That\u2019s why the talks failed.", True),
    ("(This was the third attempt.)", True),
    ("This year marks the 60th anniversary of relations.", False),
    ("That week the leaders met twice.", False),
    ("Those who fled the town returned on Monday.", False),
    ("Thatcher visited Moscow in 1987.", False),
    ("\u201cThis is a historic day,\u201d Kim said.", False),
    ("The minister said this was a mistake.", False),
])
def test_a_sentence_opening_on_a_demonstrative_points_back(text: str, expected: bool) -> None:
    assert points_back(text) is expected


@pytest.mark.parametrize("forms", [
    ("sanction", "sanctions", "sanctioned"),
    ("plan", "planned", "planning"),
    ("plane", "planes"),
    ("state", "stated", "states", "stating"),
    ("mine", "mines", "mining"),
    ("agree", "agreed", "agreeing"),
    ("price", "prices", "priced"),
    ("meet", "meeting", "meetings"),
    ("war", "wars"),
])
def test_forms_of_a_word_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(w) for w in forms}) == 1


@pytest.mark.parametrize("a, b", [
    ("plan", "planes"),     # a short word keeps the final e that makes it another word
    ("mins", "mining"),
    ("war", "ware"),        # the e comes back only after -ed and -ing
    ("meet", "mete"),
])
def test_different_words_keep_different_stems(a: str, b: str) -> None:
    assert stem(a) != stem(b)


@pytest.mark.parametrize(("written", "spelled"), [
    ("a $45bn spending bill", "45 billion dollars"),
    ("a $1.85 BILLION arms package", "1.85 billion dollars"),
    ("losses of £60million", "60 million pounds"),
    ("a €122m contract", "122 million euros"),
    ("US$3bn in loans", "3 billion dollars"),
    ("turnover of 6.15bn", "6.15 billion"),
    ("rates of 4.75%", "4.75 percent"),
    ("up 5 per cent", "5 percent"),
])
def test_money_and_shares_are_spelled_out_for_matching_words(written: str, spelled: str) -> None:
    assert spelled in spelled_out(written)
    assert set(content_stems(spelled)) <= set(content_stems(written))


def test_shorthand_that_is_not_money_is_left_alone() -> None:
    for text in ("a 5m-long wall", "the 5k race", "percentage points", "$5 millionaire"):
        assert "million" not in content_stems(text) and "thousand" not in content_stems(text)


@pytest.mark.parametrize("a, b, echoed", [
    ("He thanked Accra for backing “our fight against illegal fishing”.",
     "“We value that Ghana supports our fight against illegal fishing,” he wrote.", True),
    ("“We value that Ghana supports our fight against illegal fishing,” he wrote.",
     "He thanked Accra for backing \"our fight against illegal fishing\".", True),
    ("He thanked Accra for backing “our fight against illegal fishing”.",
     "He thanked Accra for backing our fight against illegal fishing.", True),
    ("He warned that Europe must not be a “follower” of anyone.", "Europe is no follower, he said.", False),
    ("He thanked Accra for backing “our fight against illegal fishing”.",
     "“We value that Ghana supports the fight against fishing,” he wrote.", False),
    ("No quotation marks at all here.", "No quotation marks at all here.", False),
])
def test_a_quoted_phrase_of_two_words_or_more_held_by_the_other_sentence_is_an_echo(a: str, b: str,
                                                                                    echoed: bool) -> None:
    assert echoes_quotation(a, b) is echoed
    assert echoes_quotation(b, a) is echoed


def test_words_leave_accents_off_latin_letters() -> None:
    assert words("L’Hôtel de Ville, São Paulo and Zürich") == ["l'hotel", "de", "ville", "sao", "paulo", "and", "zurich"]


def test_ongoing_marks_a_statement_of_how_things_stand_not_an_intent() -> None:
    from generator.textutil import ongoing
    for text in ("Three of the workers are still missing.", "The gap remains wide.",
                 "No group has so far claimed the attack.", "The probe is ongoing, officials said.",
                 "The ship has yet to be moved."):
        assert ongoing(text), text
    for text in ("China said it would continue to promote peace talks.", "Six workers died in the collapse.",
                 "Stillwater officials met on Monday."):
        assert not ongoing(text), text


@pytest.mark.parametrize(("text", "unquoted", "named"), [
    ("Today in Kyiv, Prime Minister Jan Novak and I honoured the memory of the children.", True, False),
    ("We must make this possible, Petrenko said on X.", False, True),  # it names who speaks
    ("Our economy will grow next year, said Jane Roe.", False, True),
    ("We must make this possible, he said on X.", True, False),  # a pronoun names no one
    ("\u201cWe will win,\u201d Petrenko said.", False, False),  # quotation marks say it is quoted
    ("The US will fund the training of chip workers.", False, False),  # "US", the country
    ("It marked the end of World War I in the region.", False, False),  # a numeral
])
def test_a_statement_in_the_first_person_without_quotation_marks(text: str, unquoted: bool, named: bool) -> None:
    assert speaks_unquoted(text) is unquoted
    assert names_speaker(text) is named
