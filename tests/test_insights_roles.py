"""A person's roles, one however worded: spellings, whose it is, countries and their demonyms, past titles."""

from __future__ import annotations

from collections import Counter

from generator.insights.roles import current_roles, former_roles, one_country


def test_spellings_of_one_role_are_one_the_most_given_first() -> None:
    roles = Counter({"Fed chair": 1, "Fed Chair": 2, "Chair": 1, "Minister of Finance": 1, "finance minister": 1,
                     "Secretary of State": 1, "State Secretary": 1})
    assert current_roles(roles, frozenset({"Fed"})) == ("Fed Chair", "Minister of Finance", "Secretary of State",
                                                         "State Secretary")


def test_a_nationality_after_a_point_of_the_compass_says_whose_a_role_is() -> None:
    assert current_roles(Counter({"North Korean leader": 3, "leader": 2})) == ("North Korean leader",)
    assert current_roles(Counter({"South African President": 1, "President": 1, "Vice President": 1})) == (
        "South African President", "Vice President")


def test_spellings_and_gendered_forms_of_a_role_are_one() -> None:
    assert current_roles(Counter({"Defence Minister": 3, "Russian Defense Minister": 2})) == (
        "Russian Defense Minister",)
    assert current_roles(Counter({"National Security Adviser": 2, "National Security Advisor": 1})) == (
        "National Security Adviser",)
    assert current_roles(Counter({"Kremlin spokesman": 2, "Kremlin spokesperson": 1, "spokeswoman": 1}),
                         frozenset({"Kremlin"})) == ("Kremlin spokesman",)


def test_a_title_written_short_or_after_a_party_is_the_title() -> None:
    assert current_roles(Counter({"Governor": 2, "Gov.": 1})) == ("Governor",)
    assert current_roles(Counter({"Democratic Sen.": 1, "Sen.": 1, "Senator": 1})) == ("Democratic Sen.",)
    assert current_roles(Counter({"President": 1, "Republican President": 1, "Vice President": 1})) == (
        "Republican President", "Vice President")


def test_a_title_also_given_in_its_past_form_is_no_current_role() -> None:
    assert current_roles(Counter({"President": 3, "former President": 1, "Senator": 1})) == ("Senator",
                                                                                             "former President")
    assert former_roles(Counter({"Prime Minister": 2})) == ("former Prime Minister",)


def test_an_irregular_demonym_is_its_country_s() -> None:
    # English's irregular pairs are one country; words that merely open alike are not.
    assert one_country("France", "French") and one_country("Spain’s", "Spanish")
    assert one_country("Philippines", "Philippine") and one_country("Japan", "Japanese")
    assert not one_country("Frank", "France") and not one_country("Spain", "Spanner")
    assert not one_country("Fardia", "Farish")


def test_a_demonym_is_its_country_s_name_and_a_demonym_s_ending() -> None:
    # English makes a demonym of the name, dropping a final vowel or the like: each such pair is one country.
    for country, demonym in (("Italy", "Italian"), ("Germany", "German"), ("Cuba", "Cuban"), ("Iraq", "Iraqi"),
                             ("Turkey", "Turkish"), ("Mexico", "Mexican"), ("Ukraine’s", "Ukrainian")):
        assert one_country(country, demonym) and one_country(demonym, country)


def test_a_word_that_merely_opens_like_a_country_is_not_its_demonym() -> None:
    # Four opening letters alike make no demonym: "Australian" is not Austria's, nor "Iranian" Iraq's.
    for country, word in (("Austria", "Australian"), ("Iraq", "Iranian"), ("Slovenia", "Slovakian"),
                          ("Indonesia", "Indian"), ("Indiana", "Indian"), ("Ostria", "Ostralian")):
        assert not one_country(country, word) and not one_country(word, country)
    assert one_country("Austria", "Austrian") and one_country("Australia", "Australian")


def test_nigerian_is_nigeria_s_demonym_not_niger_s() -> None:
    assert one_country("Nigeria", "Nigerian") and not one_country("Niger", "Nigerian")
