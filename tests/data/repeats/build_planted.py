"""Build planted.json: original articles with repeats planted in them, and the pairs to find.

Run: python tests/data/repeats/build_planted.py
Each case lists its paragraphs; a planted pair names two sentences (exact strings that occur
once in the document). The kinds cover issue 5: exact copy, light edit, reordered phrase,
containment, changed number, and negatives built on a shared frame that must NOT pair.
"""

import json
from pathlib import Path

CASES = [
    {
        "name": "harbour_exact_and_edit",
        "paragraphs": [
            "The harbour board approved a plan on Tuesday to dredge the northern channel before the autumn storms.",
            "“We cannot let the shipping lane silt up again, it costs the town far too much,” said board member Rhona Gale.",
            "Fishermen have complained for years that the channel closes at low tide, stranding boats for hours.",
            "The dredging will cost 3.2 million pounds and take about eleven weeks, according to the board's engineers.",
            "Rhona Gale repeated her warning at the evening meeting: “We cannot let the shipping lane silt up again, it costs the town far too much.”",
            "Harbour officials said the work would begin in September if the contract is signed this month.",
            "The dredging will cost 3.2 million pounds and should take around eleven weeks, the board's engineers said.",
        ],
        "pairs": [
            ["We cannot let the shipping lane silt up again, it costs the town far too much,” said board member Rhona Gale.",
             "Rhona Gale repeated her warning at the evening meeting: “We cannot let the shipping lane silt up again, it costs the town far too much.”"],
            ["The dredging will cost 3.2 million pounds and take about eleven weeks, according to the board's engineers.",
             "The dredging will cost 3.2 million pounds and should take around eleven weeks, the board's engineers said."],
        ],
    },
    {
        "name": "clinic_reorder_and_number",
        "paragraphs": [
            "A rural clinic in the valley will double its night staff after a winter of record admissions, its director said.",
            "The clinic treated 4,812 patients between November and February, almost a third more than the year before.",
            "Nurses said the pressure came from flu and a shortage of beds at the regional hospital.",
            "Director Amal Sayegh said the extra shifts were paid for by a grant from the county health fund.",
            "Between November and February the clinic treated 5,812 patients, almost a third more than the year before.",
            "The grant from the county health fund pays for the extra shifts, director Amal Sayegh said on Friday.",
        ],
        "pairs": [
            ["The clinic treated 4,812 patients between November and February, almost a third more than the year before.",
             "Between November and February the clinic treated 5,812 patients, almost a third more than the year before."],
            ["Director Amal Sayegh said the extra shifts were paid for by a grant from the county health fund.",
             "The grant from the county health fund pays for the extra shifts, director Amal Sayegh said on Friday."],
        ],
    },
    {
        "name": "mine_containment",
        "paragraphs": [
            "The copper mine near Ostrava will close two shafts next spring after prices fell for a third year.",
            "About 600 miners work in the two shafts, and the company has promised to retrain those who stay.",
            "Union leader Petr Holub called the decision a betrayal of families who had worked there for generations.",
            "In a long statement, the company said that the copper mine near Ostrava will close two shafts next spring after prices fell for a third year, and that it regretted the decision deeply and would keep talking with the union.",
        ],
        "pairs": [
            ["The copper mine near Ostrava will close two shafts next spring after prices fell for a third year.",
             "In a long statement, the company said that the copper mine near Ostrava will close two shafts next spring after prices fell for a third year, and that it regretted the decision deeply and would keep talking with the union."],
        ],
    },
    {
        "name": "frames_only_negative",
        "paragraphs": [
            "The mayor said on Thursday that the city would repave four hundred streets before the election.",
            "The governor said on Thursday that the state would hire two thousand teachers before the new school year.",
            "The minister said on Thursday that the country would build three new bridges before the end of the decade.",
            "A spokesperson for the council did not immediately respond to a request for comment.",
            "A spokesperson for the teachers' union did not immediately respond to a request for comment.",
            "Residents interviewed on Friday said they doubted any of the promises would be kept.",
        ],
        "pairs": [],
    },
    {
        "name": "quote_group_of_three",
        "paragraphs": [
            "The festival will return to the old market square in June, organisers announced.",
            "“This square was built for music, and music is coming back to it,” said organiser Lena Voss.",
            "Tickets go on sale next week, with a limit of four per person to stop resellers.",
            "“This square was built for music, and music is coming back to it,” Voss told the local radio station.",
            "Neighbours worried about noise were offered free tickets and a hotline, the organisers said.",
            "“This square was built for music, and music is coming back to it,” she repeated at the press conference.",
        ],
        "pairs": [
            ["“This square was built for music, and music is coming back to it,” said organiser Lena Voss.",
             "“This square was built for music, and music is coming back to it,” Voss told the local radio station."],
            ["“This square was built for music, and music is coming back to it,” said organiser Lena Voss.",
             "“This square was built for music, and music is coming back to it,” she repeated at the press conference."],
        ],
    },
]


def span_of(text: str, sentence: str) -> list[int]:
    start = text.index(sentence)
    assert text.find(sentence, start + 1) == -1, f"not unique: {sentence[:40]}"
    return [start, start + len(sentence)]


def build() -> list[dict]:
    cases = []
    for case in CASES:
        text = "\n".join(case["paragraphs"]) + "\n"
        pairs = [{"a": span_of(text, a), "b": span_of(text, b)} for a, b in case["pairs"]]
        cases.append({"name": case["name"], "text": text, "pairs": pairs})
    return cases


if __name__ == "__main__":
    out = Path(__file__).with_name("planted.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
