"""Names in one sentence: persons with the role the text gives them, organisations, places."""

from __future__ import annotations

from generator.insights.names import names_in


def test_a_name_that_sings_or_speaks_is_a_person() -> None:
    assert ("person", "Jane Roe", "") in names_in("Jane Roe, back on stage after years away, sang from the tower.")
    assert ("person", "Jane Roe", "") in names_in("Jane Roe said the show would go on.")


def test_possessive_appositive_role_and_building_as_place() -> None:
    assert ("person", "Jane Roe", "Smith's former lawyer") in names_in(
        "The payment that Jane Roe, Smith's former lawyer and fixer, made was hidden.")
    assert ("org", "Oval Office") not in [n[:2] for n in names_in("The two leaders met in the Oval Office on Monday.")]
    assert ("org", "Oval Office") not in [n[:2] for n in names_in("After an Oval Office meeting, he left.")]
    assert ("org", "White House") in [n[:2] for n in names_in("The White House said the deal was done.")]


def test_a_qualifier_of_time_stays_in_the_role() -> None:
    # "former President Donald Trump" is no "President"; nor "then-Secretary of State ..." or "the late Senator".
    assert ("person", "Donald J. Trump", "former President") in names_in(
        "Jane Roe, a governor appointed by former President Donald J. Trump, voted against.")
    assert ("person", "John Roe", "late Senator") in names_in("He laid a wreath for the late Senator John Roe.")
    assert ("person", "Jane Roe", "ex-Prime Minister") in names_in("ex-Prime Minister Jane Roe said so.")
    assert ("person", "Jane Roe", "then-Secretary of State") in names_in("It was then-Secretary of State Jane Roe.")
    # "then" alone is an adverb as often: the title stays as written.
    assert ("person", "Jane Roe", "President") in names_in("He spoke, and then President Jane Roe left.")


def test_a_role_ends_before_a_phrase_of_time() -> None:
    assert ("person", "Jane Roe", "Acme's chief executive") in names_in(
        "Jane Roe, Acme's chief executive for more than 30 years, is staying.")
    assert ("person", "Jane Roe", "chair of the Federal Trade Commission") in names_in(
        "Jane Roe, chair of the Federal Trade Commission since 2021, said no.")
    assert ("person", "Jane Roe", "analyst at Rhine Capital in Frankfurt") in names_in(
        "Jane Roe, an analyst at Rhine Capital in Frankfurt, said so.")


def test_a_palace_is_a_place_or_the_office_that_speaks() -> None:
    assert ("org", "Élysée Palace", "") in names_in("The Élysée Palace insisted that its position had not changed.")
    assert ("org", "Buckingham Palace", "") in names_in("Buckingham Palace said the king was well.")
    assert ("name", "Elysee Palace", "") in names_in("They held talks at the Elysee Palace on Monday.")
    assert ("org", "Kremlin", "") in names_in("Mr Xi invited him, and the Kremlin said he had accepted.")
    # The subject is another noun, or a country.
    assert ("org", "Paris Games") not in [n[:2] for n in names_in("Organisers of the Paris Games said all was well.")]
    assert ("org", "UK") not in [n[:2] for n in names_in("The UK said the rounds were standard.")]
    # A sentence opening with a preposition: the building is a place.
    assert ("org", "Oval Office") not in [n[:2] for n in names_in("In the Oval Office, Jane Roe told him so.")]
    assert ("org", "Oval Office") not in [n[:2] for n in names_in("Inside the Oval Office he handed over a medal.")]


def test_a_role_after_the_name_may_hold_an_abbreviation() -> None:
    assert ("person", "Donald Trump", "former U.S. president") in names_in(
        "Bishops deplored it, and Donald Trump, the former U.S. president, called the ceremony a disgrace.")


def test_a_name_stops_before_on_and_a_possessive() -> None:
    assert ("org", "Rivera Launch Centre", "") in names_in(
        "The rocket lifted off from the Rivera Launch Centre on Chile's northern coast.")
    assert [name for _, name, _ in names_in("The Committee on Foreign Relations met on Tuesday.")] == [
        "Committee on Foreign Relations"]


def test_a_country_in_the_possessive_before_a_title_stays_so() -> None:
    assert ("person", "Ivo Marek", "Ostria’s First Deputy Prime Minister") in names_in(
        "He was met by Ostria’s First Deputy Prime Minister Ivo Marek at the pier.")


def test_a_role_before_the_name_stops_at_a_day_or_a_preposition() -> None:
    assert ("person", "Jane Roe", "chief scientist") in names_in("On Monday chief scientist Jane Roe signed the letter.")
    assert ("person", "John Roe", "former president") in names_in(
        "Jane Doe returned as head of Acme alongside former president John Roe on Wednesday.")
    assert ("person", "Jane Roe", "Acme co-founder") in names_in("Acme co-founder Jane Roe said she regretted it.")


def test_a_plural_role_before_a_list_of_names_is_each_one_s() -> None:
    people = [n for n in names_in("On board are Agency astronauts Jane Roe and John Doe, with Acme staff.")
              if n[0] == "person"]
    assert people == [("person", "Jane Roe", "Agency astronaut"), ("person", "John Doe", "Agency astronaut")]
    assert [n[2] for n in names_in("The test pilots Jane Roe, John Doe and Ann Poe flew.")] == ["test pilot"] * 3
    # a list set off by a comma is in apposition to the plural, no title of each
    assert ("person", "Jane Roe", "leader") not in names_in("The leaders, Jane Roe and John Doe, met in Berlin.")
    # "and" closes the list; a verb that looks like a plural role gives none; an opening adverb is no part of it
    assert [n[2] for n in names_in("It carried astronauts Jane Roe and John Doe, Bill Poe said.")] == [
        "astronaut", "astronaut", ""]
    assert [n for n in names_in("The film stars Jane Roe and John Doe.") if n[0] == "person"] == []
    assert ("person", "Jane Roe", "Agency astronaut") in names_in("Earlier Agency astronauts Jane Roe and John Doe "
                                                                  "docked.")
    assert ("person", "Jane Roe", "chief scientist") in names_in("Meanwhile chief scientist Jane Roe said so.")


def test_an_adverb_opening_the_sentence_is_no_part_of_the_title() -> None:
    assert ("person", "Jane Roe", "Veldland's Foreign Minister") in names_in(
        "Earlier Veldland's Foreign Minister Jane Roe warned that pressure could backfire.")
    assert ("person", "John Doe", "President") in names_in("Meanwhile President John Doe said the talks went well.")


def test_a_title_that_is_an_adjective_too_before_one_word_names_no_one() -> None:
    # "General Electric" is a company and "General Election" a vote: no general named "Electric".
    for text in ("The deal with General Electric was signed on Thursday.", "General Atomics is a defence company.",
                 "Labour won the General Election by a landslide."):
        assert [n for n in names_in(text) if n[0] == "person"] == []
    # A rank written short, or before a full name, still titles a person.
    assert ("person", "Gerasimov", "Gen.") in names_in("Gen. Gerasimov attended the parade.")
    assert ("person", "Valery Gerasimov", "General") in names_in("General Valery Gerasimov attended the parade.")


def test_an_honour_is_no_part_of_the_name() -> None:
    # "Sir Keir Starmer" is the "Keir Starmer" of other outlets, titled as they title him.
    assert ("person", "Keir Starmer", "Labour leader") in names_in("Labour leader Sir Keir Starmer won the vote.")
    assert ("person", "Keir Starmer", "UK Prime Minister") in names_in("UK Prime Minister Sir Keir Starmer spoke.")
    assert ("person", "Jane Roe", "") in names_in("Dame Jane Roe said the show would go on.")


def test_a_role_word_after_a_linking_verb_is_a_predicate_not_a_title() -> None:
    assert [n for n in names_in("After his win was made official, Sir Keir Starmer thanked his staff.")
            if n[0] == "person" and n[2]] == []
    assert ("person", "Jane Doe", "official") in names_in("The official, Jane Doe, said it was over.")


def test_in_a_list_of_appointments_each_name_takes_the_role_after_it() -> None:
    named = names_in("Jane Doe was appointed as foreign secretary, Anna Marlow as home secretary and "
                     "John Roe as Chancellor of the Exchequer.")
    assert ("person", "Anna Marlow", "home secretary") in named
    assert ("person", "John Roe", "Chancellor of the Exchequer") in named
    assert not any(n[1] == "Anna Marlow" and n[2] == "foreign secretary" for n in named)
    # "as a dictator" judges; it names no office.
    assert [n for n in names_in("He described Jane Roe as a dictator.") if n[0] == "person"] == []
    # A role before a name is that name's: the one mistaken for the other has it not.
    named = names_in("He introduced Ruritanian president Jane Roe as Freedonian president John Doe on Friday.")
    assert ("person", "Jane Roe", "Ruritanian president") in named
    assert ("person", "John Doe", "Freedonian president") in named
    assert ("person", "Jane Roe", "Freedonian president") not in named
    assert ("person", "Anna Marlow", "chancellor") in names_in("Anna Marlow was confirmed as chancellor Friday.")


def test_a_name_of_the_role_may_end_in_ed_and_a_suffix_is_no_name() -> None:
    assert ("person", "Jane Roe", "United States president") in names_in(
        "United States president Jane Roe welcomed him.")
    assert ("person", "John Roe", "former president") in names_in("Following former president John Roe, she spoke.")
    named = names_in("Acme chief H. John Roe, Jr. said the deal was historic.")
    assert ("person", "H. John Roe", "Acme chief") in named and not any(n[1] == "Jr" for n in named)
    # A son's suffix stays in his name: he is not his father.
    assert ("person", "John Roe Jr", "President") in names_in("President John Roe Jr spoke.")


def test_a_first_lady_and_a_role_taken_up_are_titles() -> None:
    assert ("person", "Jill Roe", "First Lady") in names_in("He was welcomed by First Lady Jill Roe at the palace.")
    assert [n for n in names_in("Lady Gaga sang the anthem.") if n[2]] == []  # "Lady" alone titles no one
    assert ("person", "Anna Marlow", "chancellor") in names_in("Anna Marlow was confirmed as chancellor on Friday.")
    assert ("person", "Jane Roe", "president") in names_in("Jane Roe was sworn in as president on Monday.")
    assert [n for n in names_in("Jane Roe was described as the leader of the group.") if n[2]] == []
    assert ("person", "John Roe", "secretary of state") in names_in(
        "John Roe was appointed as secretary of state for energy security.")
    # A role's field names no one ("for Health").
    assert [n for n in names_in("Jane Roe, Secretary of State for Health, spoke.") if n[0] == "person"] == [
        ("person", "Jane Roe", "")]


def test_a_place_s_word_written_short_stays_in_its_name() -> None:
    assert names_in("St. Lucie County Sheriff Keith Pearson said five people died.") == (
        ("person", "Keith Pearson", "St. Lucie County Sheriff"),)
    assert names_in("The storm hit St. Petersburg and Ft. Myers on Wednesday.") == (
        ("name", "St. Petersburg", ""), ("name", "Ft. Myers", ""))
    assert names_in("It passed over Port St. Lucie.") == (("name", "Port St. Lucie", ""),)
    # a street's, after its name or number, ends the name
    assert names_in("A man was shot on Main St. Police said he fled.") == (
        ("name", "Main St", ""), ("name", "Police", ""))
    assert ("name", "Firefighters", "") in names_in("The fire broke out on 5th St. Firefighters said no one was hurt.")


def test_a_word_joined_to_a_prefix_in_lower_case_is_an_adjective_before_the_name() -> None:
    assert names_in("Biden made his first trip to sub-Saharan Africa as president.") == (
        ("name", "Biden", ""), ("name", "Africa", ""))
    assert ("person", "Jane Roe", "Minister") in names_in("He met pro-Western Minister Jane Roe in Harbourtown.")
    assert ("name", "Roe", "") in names_in("Crowds joined anti-Roe protests.")  # a name alone stays
    assert ("person", "Jane Roe", "Chair") in names_in("He met co-Chair Jane Roe.")
    # a former holder's prefix and a name's particle stay
    assert names_in("then-President Jane Roe spoke.") == (("person", "Jane Roe", "then-President"),)
    assert names_in("Prime Minister Omar al-Haddad spoke.") == (("person", "Omar al-Haddad", "Prime Minister"),)
