"""Attributions: found in their common forms, with the right source and label."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.analysis.model import PERSON, Entity, Mention
from desktop.analysis.sources import find_attributions
from desktop.analysis.tokens import sentences

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "trump-putin-call.txt"


def attributions(text: str, entities=()):
    return find_attributions(text, sentences(text), entities)


@pytest.fixture(scope="module")
def sample():
    text = SAMPLE.read_text(encoding="utf-8")
    return text, attributions(text)


def test_every_span_is_the_attribution_text(sample):
    text, found = sample
    assert all(text[a.start : a.end] == a.text for a in found)
    assert [a.start for a in found] == sorted(a.start for a in found)


def test_sample_article_every_anonymous_attribution_is_found_and_labelled(sample):
    _, found = sample
    anonymous = [(a.text, a.source) for a in found if a.anonymous and a.source]
    assert anonymous == [
        ("said several people familiar with the matter", "several people familiar with the matter"),
        ("said a person familiar with the call", "a person familiar with the call"),
        ("one of the people said", "one of the people"),
        ("people familiar with the matter said", "people familiar with the matter"),
        ("said two people familiar with the matter", "two people familiar with the matter"),
        ("the people said", "the people"),
        (
            "one of the people familiar with the calls said",
            "one of the people familiar with the calls",
        ),
        (
            "One former U.S. official who was familiar with the Putin call said",
            "One former U.S. official who was familiar with the Putin call",
        ),
        ("said people familiar with the call", "people familiar with the call"),
        ("said an official in Ukraine", "an official in Ukraine"),
        ("officials in Moscow said", "officials in Moscow"),
        ("U.S. intelligence agencies have reported", "U.S. intelligence agencies"),
        (
            "Ukrainian commanders have told The Washington Post",
            "Ukrainian commanders",
        ),
        (
            "A former U.S. official who was apprised of the call said",
            "A former U.S. official who was apprised of the call",
        ),
    ]


def test_sample_article_named_sources_are_not_anonymous(sample):
    _, found = sample
    named = {a.text: (a.source, a.kind) for a in found if not a.anonymous}
    assert named["said Steven Cheung, Trump’s communications director, in an email"] == (
        "Steven Cheung",
        "statement",
    )
    assert named["Kremlin spokesman Dmitry Peskov telling reporters"] == ("Dmitry Peskov", "told")
    assert named["Peskov said"] == ("Peskov", "said")
    assert named["Peskov added"] == ("Peskov", "said")
    assert named["Trump told NBC"] == ("Trump", "told")
    assert named["Russia’s Defense Ministry said"] == ("Russia’s Defense Ministry", "said")
    assert named["the ministry said"] == ("the ministry", "said")
    assert named["he said"] == ("Trump", "said")  # “What deal can we make? …,” he said.


@pytest.mark.parametrize(
    "sentence, text, source, anonymous, kind",
    [
        (
            "The plant will close in June, said a senior administration official.",
            "said a senior administration official",
            "a senior administration official",
            True,
            "said",
        ),
        (
            "The talks stalled, according to three diplomats briefed on the negotiations.",
            "according to three diplomats briefed on the negotiations",
            "three diplomats briefed on the negotiations",
            True,
            "according_to",
        ),
        (
            "According to the Transport Ministry, 40 trains were cancelled.",
            "According to the Transport Ministry",
            "the Transport Ministry",
            False,
            "according_to",
        ),
        (
            "Mayor Anne Hidalgo has said the games will be greener.",
            "Mayor Anne Hidalgo has said",
            "Anne Hidalgo",
            False,
            "said",
        ),
        (
            "The union confirmed that the strike would go ahead.",
            "The union confirmed",
            "The union",
            False,
            "said",
        ),
        (
            "The company said in a statement that no data was lost.",
            "The company said in a statement",
            "The company",
            False,
            "statement",
        ),
        (
            "“We are not done,” Senator Mark Ellis told reporters on Monday.",
            "Senator Mark Ellis told reporters",
            "Mark Ellis",
            False,
            "told",
        ),
        (
            "Two people close to the family wrote that the house was sold.",
            "Two people close to the family wrote",
            "Two people close to the family",
            True,
            "said",
        ),
        (
            "The minister reportedly offered to resign.",
            "reportedly",
            "",
            True,
            "reportedly",
        ),
        (
            "It was reported that the bridge had been closed.",
            "It was reported",
            "",
            True,
            "reported",
        ),
        (
            "Prices rose sharply, officials in Lagos said.",
            "officials in Lagos said",
            "officials in Lagos",
            True,
            "said",
        ),
        (
            "Two board members, who asked not to be named, said the talks had ended.",
            "Two board members, who asked not to be named, said",
            "Two board members",
            True,
            "said",
        ),
        (
            "Net debt rose to $8.2 billion, the company said in its quarterly filing.",
            "the company said in its quarterly filing",
            "the company",
            False,
            "statement",
        ),
        (
            "An engineer who worked on the site noted that the soil was toxic.",
            "An engineer who worked on the site noted",
            "An engineer who worked on the site",
            True,
            "said",
        ),
        (
            "It was previously reported that the board had met.",
            "It was previously reported",
            "",
            True,
            "reported",
        ),
        (
            "“Nothing has changed,” said Jane Doe, the agency’s director.",
            "said Jane Doe, the agency’s director",
            "Jane Doe",
            False,
            "said",
        ),
    ],
)
def test_attribution_forms(sentence, text, source, anonymous, kind):
    (found,) = attributions(sentence)
    assert (found.text, found.source, found.anonymous, found.kind) == (
        text,
        source,
        anonymous,
        kind,
    )


def test_he_said_resolves_to_the_nearest_named_speaker_before_it():
    text = (
        "Maria Lopez, the coach, said the team was ready. "
        "Rival coach Tom Berg said little. “We will see,” he said."
    )
    he = attributions(text)[-1]
    assert (he.text, he.source, he.anonymous) == ("he said", "Tom Berg", False)


def test_a_pronoun_with_no_named_speaker_before_it_keeps_the_pronoun():
    (found,) = attributions("“It is over,” she said.")
    assert (found.source, found.anonymous) == ("she", False)


def test_coordinated_verb_takes_the_sentence_subject():
    text = "Chancellor Olaf Brandt visited the plant and later said it would stay open."
    (found,) = attributions(text)
    assert (found.text, found.source, found.anonymous) == ("later said", "Olaf Brandt", False)


def test_recognised_entity_gives_the_canonical_name():
    text = "President Garcia said the border would reopen."
    entity = Entity("Elena Garcia", PERSON, (Mention("Garcia", 10, 16, PERSON),))
    (found,) = attributions(text, [entity])
    assert found.source == "Elena Garcia"


@pytest.mark.parametrize(
    "sentence",
    [
        "Peskov did not immediately respond to a request for comment.",
        "That said, the plan is sound.",
        "It is time to say goodbye.",
        "The call, which has not been previously reported, came on Thursday.",
        "Recent reports have shown a rise in prices.",
        "The talks between the United States and Canada resumed.",
        "The senator did not say whether she would run.",
        "With tears in her eyes she said nothing.",
        "He won in 40 states and lost in ten.",
    ],
)
def test_sentences_without_an_attribution_give_none(sentence):
    assert attributions(sentence) == ()


# Written after the rules, to estimate how they do on unseen text; the gold list is
# every attribution a careful reader would mark, with its anonymous/named label.
UNSEEN_ARTICLE = """\
Shares of Norvik Energy fell 12 percent on Wednesday after the company said it would cut \
its dividend, citing weaker demand for natural gas in Europe.
Chief executive Sofia Lindqvist told analysts on a conference call that the cut was \
temporary. "We expect to restore the dividend within two years," she said.
Analysts were skeptical. "This is the third warning in a year," said Omar Haddad, an \
energy analyst at Brightwater Capital.
The company has also been in talks to sell its Norwegian pipeline unit, according to three \
people with knowledge of the discussions. One of them said a deal could be announced as \
soon as next month.
A Norvik spokeswoman declined to comment on the talks.
The European Commission said on Thursday it would review the sale if a deal is reached.
Environmental groups have criticized the company for years. Greenpeace said in a report \
last year that Norvik had underreported its methane leaks.
The company disputed the report, saying its measurements met industry standards.
Investors also worry about debt. Norvik's net debt rose to $8.2 billion at the end of \
March, the company said in its quarterly filing.
It was previously reported that the board had discussed replacing Lindqvist. Two board \
members, who asked not to be named because the discussions were private, said those \
talks had ended.
Lindqvist has said repeatedly that she intends to stay. She told the Financial Times in \
April that she had "unfinished business" at the company.
A person close to the board said the directors remained divided.
"""
UNSEEN_GOLD = [
    ("the company said", False),
    ("Chief executive Sofia Lindqvist told analysts", False),
    ("she said", False),
    ("said Omar Haddad, an energy analyst at Brightwater Capital", False),
    ("according to three people with knowledge of the discussions", True),
    ("One of them said", True),
    ("The European Commission said", False),
    ("Greenpeace said in a report", False),
    ("saying", False),
    ("the company said in its quarterly filing", False),
    ("It was previously reported", True),
    (
        "Two board members, who asked not to be named because the discussions were private, said",
        True,
    ),
    ("Lindqvist has said", False),
    ("She told the Financial Times", False),
    ("A person close to the board said", True),
]


def test_unseen_article_recall_and_anonymous_label_accuracy():
    found = {a.text: a.anonymous for a in attributions(UNSEEN_ARTICLE)}
    hits = [(text, anonymous) for text, anonymous in UNSEEN_GOLD if text in found]
    assert len(hits) / len(UNSEEN_GOLD) >= 0.9
    assert all(found[text] == anonymous for text, anonymous in hits)
    assert len(hits) / len(found) >= 0.95  # precision


@pytest.mark.parametrize(
    "sentence, text, source, anonymous, kind",
    [
        (
            "Hannah Cole, the city's transport chief, said the bridge will reopen in May.",
            "Hannah Cole, the city's transport chief, said",
            "Hannah Cole",
            False,
            "said",
        ),
        (
            "The study's lead author, Dr. Ivan Petrov, said the results were surprising.",
            "The study's lead author, Dr. Ivan Petrov, said",
            "Ivan Petrov",
            False,
            "said",
        ),
        ("Viktor Ames, 61, said he had never seen such floods.", "Viktor Ames, 61, said",
         "Viktor Ames", False, "said"),
        ("Repairs will cost $4 million, the council estimated.", "the council estimated",
         "the council", False, "said"),
        ("The firm said in court filings that it had paid.", "The firm said in court filings",
         "The firm", False, "statement"),
        ("The deal was first reported by the Financial Times.",
         "reported by the Financial Times", "the Financial Times", False, "reported"),
        ("It was reported by Reuters that the mine had closed.", "It was reported by Reuters",
         "Reuters", False, "reported"),
        ("The club paid a reported $80 million fee.", "reported", "", True, "reported"),
        ("Shoppers said prices had doubled.", "Shoppers said", "Shoppers", True, "said"),
        ("A spokesperson for the FDA said the review was ongoing.",
         "A spokesperson for the FDA said", "A spokesperson for the FDA", True, "said"),
        ("Western intelligence agencies have reported troop movements.",
         "Western intelligence agencies have reported", "Western intelligence agencies", True,
         "reported"),
        ("The company rejected the claim, saying its products were safe.", "saying",
         "The company", False, "said"),
        ("Sen. Mara Quinn (D-Ohio) said the bill would pass.", "Mara Quinn (D-Ohio) said",
         "Mara Quinn", False, "said"),
        ("According to data from the statistics office, prices rose.",
         "According to data from the statistics office", "data from the statistics office",
         False, "according_to"),
        ("The board, which met on Tuesday, said the merger would proceed.",
         "The board, which met on Tuesday, said", "The board", False, "said"),
    ],
)
def test_more_attribution_forms(sentence, text, source, anonymous, kind):
    (found,) = attributions(sentence)
    assert (found.text, found.source, found.anonymous, found.kind) == (
        text, source, anonymous, kind,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Experts warn that the virus could spread.",  # warnings are not attributions (gold guideline)
        "Meanwhile, the talks stalled, and prices rose.",
        "The plan, which officials drafted, failed.",
    ],
)
def test_more_sentences_without_an_attribution(sentence):
    assert attributions(sentence) == ()


@pytest.mark.parametrize(
    "sentence, source_type, role",
    [
        ("“We are ready,” said Lena Brooks, the club’s chair.", "person", "club’s chair"),
        ("Kremlin spokesman Dmitry Peskov said the talks would go on.", "person", "Kremlin spokesman"),
        ("The Transport Ministry said 40 trains were cancelled.", "organisation", ""),
        ("The Washington Post reported that the plant would close.", "outlet", ""),
        ("According to a report by the World Bank, growth will slow.", "document", ""),
        ("Officials said the road was closed.", "anonymous", ""),
        ("“It is over,” she said.", "pronoun", ""),
        ("The minister reportedly offered to resign.", "unspecified", ""),
    ],
)
def test_source_type_and_role(sentence, source_type, role):
    (found,) = attributions(sentence)
    assert (found.source_type, found.role) == (source_type, role)


def test_source_span_and_entity_link():
    text = "Kremlin spokesman Dmitry Peskov said the talks would go on."
    entity = Entity("Dmitry Peskov", PERSON, (Mention("Dmitry Peskov", 18, 31, PERSON),))
    (found,) = attributions(text, [entity])
    assert text[found.source_start : found.source_end] == "Kremlin spokesman Dmitry Peskov"
    assert found.entity == "Dmitry Peskov"


def test_a_role_named_later_links_to_the_person_who_holds_it():
    text = (
        "Kremlin spokesman Dmitry Peskov said talks were possible. "
        "Later the Kremlin spokesman said the signs were positive."
    )
    found = attributions(text)
    assert (found[1].source, found[1].entity, found[1].anonymous) == (
        "the Kremlin spokesman", "Dmitry Peskov", False,
    )


def test_access_and_reason_for_anonymity():
    text = (
        "The talks collapsed, said two diplomats briefed on the negotiations, who spoke on "
        "condition of anonymity because they were not authorized to comment publicly."
    )
    (found,) = attributions(text)
    assert found.access == "briefed on the negotiations"
    assert found.anonymity_reason == "because they were not authorized to comment publicly"


def test_a_reason_given_like_others_applies_to_every_anonymous_person_source():
    text = (
        "The plan was shelved, said an aide, who, like others interviewed for this story, "
        "spoke on the condition of anonymity to describe private talks. "
        "The vote was delayed, two officials said. The agency said nothing."
    )
    aide, officials, agency = attributions(text)
    assert aide.anonymity_reason == officials.anonymity_reason == "to describe private talks"
    assert agency.anonymity_reason == ""


@pytest.mark.parametrize(
    "sentence, claim",
    [
        ("Prices rose sharply, officials in Lagos said.", "Prices rose sharply"),
        ("Trump told NBC on Thursday that he had spoken to 70 leaders.",
         "he had spoken to 70 leaders"),
        ("“We will win,” Ann Lee said during a rally in Ohio.", "“We will win,”"),
        ("Peskov added, “Trump is less predictable.”", "“Trump is less predictable.”"),
    ],
)
def test_claim_is_the_clause_or_quotation_the_attribution_vouches_for(sentence, claim):
    (found,) = attributions(sentence)
    assert sentence[found.claim_start : found.claim_end] == claim


def test_sample_article_access_role_and_reason(sample):
    text, found = sample
    by_text = {a.text: a for a in found}
    person = by_text["said a person familiar with the call"]
    assert (person.source_type, person.access) == ("anonymous", "familiar with the call")
    assert person.anonymity_reason == "to discuss a sensitive matter"
    apprised = by_text["A former U.S. official who was apprised of the call said"]
    assert apprised.access == "apprised of the call"
    assert apprised.anonymity_reason == "to discuss a sensitive matter"
    cheung = by_text["said Steven Cheung, Trump’s communications director, in an email"]
    assert (cheung.source_type, cheung.role) == ("person", "Trump’s communications director")
    assert by_text["Russia’s Defense Ministry said"].source_type == "organisation"


# Written after the rules of issue 6 to estimate them on unseen text (first run: recall 1.0,
# label accuracy 0.944, precision 1.0); two rules were then fixed on it, so it is now a dev text.
COUNCIL_ARTICLE = """\
BRISTOL, England — The city council will close two libraries next spring to save money, officials said on Tuesday, a decision that drew immediate criticism from parents and teachers.
"We have run out of options," council leader Martin Doyle told a packed meeting at City Hall. "Every department has been asked to cut, and libraries are no exception."
The closures will save about £1.2 million a year, according to council documents seen by the Bristol Post. A council spokeswoman confirmed the figure but declined to say how many jobs would be lost.
Union representatives said as many as 40 staff could be affected. Karen Walsh, a regional organiser for the Unison union, said members had not been consulted. "We found out from the newspaper," she said.
Two librarians, who spoke on condition of anonymity because they feared losing their jobs, said managers had known about the plan for months.
Parents have started a petition, which had more than 3,000 signatures by Wednesday evening, organisers said. Amira Khan, a mother of three, said the library was the only quiet place her children could study.
The council has said it will keep a mobile library service running. Doyle has also noted that usage of both branches fell by a quarter over five years.
Critics say the figures are misleading. A former council officer familiar with the budget said the decline reflected shorter opening hours, not lower demand.
The plan was first reported by BBC Radio Bristol last week. It was reportedly drawn up by outside consultants, though the council denied that in a statement.
"This is not the end of the story," said Liam Porter, an opposition councillor. He added that his party would try to overturn the decision at the next budget meeting.
"""
COUNCIL_GOLD = [
 ("officials said", True), ("council leader Martin Doyle told a packed meeting", False),
 ("according to council documents seen by the Bristol Post", False), ("A council spokeswoman confirmed", True),
 ("Union representatives said", True), ("Karen Walsh, a regional organiser for the Unison union, said", False),
 ("she said", False), ("Two librarians, who spoke on condition of anonymity because they feared losing their jobs, said", True),
 ("organisers said", True), ("Amira Khan, a mother of three, said", False), ("The council has said", False),
 ("Doyle has also noted", False), ("Critics say", True), ("A former council officer familiar with the budget said", True),
 ("first reported by BBC Radio Bristol", False), ("reportedly", True), ("said Liam Porter, an opposition councillor", False),
 ("He added", False),
]


def test_council_article_sources_found_and_labelled():
    found = attributions(COUNCIL_ARTICLE)
    for phrase, anonymous in COUNCIL_GOLD:
        start = COUNCIL_ARTICLE.index(phrase)
        end = start + len(phrase)
        (match,) = [a for a in found if a.start < end and start < a.end]
        assert match.anonymous == anonymous, phrase
    assert len(found) == len(COUNCIL_GOLD)
