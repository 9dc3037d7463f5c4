"""People and organisations: names, roles from the text, mentions cited to the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED_CORPUS
from insights_support import analyse_files, article, dossier_of, fixture_insights, two_articles

from generator.insights import analyse
from generator.insights.corpus import Corpus
from generator.insights.entities import _called_by_surname, _named_owners
from generator.insights.records import Entity, Insights
from generator.outlets import identify
from generator.pipeline import run
from generator.settings import make_settings


def _people(ins: Insights) -> dict[str, Entity]:
    """The people found, by name."""
    return {e.name: e for e in ins.entities if e.kind == "person"}


def _roles(tmp_path: Path, alpha: str, beta: str) -> dict[str, tuple[str, ...]]:
    """The roles of each person named in two undated articles, of sources Alpha and Beta."""
    _, ins = analyse_files(tmp_path, two_articles(alpha, beta))
    return {e.name: e.roles for e in ins.entities if e.kind == "person"}


def _entities_of(tmp_path: Path, text: str) -> tuple[Entity, ...]:
    """The entities found in one article of source Alpha, published on 27 July 2024."""
    _, ins = analyse_files(tmp_path, {"a.md": article("A", text, source="Alpha", published="2024-07-27")})
    return ins.entities


def test_roles_aliases_and_organisations(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Foreign Minister Sergei Lavrov met the press in the capital. Lavrov said the talks "
        "went well. Investigators from the National Transportation Safety Board arrived.",
        "The visit was led by his new defense minister, Andrei Belousov, on a rainy day. "
        "North Korean leader Kim Jong Un greeted him. Kim Il Sung Square was full."))
    people = _people(ins)
    orgs = {e.name for e in ins.entities if e.kind == "organisation"}
    assert people["Sergei Lavrov"].roles == ("Foreign Minister",)
    assert people["Sergei Lavrov"].aliases == ("Lavrov",)
    assert len(people["Sergei Lavrov"].citations) == 2
    assert people["Andrei Belousov"].roles == ("defense minister",)
    assert people["Kim Jong Un"].roles == ("North Korean leader",)
    # "Kim Il Sung Square" is not a mention of Kim Jong Un.
    assert len(people["Kim Jong Un"].citations) == 1
    assert "National Transportation Safety Board" in orgs
    c = people["Sergei Lavrov"].citations[1]
    text = (tmp_path / "corpus" / "a.md").read_text(encoding="utf-8")
    assert text[c.mark_start:c.mark_end] == "Lavrov"


def test_seed_people() -> None:
    ins = analyse(run(make_settings(corpus=SEED_CORPUS, progress=False)))
    people = _people(ins)
    assert people["Vladimir Putin"].roles[0] == "Russian President"
    assert "Putin" in people["Vladimir Putin"].aliases
    assert people["Jens Stoltenberg"].roles == ("NATO Secretary General",)
    assert people["Dmytro Kuleba"].roles == ("Ukrainian Foreign Minister",)
    assert "NATO" in {e.name for e in ins.entities if e.kind == "organisation"}
    assert ins.entities[0].name == "Vladimir Putin"


def test_fixture_people(tmp_path: Path) -> None:
    _, ins = fixture_insights(tmp_path)
    roles = {e.name: e.roles for e in ins.entities if e.kind == "person"}
    assert roles["Jennifer Homendy"] == ("NTSB Chair",)
    assert roles["Pete Buttigieg"] == ("Transportation Secretary",)
    assert "Maryland Governor" in roles["Wes Moore"]


def test_role_after_the_name(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "Jane Doe, the city's chief engineer, said the pier failed under the load. Moscow, the "
                   "capital, was cold and quiet that night.",
                   "Ann Lee, the head of the National Grid, said power would return by the evening.")
    assert roles == {"Jane Doe": ("city's chief engineer",), "Ann Lee": ("head of the National Grid",)}


def test_no_institution_or_initial_fragments(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The Manhattan District Attorney's Office brought the charges against the former "
        "president last year. District Attorney Alvin L. Bragg defended the handling of the "
        "case in a statement.",
        "Prosecutors working for Manhattan District Attorney Alvin Bragg called twenty witnesses "
        "over six weeks of testimony."))
    people = _people(ins)
    orgs = {e.name for e in ins.entities if e.kind == "organisation"}
    # "Office" is the attorney's office, not a person; "L." is Bragg's middle initial, not the end of a name.
    assert set(people) == {"Alvin Bragg"}
    assert people["Alvin Bragg"].aliases == ("Alvin L. Bragg",)
    assert len(people["Alvin Bragg"].citations) == 2
    assert "Manhattan District Attorney's Office" in orgs


def test_nationality_adjective_is_no_person(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Hanoi rejected a new official Chinese map published in August. Chinese ships have "
                             "shadowed Vietnamese fishing boats for months.", source="Alpha"),
        "b.md": article("B", "The agency's spokesman Ryan said the boats had been turned back twice that week.",
                        source="Beta"),
    })
    people = {e.name: e.roles for e in ins.entities if e.kind == "person"}
    # "Chinese" stands before nouns ("map", "ships"); "Ryan", a demonym's ending too, before a verb.
    assert people == {"Ryan": ("spokesman",)}


def test_organisation_full_name(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Shares of Trump Media & Technology Group fell sharply in extended trading on Thursday.",
        "Britain's Competition and Markets Authority approved the revised deal on Friday. The "
        "competition regulator said cloud gaming markets would stay open."))
    orgs = {e.name for e in ins.entities if e.kind == "organisation"}
    assert orgs == {"Trump Media & Technology Group", "Competition and Markets Authority"}



@pytest.mark.parametrize(("text", "expected"), [
    # The word before "and" is written nowhere else: it is part of the name, though never in lower case.
    ("The Food and Drug Administration approved the drug on Monday, officials said. The Food and Drug "
     "Administration said more trials were needed.", {"Food and Drug Administration"}),
    # The name ends on an adjective after "for": the words after "and" finish it.
    ("The Moroccan Centre for Scientific and Technical Research recorded the quake at magnitude 6.8, the "
     "agency said.", {"Moroccan Centre for Scientific and Technical Research"}),
    ("The Institute for European and International Studies said the talks went badly for all sides.",
     {"Institute for European and International Studies"}),
    # A body named on its own elsewhere is another organisation; a name ending on a noun is whole; a role
    # after "and" is someone's.
    ("The Pentagon and State Department said on Monday that the talks went well. The Pentagon said it "
     "would send more aid to the region. The state of the art is good.", {"Pentagon", "State Department"}),
    ("The Ministry of Defence and Minister Jane Roe said on Monday that the talks went well for both.",
     {"Ministry of Defence"}),
])
def test_organisation_name_cut_at_and(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert {e.name for e in _entities_of(tmp_path, text) if e.kind == "organisation"} == expected

def test_particles_join_a_name(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Harbour Commission President Marta van den Berg opened the new lock on the canal. "
        "Van den Berg said the works had come in under budget.",
        "Interior Minister Faisal al-Rashid toured the lock the next morning. The engineers "
        "thanked van den Berg and Rashid for their patience."))
    people = _people(ins)
    # "von", "der", "bin", "al-" and the like are inside a name, not where it ends: no "Marta", no "Faisal".
    assert set(people) == {"Marta van den Berg", "Faisal al-Rashid"}
    assert people["Marta van den Berg"].roles == ("Harbour Commission President",)
    assert set(people["Marta van den Berg"].aliases) == {"Van den Berg", "van den Berg"}
    assert len(people["Marta van den Berg"].citations) == 3
    assert people["Faisal al-Rashid"].aliases == ("Rashid",)


def test_surname_first_name(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Veltria's President Sun Mei-ling met the visiting delegation in the harbour city. "
                             "President Sun thanked the delegates for coming so far. She once taught at the Sun "
                             "Dao Academy.", source="Alpha"),
        "b.md": article("B", "Premier Hao spoke to reporters after the dinner. Hao Jun-wei, who has led the "
                             "cabinet since spring, took no questions.", source="Beta"),
        "c.md": article("C", "Foreign Minister Park Min-ho and Trade Minister Park Ji-woo signed the accord. "
                             "Minister Park said it would hold. King Aldric sent his good wishes to Aldric Moreau, "
                             "the harbour commissioner.", source="Gamma"),
    })
    people = _people(ins)
    # "Sun" is the first word of one person's name only (not of the academy's: that is no person);
    # "Hao" is written in full one way only.
    assert people["Sun Mei-ling"].aliases == ("Sun",)
    # "Veltria", written in the possessive, says whose the title is, and stays so: "Veltria's President".
    assert people["Sun Mei-ling"].roles == ("Veltria's President",)
    assert people["Hao Jun-wei"].roles == ("Premier",)
    assert people["Hao Jun-wei"].aliases == ("Hao",)
    # Two people with one family name stay two, and the bare family name is neither of them.
    assert {"Park Min-ho", "Park Ji-woo"} <= set(people)
    assert "Park" not in people["Park Min-ho"].aliases + people["Park Ji-woo"].aliases
    assert "Sun" not in people and "Hao" not in people
    # A king called by his first name is not the commissioner who shares it.
    assert people["Aldric"].roles == ("King",)
    assert people["Aldric Moreau"].roles == ("harbour commissioner",)


def test_news_agency_is_an_organisation(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The result was first carried by Veltria's official Tarvo news agency on the night of "
        "the vote. Veltrian ships stayed in port.",
        "The state news agency Norda said turnout was high. According to Tarvo, it was the "
        "highest in years. The Veltrian space agency launched a weather satellite the same week."))
    people = {e.name for e in ins.entities if e.kind == "person"}
    orgs = {e.name: e for e in ins.entities if e.kind == "organisation"}
    # "official" is an adjective here, not a role; "Veltrian" is a nationality, not an agency's name.
    assert people == set()
    assert set(orgs) == {"Tarvo", "Norda"}
    assert len(orgs["Tarvo"].citations) == 2


def test_a_title_written_short_titles_the_name_after_it(tmp_path: Path) -> None:
    people = _roles(tmp_path, "Democratic Sen. Ana Ruiz of Veltria and two colleagues urged a larger cut. Lt. Gen. "
                    "Ivo Tamm commanded the exercise.",
                    "Gov. Paul Marsh said the port would reopen. Governor Paul Marsh later visited the quay.")
    # The name ends before "of" and where its holder is from; "Gov." and "Governor" are one role.
    assert people == {"Ana Ruiz": ("Democratic Sen.",), "Ivo Tamm": ("Lt. Gen.",), "Paul Marsh": ("Governor",)}


def test_a_possessive_or_a_hyphened_adjective_after_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Pope Marius arrived on Tuesday. Pope Marius' visit drew crowds, and Pope Marius-themed scarves sold out.",
        "The Veltrian Workers' Party said it welcomed Pope Marius."))
    assert {e.name for e in ins.entities} == {"Marius", "Veltrian Workers' Party"}
    assert "Pope Marius' visit drew crowds" in " ".join(c.text for c in _people(ins)["Marius"].citations)


def test_a_surname_after_a_word_opening_the_sentence_is_still_a_surname_use(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Jon Kay spoke to the crowd on Monday. But Kay said the plan would work.", "Jon Kay left the hall."))
    assert "Kay" in _people(ins)["Jon Kay"].aliases


def test_a_company_word_in_lower_case_too_needs_a_companys_role(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Wall Street shares fell on Monday, and Wall Street traders blamed the rates.",
        "Wall Street stocks recovered a day later, as protesters marched down the street outside the exchange."))
    assert not [e for e in ins.entities if e.kind == "organisation"]


def test_a_rank_written_short_needs_a_full_name_after_it(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Gen Alpha shoppers spend more online. Brands court Gen Alpha on video apps.",
        "Gen Alpha children are glued to screens, and Gen AI tools spread."))
    assert not _people(ins)


def test_a_hyphened_adjective_after_a_name_leaves_the_name() -> None:
    from generator.insights.names import names_in
    assert names_in("The New Harbour-based firm said so.") == (("name", "New Harbour", ""),)
    assert names_in("Pope Marius-themed scarves sold out.") == (("person", "Marius", "Pope"),)


def test_a_title_for_one_chosen_titles_the_name_after_it(tmp_path: Path) -> None:
    people = _roles(tmp_path, "President-elect Ivo Tamm met the envoy on the veranda.",
                    "Prime Minister-designate Ana Ruiz said the talks were long.")
    assert people == {"Ivo Tamm": ("President-elect",), "Ana Ruiz": ("Prime Minister-designate",)}


def test_a_company_named_with_a_word_written_in_lower_case_too(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Tarvo Air CEO Ann Lee apologised on Sunday. Smoke hung in the air for hours. Tarvo Air has grounded "
        "its fleet.",
        "Norda Air said its flights ran as planned. Tarvo Air shares fell by a tenth. Harbour Steel's board met, "
        "and the Harbour port handles steel."))
    orgs = {e.name: e for e in ins.entities if e.kind == "organisation"}
    # "air" is written in lower case too, but "Tarvo" stands nowhere but in "Tarvo Air", and "Norda Air" does
    # not call it "Air"; "Harbour" stands alone too, so "Harbour Steel" may be the port's steel.
    assert set(orgs) == {"Tarvo Air"}
    assert len(orgs["Tarvo Air"].citations) == 3


def test_an_agency_named_without_the_word_agency_is_one(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Senior aides offered to resign, according to the Tarvo News Agency. Tarvo reports that the vote was close.",
        "Six parties submitted the bill to the assembly, Tarvo News reported. The minister resigned, according to the "
        "country's Tarvo news agency."))
    orgs = {e.name: e for e in ins.entities if e.kind == "organisation"}
    assert set(orgs) == {"Tarvo News Agency"}
    assert set(orgs["Tarvo News Agency"].aliases) == {"Tarvo News", "Tarvo"}
    assert len(orgs["Tarvo News Agency"].citations) == 4


def test_a_rank_written_short_without_its_full_stop_titles_the_name_after_it(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Pentagon spokesman Maj Gen Ivo Tamm said the drills were over. Gen Z voters were unmoved, Tamm said.",
        "Maj. Gen. Ivo Tamm told reporters the troops had left."))
    people = _people(ins)
    # British style drops the full stops; the rank is a title, not a first name, and "Gen Z" names no one.
    assert set(people) == {"Ivo Tamm"}
    assert len(people["Ivo Tamm"].citations) == 3


def test_a_particle_joining_two_surnames_keeps_both(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Prime Minister Ulo Correia e Silva met the envoy on Monday. Correia e Silva said the talks went well.",
        "Historian Ana Ortega y Gasset said the visit was overdue."))
    people = _people(ins)
    assert set(people) == {"Ulo Correia e Silva", "Ana Ortega y Gasset"}
    assert people["Ulo Correia e Silva"].aliases == ("Correia e Silva",)
    assert len(people["Ulo Correia e Silva"].citations) == 2


def test_a_ship_named_after_a_person_is_no_person(tmp_path: Path) -> None:
    people = _roles(tmp_path, "The two leaders toured the frigate Marshal Orlov in the harbour. Admiral Ivo Tamm "
                    "showed them the bridge.",
                    "The aircraft carrier Admiral Varga sailed at dawn, escorted by the destroyer General Pell.")
    # The title before a ship's name is part of the name; a title before a person still makes a role.
    assert people == {"Ivo Tamm": ("Admiral",)}


def test_days_and_months_are_no_part_of_a_name(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "On Monday the Harbour Police closed the quay to traffic. Deputy Mayor Ana Ruiz on "
        "Tuesday said it would reopen within the week.",
        "In March Harbour Police divers found the anchor. The quay reopened on Friday, as "
        "Deputy Mayor Ana Ruiz had promised."))
    people = {e.name: e.roles for e in ins.entities if e.kind == "person"}
    orgs = {e.name: e for e in ins.entities if e.kind == "organisation"}
    assert people == {"Ana Ruiz": ("Deputy Mayor",)}
    assert set(orgs) == {"Harbour Police"}
    assert len(orgs["Harbour Police"].citations) == 2


def test_organisation_short_of_its_of(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The Coastal Corps of Surveyors mapped the new channel in two days.",
        "Crews from the Harbour Board, the Coastal Corps and the city dredged the silt for "
        "a month."))
    orgs = {e.name: e for e in ins.entities if e.kind == "organisation"}
    assert set(orgs) == {"Coastal Corps of Surveyors", "Harbour Board"}
    assert orgs["Coastal Corps of Surveyors"].aliases == ("Coastal Corps",)
    assert len(orgs["Coastal Corps of Surveyors"].citations) == 2


def test_an_organisation_named_with_a_capitalised_the_is_the_same_organisation(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "According to the Gazette, The Harbour Board's chair resigned on Monday.",
        "Members of the Harbour Board voted to dredge the channel for a month."))
    orgs = {e.name: e for e in ins.entities if e.kind == "organisation"}
    assert "The Harbour Board" not in orgs
    assert len(orgs["Harbour Board"].citations) == 2


def test_initials_run_together(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Former Governor Walter H.W. Brandt laid the first stone in 1991. Brandt was later "
        "thanked by the council.",
        "Mayor Ana Ruiz's U.S. trip was cut short by the storm over the bay."))
    people = _people(ins)
    # "H.W." belongs to the name; "U." of "U.S." after a name in the possessive does not.
    assert set(people) == {"Walter H.W. Brandt", "Ana Ruiz"}
    assert people["Walter H.W. Brandt"].aliases == ("Brandt",)
    assert people["Ana Ruiz"].roles == ("Mayor",)


def test_capitalised_small_word_inside_a_sentence(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The appeal may go to the New Ostia Court of Appeals later this year. New filings "
        "are expected soon.",
        "Key dates in the case:\n\n- May 2023: The Harbour Board approves the pier."))
    orgs = {e.name for e in ins.entities if e.kind == "organisation"}
    # Inside a sentence "New" is part of the name; opening a sentence or a clause, "The" is not.
    assert orgs == {"New Ostia Court of Appeals", "Harbour Board"}


def test_speaker_and_a_roles_of_title_a_person(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The envoy met Ostland House Speaker Karl Brenner in the capital on a cold day. "
        "Secretary of State Mara Lindqvist said the talks had gone well.",
        "House Speaker Karl Brenner opened the session. Minister for Foreign Affairs Jon Hale "
        "spoke next."))
    people = _people(ins)
    orgs = {e.name for e in ins.entities if e.kind == "organisation"}
    # "Speaker" is a role; a role's "of ..." or "for ..." is the role's, not the person's.
    assert people["Karl Brenner"].roles == ("House Speaker", "Ostland House Speaker")
    assert people["Mara Lindqvist"].roles == ("Secretary of State",)
    assert people["Jon Hale"].roles == ("Minister for Foreign Affairs",)
    # "Ostland House" heads a role; a bare "House" names no one institution.
    assert orgs == {"Ostland House"}


def test_a_role_word_describing_a_noun_names_no_person(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The leaders dined at the Willow Garden, the official residence of the governor, "
        "on the last night.",
        "Ada Brook, a Lumen vice-president responsible for security, said the patch was "
        "safe."))
    people = _people(ins)
    # "official" describes the residence; "vice-president" is Ada Brook's role whatever follows it.
    assert set(people) == {"Ada Brook"}


def test_a_hyphened_adjective_is_no_part_of_a_name(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The tanker is owned by Oslo-based Fjord Carriers Ltd and was on charter.",
        "Ida Moss, a fellow at the Lisbon-based Institute for Maritime Studies, said so. "
        "The Kremlin-backed Volga Shipping Group declined to comment."))
    orgs = {e.name for e in ins.entities if e.kind == "organisation"}
    assert orgs == {"Fjord Carriers Ltd", "Institute for Maritime Studies", "Volga Shipping Group"}


def test_transliterations_of_one_name_are_one_person(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Ukrainian President Volodymyr Zelensky met the envoys. Zelensky said the talks "
                             "went well.", source="Alpha"),
        "b.md": article("B", "Ukrainian President Volodymyr Zelenskiy thanked the allies. Deputy Minister "
                             "Oleksandr Zelenska spoke after him.", source="Beta"),
        "c.md": article("C", "The allies met Volodymyr Zelensky in the morning. Zelenskiy later left for the "
                             "front.", source="Gamma"),
    })
    people = _people(ins)
    # One person spelt two ways, named as most sentences spell him; another ending is someone else.
    assert set(people) == {"Volodymyr Zelensky", "Oleksandr Zelenska"}
    assert set(people["Volodymyr Zelensky"].aliases) == {"Volodymyr Zelenskiy", "Zelensky", "Zelenskiy"}
    assert len(people["Volodymyr Zelensky"].citations) == 5


def test_a_role_word_that_describes_a_thing_makes_no_person(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "A video shared on the Kremlin's official Telegram channel captured the handshake. "
                             "The official Li Wei said the talks went well.", source="Alpha"),
        "b.md": article("B", "Chief executive Tim Cook unveils the phone. The official Telegram account was "
                             "quiet. Judo star Teddy Riner lit the cauldron.", source="Beta"),
    })
    people = {e.name: e.roles for e in ins.entities if e.kind == "person"}
    assert set(people) == {"Li Wei", "Tim Cook", "Teddy Riner"}
    assert people["Teddy Riner"] == ("Judo star",)


def test_a_regnal_number_is_part_of_a_name(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "King of Morocco Mohammed VI on Saturday declared three days of national mourning. "
                             "Article VI of the constitution was cited.", source="Alpha"),
        "b.md": article("B", "Pope Benedict XVI sent a message. King Mohammed VI visited the hospital. The "
                             "England XI won the match.", source="Beta"),
        "c.md": article("C", "Pope John Paul II visited Warsaw. John told the crowd he was glad.", source="Gamma"),
    })
    people = _people(ins)
    assert set(people) == {"Mohammed VI", "Benedict XVI", "John Paul II"}  # not a team's XI
    assert len(people["Mohammed VI"].citations) == 2  # not "Article VI"
    assert len(people["John Paul II"].citations) == 1  # "John" is not the pope


def test_a_name_spelt_with_a_hyphen_or_another_first_name_ending_is_one_person(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "North Korean leader Kim Jong Un arrived by train. Kremlin spokesman Dmitry "
                             "Peskov said the talks went well.", source="Alpha"),
        "b.md": article("B", "North Korean leader Kim Jong-un toured the site. Kremlin spokesperson Dmitri "
                             "Peskov declined to comment.", source="Beta"),
        "c.md": article("C", "Kim Jong Un later left for Vladivostok. Deputy Minister Kim Jong-il spoke after "
                             "him.", source="Gamma"),
        "d.md": article("D", "Russian Foreign Minister Sergei Ivanov spoke. French writer Serge Ivanov wrote back.",
                        source="Delta"),
    })
    people = _people(ins)
    # one ending for another is a spelling; a name with an ending and one without are two people
    assert set(people) == {"Kim Jong Un", "Dmitry Peskov", "Kim Jong-il", "Sergei Ivanov", "Serge Ivanov"}
    assert "Kim Jong-un" in people["Kim Jong Un"].aliases
    assert "Dmitri Peskov" in people["Dmitry Peskov"].aliases
    assert len(people["Kim Jong Un"].citations) == 3


def test_a_name_with_a_slip_of_one_letter_is_one_person(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Chinese President Xi Jinping arrived in Belgrade. Serbian President Aleksandar "
                             "Vucic greeted him.", source="Alpha"),
        "b.md": article("B", "Vucic praised President Xi Jingping's visit. Xi Jinping later left for Budapest.",
                        source="Beta"),
        "c.md": article("C", "Xi Jinping met Prime Minister Viktor Orban. Opposition leader Viktoria Orban "
                             "and the writer Maria Pereira spoke, as did the singer Mario Pereira.", source="Gamma"),
    })
    people = _people(ins)
    # One letter more inside a long word is a slip; at a word's end, or in a short word, another name.
    assert {"Xi Jinping", "Viktor Orban", "Viktoria Orban", "Maria Pereira", "Mario Pereira"} <= set(people)
    assert "Xi Jingping" not in people
    assert "Xi Jingping" in people["Xi Jinping"].aliases
    assert len(people["Xi Jinping"].citations) == 4


def test_role_after_the_name_without_an_article(tmp_path: Path) -> None:
    # "chair of ...", "president of ..." after a name make a person as "the chair of ..." does ...
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Lina Khan, chair of the U.S. Federal Trade Commission, warned of fragile systems. "
                             "Tony Estanguet, president of the organising committee, told the crowd it was a triumph. "
                             "The leaders, Joe Biden, President Xi and Olaf Scholz, met in Berlin.",
                        source="Alpha", published="2024-07-27"),
    })
    people = {e.name: e.roles for e in ins.entities if e.kind == "person"}
    assert people["Lina Khan"] == ("chair of the U.S. Federal Trade Commission",)
    assert people["Tony Estanguet"] == ("president of the organising committee",)
    # ... but a list of names is no role ("Joe Biden, President Xi").
    assert "Joe Biden" not in people


def test_accented_and_plain_spellings_are_one_person(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "French sprint queen Marie-Jose Perec lit the cauldron with the judoka.",
                        source="Alpha", published="2024-07-27"),
        "b.md": article("B", "Marie-José Pérec, the three-time Olympic champion, lit a cauldron in the Tuileries.",
                        source="Beta", published="2024-07-27"),
        "c.md": article("C", "The crowd cheered as Pérec raised the torch above the garden.",
                        source="Gamma", published="2024-07-28"),
    })
    (perec,) = [e for e in ins.entities if e.kind == "person" and "Perec" in e.name]
    assert perec.name == "Marie-Jose Perec"
    assert sorted({c.article for c in perec.citations}) == ["a", "b", "c"]
    assert "Marie-José Pérec" in perec.aliases
    # The citation marks the name as the sentence spells it.
    cite = next(c for c in perec.citations if c.article == "b")
    assert cite.text[cite.text_start:cite.text_end] == "Marie-José Pérec"


def test_what_a_person_does_is_a_role(tmp_path: Path) -> None:
    # Sport and stage people are named by what they do, in lower case before or after the name ...
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Basketball star LeBron James and tennis player Coco Gauff carried the flag. "
                             "Teddy Riner, the judoka, lit the cauldron. Jane Doe, the star attraction, arrived. "
                             "The Star Alliance said flights resumed.", source="Alpha", published="2024-07-27"),
    })
    people = {e.name: e.roles for e in ins.entities if e.kind == "person"}
    assert people == {"LeBron James": ("Basketball star",), "Coco Gauff": ("tennis player",),
                      "Teddy Riner": ("judoka",)}
    # ... but "star" before another noun is an adjective, and inside a capitalised name no role.
    assert "Star Alliance" in {e.name for e in ins.entities if e.kind == "organisation"}


def test_eyewitnesses_named_after_their_words_are_people(tmp_path: Path) -> None:
    # A speaker named after the verb closing a quotation, with what they are, or called by surname later ...
    found = _entities_of(tmp_path, "\u201cThe walls fell on us,\u201d said Jane Roe, a resident of the village. "
                                   "\u201cWe slept outside,\u201d said 36-year-old John Doe. "
                                   "Doe went back to the house later. "
                                   "\u201cWe will work together,\u201d the Harbour Prime Minister said.")
    people = {e.name: e.roles for e in found if e.kind == "person"}
    assert people == {"Jane Roe": ("resident of the village",), "John Doe": ()}
    # ... but a title alone is nobody's name.
    assert not [e for e in found if "Minister" in e.name]


def test_a_namesake_named_in_full_is_not_cited_for_the_person(tmp_path: Path) -> None:
    found = _entities_of(tmp_path, "Prime Minister Anna Marlow met the envoy. Talks went well, Prime Minister "
                                   "Marlow said. The accord was one Peter Marlow had hoped for in 1997. "
                                   "Defiant Marlow refused to step down on Tuesday.")
    (anna,) = [e for e in found if e.kind == "person" and "Marlow" in e.name]
    assert anna.name == "Anna Marlow"
    # Peter is someone else; "Defiant" opening a sentence is no given name.
    assert [c.text[c.text_start:c.text_end] for c in anna.citations] == ["Anna Marlow", "Marlow", "Marlow"]


def test_the_subject_after_a_place_is_not_its_role(tmp_path: Path) -> None:
    # "Singing from the Eiffel Tower, the Canadian star performed": the star is the subject of the
    # sentence, not a role of the tower; an apposition closes before the verb ("..., the judoka, lit").
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Singing from the Eiffel Tower, the Canadian star performed a love song. "
                             "Speaking in New York, the foreign minister said talks would go on. "
                             "Teddy Riner, the judoka, lit the cauldron.", source="Alpha", published="2024-07-27"),
    })
    people = {e.name for e in ins.entities if e.kind == "person"}
    assert people == {"Teddy Riner"}


def test_a_name_that_sings_or_speaks_is_called_by_its_surname() -> None:
    assert _called_by_surname("Jane Roe", ["Roe was soaked."])
    # A body speaks too, but the text never calls it by its last word alone.
    assert not _called_by_surname("Delta Air Lines", ["Delta Air Lines said flights resumed."])


def test_a_title_in_its_past_form_replaces_the_bare_title(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Former President John Roe is now a candidate. Former President John Roe spoke. "
                             "He was appointed by President John Roe in 2018.", source="Alpha"),
    })
    people = _people(ins)
    assert people["John Roe"].roles == ("former President",)


def test_a_clipped_first_word_is_the_organisation_it_shortens(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The Federal Reserve on Wednesday cut rates by half a point. Later the Fed said "
        "inflation was easing. Fed Chair Jerome Powell spoke to reporters.",
        "The Pentagon said the package was ready. The Department of Defense declined to "
        "comment."))
    orgs = {e.name: e for e in ins.entities if e.kind == "organisation"}
    assert "Fed" not in orgs
    assert orgs["Federal Reserve"].aliases == ("Fed",)
    assert len(orgs["Federal Reserve"].citations) == 3
    assert "Pentagon" in orgs


def test_an_acronym_and_a_country_written_short_are_the_organisation_they_shorten(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The Office of Harbour Dredging closed the channel on Monday. The OHD said divers "
        "would inspect the piers. The Federal Port Commission opened an inquiry.",
        "The US Federal Port Commission fined the operator in May. HSB chief executive Jo Bell "
        "and the Harbour Survey Board both declined to comment. The US and the EU said nothing."))
    orgs = {e.name: e for e in ins.entities if e.kind == "organisation"}
    assert orgs["Office of Harbour Dredging"].aliases == ("OHD",)
    assert len(orgs["Office of Harbour Dredging"].citations) == 2
    assert orgs["Federal Port Commission"].aliases == ("US Federal Port Commission",)
    assert orgs["Harbour Survey Board"].aliases == ("HSB",)
    assert set(orgs) == {"Office of Harbour Dredging", "Federal Port Commission", "Harbour Survey Board"}


def test_an_initial_is_one_spelling_with_or_without_its_full_stop(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Agency chairman R. Velan said the lander was safe. R Velan later thanked the engineers who had "
        "worked through the night.",
        "Space agency boss R Velan punched the air after the touchdown."))
    people = {e.name: e for e in ins.entities if e.kind == "person"}
    assert len(people["R. Velan"].citations) == 3


def test_an_institution_that_speaks_is_cited_where_it_acts(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The leaders held formal talks in the Kremlin on Tuesday. The Kremlin said the "
        "talks lasted four hours. Guests were welcomed to the Kremlin with a band.",
        "It was, the Kremlin's choreography insisted, a meeting of equals. Kremlin sources "
        "said a deal was close."))
    kremlin = next(e for e in ins.entities if e.name == "Kremlin")
    assert kremlin.kind == "organisation"
    assert [c.text for c in kremlin.citations] == [
        "The Kremlin said the talks lasted four hours.", "It was, the Kremlin's choreography insisted, a meeting "
        "of equals.", "Kremlin sources said a deal was close."]


def test_a_title_in_a_sentence_of_years_before_is_past(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "President John Roe opened the first bridge in 1995 and came back in 2000. President "
                             "Ann Lee opened the second one on Monday.", source="Alpha", published="2023-09-11"),
        "b.md": article("B", "President Ann Lee said the first bridge was built in 2001 and lasted well.",
                        source="Beta", published="2023-09-12"),
    })
    roles = {e.name: e.roles for e in ins.entities if e.kind == "person"}
    # A title dated years before publication was held then; one dated now is current, whatever
    # else the sentence dates.
    assert roles == {"John Roe": ("former President",), "Ann Lee": ("President",)}


def test_roles_differing_only_in_case_are_one(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "Former President John Roe spoke first at the pier. Ann Lee, the harbour commissioner, "
                   "listened from the back. Harbour Commissioner Ann Lee thanked him.",
                   "The crowd cheered former President John Roe at the pier. Later, Ann Lee, the harbour "
                   "commissioner, left in a hurry.")
    # A qualifier capitalised only as a sentence's first word is written in lower case.
    assert roles == {"John Roe": ("former President",), "Ann Lee": ("harbour commissioner",)}


def test_a_role_with_a_country_before_it_is_the_bare_role(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "Secretary of State Jane Roe met the envoy at the port. Jane Roe, the U.S. Secretary of "
                   "State, flew home on Monday. Deputy Mayor Ann Lee and Mayor Ann Lee are one.",
                   "Ostrian Foreign Minister Ivo Marek spoke first. Foreign Minister Ivo Marek left the "
                   "talks early on Tuesday.")
    # "U.S." or a nationality before a role says whose it is; "Deputy" makes another role.
    assert roles["Jane Roe"] == ("U.S. Secretary of State",)
    assert roles["Ivo Marek"] == ("Ostrian Foreign Minister",)
    assert set(roles["Ann Lee"]) == {"Deputy Mayor", "Mayor"}


def test_an_institution_at_which_people_work_is_cited(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The Treasury said on Monday that rates would fall. It was her fourth election at the "
        "Treasury, she told reporters. The Kremlin said the talks had gone well. Formal talks "
        "at the Kremlin lasted more than an hour.",
        "The two leaders sat in the Kremlin for hours on end. The Treasury cut its forecast "
        "again on Friday."))
    cites = {e.name: [c.text for c in e.citations] for e in ins.entities if e.kind == "organisation"}
    # "in the Kremlin": a building, so "at the Kremlin" is a place too; the Treasury is never written as one.
    assert len(cites["Treasury"]) == 3
    assert cites["Kremlin"] == ["The Kremlin said the talks had gone well."]


def test_a_building_that_speaks_is_not_cited_where_it_is_a_place(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The Blue House said the visit had gone well. She arrived at the Blue House at noon "
        "on Monday. They met on the South Lawn of the Blue House for an hour. Dinner was "
        "served in the Blue House's East Room after a tour of the Blue House.",
        "Blue House officials said more talks would follow next month."))
    blue = next(e for e in ins.entities if e.name == "Blue House")
    assert [c.text for c in blue.citations] == ["The Blue House said the visit had gone well.",
                                                "Blue House officials said more talks would follow next month."]


def test_a_role_with_an_organisation_before_it_is_the_bare_role(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "The Treasury said on Monday that rates would fall. Treasury Secretary Jane Roe spoke "
                   "first at the pier. Secretary Jane Roe left the pier early on Monday. Foreign Minister "
                   "Ivo Marek and Minister Ivo Marek are one man.",
                   "The Treasury cut its forecast again on Friday. Treasury Secretary Jane Roe agreed "
                   "with the forecast on Friday.")
    # "Treasury", an organisation the text names, says whose the role is; "Foreign" makes another role.
    assert roles["Jane Roe"] == ("Treasury Secretary",)
    assert set(roles["Ivo Marek"]) == {"Foreign Minister", "Minister"}


def test_a_role_in_the_possessive_is_the_role_without_it(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "Ann Lee, the KLT's chief executive, said the deal was off. KLT Chief Executive Ann "
                   "Lee left the room.",
                   "KLT Chief Executive Ann Lee spoke again on Friday.")
    assert roles["Ann Lee"] == ("KLT Chief Executive",)


def test_a_named_part_of_a_building_is_a_place(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The Blue House said the visit had gone well. They spoke in the Blue House Rose Garden "
        "on Monday.",
        "Guests gathered on the Blue House South Lawn for an hour."))
    orgs = {e.name for e in ins.entities if e.kind == "organisation"}
    assert orgs == {"Blue House"}


def test_a_name_in_the_possessive_is_no_nationality(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Senator Vellan spoke to the chamber on Monday. The Vellan plan passed the chamber "
        "by a wide margin.",
        "Vellan's aides cheered in the gallery for an hour. Ostrian ships sailed home on "
        "Tuesday."))
    people = {e.name: e.roles for e in ins.entities if e.kind == "person"}
    # "Vellan", a demonym's ending before a noun, is a name: the text writes "Vellan's".
    assert people == {"Vellan": ("Senator",)}


def test_a_country_and_its_demonym_before_a_role_are_one_role(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "Ostrian Prime Minister Ivo Marek arrived at the pier. Ostria Prime Minister Ivo Marek "
                   "left at noon. Veldia President Ann Lee spoke first. Fardia Foreign Minister Jon Kay "
                   "met them.",
                   "Ostrian Prime Minister Ivo Marek flew home on Friday. Veldian President Ann Lee and "
                   "Veldian President Ann Lee again. Farish Foreign Minister Jon Kay left.")
    # The most given form shows; "Fardia" and "Farish" share too short a stem to be one country.
    assert roles["Ivo Marek"] == ("Ostrian Prime Minister",)
    assert roles["Ann Lee"] == ("Veldian President",)
    assert set(roles["Jon Kay"]) == {"Fardia Foreign Minister", "Farish Foreign Minister"}


def test_a_role_of_an_organisation_is_the_organisation_s_role(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "The Harbour Commission said the pier would reopen. Ann Lee, president of the Harbour "
                   "Commission, spoke first. Harbour Commission President Ann Lee left at noon. Foreign "
                   "Affairs Minister Jon Kay stayed.",
                   "Harbour Commission President Ann Lee flew home on Friday. Jon Kay, the Minister of "
                   "Foreign Affairs, met her. Foreign Affairs Minister Jon Kay left.")
    # The most given form shows.
    assert roles["Ann Lee"] == ("Harbour Commission President",)
    assert roles["Jon Kay"] == ("Foreign Affairs Minister",)


def test_a_name_the_text_writes_as_an_owner_says_whose_a_role_is(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "Velcorp president Jon Kay said the deal was done. Velcorp Inc made the offer on "
                   "Monday. Dravo spokesman Ivo Marek told reporters.",
                   "Velcorp has closed the deal, its president, Jon Kay, said. The Dravo's reply to the "
                   "offer was predictable. Spokesman Ivo Marek said the visit showed nothing. Foreign "
                   "Minister Ann Lee and Minister Ann Lee are one; the foreign press laughed.")
    # "Velcorp" opens an organisation's name, "Dravo" is written in the possessive: each says whose a role
    # is. "Foreign", which the text writes in lower case too, says which role it is.
    assert roles["Jon Kay"] == ("Velcorp president",)
    assert roles["Ivo Marek"] == ("Dravo spokesman",)
    assert set(roles["Ann Lee"]) == {"Foreign Minister", "Minister"}


def test_a_country_of_two_words_and_its_demonym_of_one_before_a_role_are_one_role(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "Saudi Foreign Minister Ivo Marek arrived at the pier. Saudi Arabia Foreign Minister "
                   "Ivo Marek left at noon. North Ostria President Ann Lee spoke first.",
                   "Saudi Foreign Minister Ivo Marek flew home on Friday. North Ostrian President Ann Lee "
                   "and North Ostrian President Ann Lee again.")
    assert roles["Ivo Marek"] == ("Saudi Foreign Minister",)
    assert roles["Ann Lee"] == ("North Ostrian President",)


def test_roles_of_countries_that_merely_open_alike_stay_two(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "Ostria Chancellor Ivo Marek arrived at the pier. Ostralian Chancellor Ivo Marek "
                   "left at noon.",
                   "Ostria Chancellor Ivo Marek flew home on Friday.")
    assert set(roles["Ivo Marek"]) == {"Ostria Chancellor", "Ostralian Chancellor"}


def test_a_country_and_its_irregular_demonym_before_a_role_are_one_role(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "French Prime Minister Ivo Marek arrived at the pier. France Prime Minister Ivo Marek "
                   "left at noon.",
                   "French Prime Minister Ivo Marek flew home on Friday.")
    assert roles["Ivo Marek"] == ("French Prime Minister",)


def test_a_day_or_a_month_in_the_possessive_is_no_owner(tmp_path: Path) -> None:
    dossier = dossier_of(tmp_path, two_articles(
        "Friday's talks ended late in the evening. The Dravo's reply to the offer was predictable.",
        "June's summit was put off until the autumn. The harbour reopened on Monday."))
    owners = _named_owners(Corpus.of(dossier, identify(dossier.articles)), set(), set())
    assert "Dravo" in owners
    assert not owners & {"Friday", "June"}


def test_a_title_of_state_is_not_the_state_title(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "Secretary of State Jane Roe met the envoy at the port. Jon Kay, the Minister of "
                   "Finance, met her. Finance Minister Jon Kay left.",
                   "State Secretary Jane Roe flew home on Friday. Secretary of State Jane Roe spoke.")
    # "Secretary of State" is a fixed title, "State Secretary" another office; "Minister of Finance" is
    # the "Finance Minister".
    assert set(roles["Jane Roe"]) == {"Secretary of State", "State Secretary"}
    assert len(roles["Jon Kay"]) == 1


def test_a_company_is_named_by_its_chief_executive_or_its_shares(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Velcorp CEO Ann Lee apologised for the outage on Friday. Velcorp shares fell by a tenth after the "
        "update crashed the machines. The update reached the Marlo Stock Exchange before noon. Jon Kay's "
        "shares rose all the same. Kay declined to comment on the sale when reached by phone. The Corsa "
        "steel's board met at noon.",
        "Dravo's board approved the deal on Monday. Dravo Air Lines said it cancelled 300 flights. Dravo "
        "cut its forecast a week later. Analysts at Pell Holdings Inc expect more, and Pell Holdings has "
        "said as much before. Velcorp has offered to pay for the lost flights. The steel came late."))
    orgs = {e.name: e for e in ins.entities if e.kind == "organisation"}
    # A company's role or holding names it ("Velcorp CEO", "Velcorp shares", "Dravo's board"), not a
    # person's ("Jon Kay's shares"), a name going on ("Marlo Stock Exchange" is no company "Marlo"), nor a word
    # the text writes in lower case ("Corsa steel"). "Dravo" is short for the body that speaks; "Pell Holdings"
    # is the company registered as "Pell Holdings Inc".
    assert set(orgs) == {"Velcorp", "Dravo Air Lines", "Pell Holdings Inc"}
    assert orgs["Dravo Air Lines"].aliases == ("Dravo",)
    assert orgs["Pell Holdings Inc"].aliases == ("Pell Holdings",)
    # A company is cited wherever it is named, not only where it acts as the Kremlin does.
    assert len(orgs["Velcorp"].citations) == 3
    assert len(orgs["Dravo Air Lines"].citations) == 3
    assert len(orgs["Pell Holdings Inc"].citations) == 1


def test_two_letters_before_a_role_are_no_organisation(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "US President Jane Roe arrived at the pier on Monday. KLT Chief Executive Ann Lee met her there.",
        "US President Jane Roe flew home on Friday after the talks at the pier."))
    # "US" before a title is as often a country as a body; "KLT", of three letters, is a body.
    assert {e.name for e in ins.entities if e.kind == "organisation"} == {"KLT"}
    assert _people(ins)["Jane Roe"].roles == ("US President",)


def test_a_name_with_an_initial_is_the_full_name_its_surname_stands_for(tmp_path: Path) -> None:
    # "foreign minister Jaishankar" makes the surname a person of its own; "S. Jaishankar" is still the one
    # full name whose first letter its initial is, not the surname alone.
    _, ins = analyse_files(tmp_path, two_articles(
        "External Affairs Minister S. Jaishankar said the talks had gone well. The talks were long, said foreign "
        "minister Jaishankar.",
        "India's Foreign Minister Subrahmanyam Jaishankar told reporters the meeting had lasted three hours."))
    people = _people(ins)
    assert set(people) == {"Subrahmanyam Jaishankar"}
    assert set(people["Subrahmanyam Jaishankar"].aliases) == {"S. Jaishankar", "Jaishankar"}
    assert len(people["Subrahmanyam Jaishankar"].citations) == 3


def test_an_initial_that_is_not_the_full_names_first_letter_is_another_person(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Harbour Minister K. Marlow said the ferry would sail again on Monday. The pier is repaired, said harbour "
        "minister Marlow.",
        "Port director Anna Marlow told reporters the ferry had been checked twice."))
    assert {"Anna Marlow", "K. Marlow"} <= set(_people(ins))


def test_a_letter_alone_is_nobody(tmp_path: Path) -> None:
    entities = _entities_of(tmp_path, "Mayor Jane Roe posted the news via her official X (formerly Twitter) account "
                                      "on Friday night. The post on X was seen two million times, Roe said.")
    assert [(e.kind, e.name) for e in entities if e.kind == "person"] == [("person", "Jane Roe")]


def test_a_sons_suffix_stays_in_his_name_but_is_no_surname(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "President John Roe Jr arrived on Monday. Roe said the talks went well.", source="Alpha"),
        "b.md": article("B", "Acme chief H. Jane Doe, Jr. said the deal was historic.", source="Beta"),
    })
    people = _people(ins)
    assert set(people) == {"John Roe Jr", "H. Jane Doe"}
    assert "Roe" in people["John Roe Jr"].aliases and "Jr" not in people["John Roe Jr"].aliases
    assert len(people["John Roe Jr"].citations) == 2
