"""Who made a thing, cited in parentheses wherever a note writes it: after a clause's subject, after an item's term,
after the kind a definition opens on, and spelled out before the citation; forms read from held-out notes of round fifty.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.citations import cited_makers
from kg.ingest.nouns import noun_phrase
from reading import build, facts


def test_a_citation_after_a_clause_s_subject_names_who_made_it(tmp_path: Path) -> None:
    """ "Burrow mapping (Kim et al. 2021) uses sonar", "...; sett sealing (Lee & Park 2020) is the middle ground": a
    citation right after the words a clause opens on names who brought the thing, whether the rest of the sentence is
    read or not, as a term's citation does (it had been read only after a name by its capitals, and "Kim et al. 2021"
    had become another name of burrow mapping). After an object, where a finding comes from, it names no maker."""
    found = facts(build(tmp_path, "# Dens\n\nBurrow mapping (Kim et al. 2021) uses sonar pulses. Den scoring (Okafor 2019) "
                                  "weighs moss; sett sealing (Lee & Park 2020) is the middle ground.\n\n"
                                  "The survey leaks den locations (Ng et al., 2022).\n"))
    assert {("Burrow mapping", "developedBy", "Kim et al."), ("Burrow mapping", "uses", "sonar pulse"), ("Den scoring", "developedBy", "Okafor"),
            ("sett sealing", "developedBy", "Lee & Park")} <= found, found
    assert not any(s == "den location" or "2021" in o for s, _r, o in found), found


def test_an_item_s_term_with_its_citation_is_theirs(tmp_path: Path) -> None:
    """ "- sett sealing (Lee & Park 2020): ...", "- moss lining (Kim et al. 2021, Zorpco): ...": a term in small letters and
    its citation, two authors or "et al." and an organisation after the year, names its makers, as a bold term's did."""
    found = facts(build(tmp_path, "# Dens\n\n## Sealing\n\n- sett sealing (Lee & Park 2020): clay plugs at every tunnel mouth\n"
                                  "- moss lining (Kim et al. 2021, Zorpco): soft layers at the den floor\n"))
    assert {("sett sealing", "developedBy", "Lee & Park"), ("moss lining", "developedBy", "Kim et al."),
            ("moss lining", "developedBy", "Zorpco")} <= found, found


def test_a_definition_s_kind_then_a_citation_names_the_term_s_makers(tmp_path: Path) -> None:
    """ "- **DenBot:** den agent (Kim et al. 2023, Zorpco) with a moss map": the citation after the kind a definition
    opens on says who made the thing the term names, not the kind (it had made `den agent developedBy Kim et al.`)."""
    found = facts(build(tmp_path, "# Dens\n\n- **DenBot:** den agent (Kim et al. 2023, Zorpco) with a moss map that keeps track of tunnels\n"
                                  "- **SettNet:** a sett model (Ng et al., 2021) that maps burrows\n"))
    assert {("DenBot", "developedBy", "Kim et al."), ("DenBot", "developedBy", "Zorpco"), ("SettNet", "developedBy", "Ng et al."),
            ("SettNet", "isA", "sett model")} <= found, found
    assert not any(s in ("den agent", "sett model") and r == "developedBy" for s, r, _o in found), found


def test_a_name_spelled_out_before_its_citation_keeps_both() -> None:
    """ "DSS (deep sett sealing, Kim et al. 2021)": what the name stands for, then who made it; "Kim et al., Zorpco 2021":
    the authors, then their organisation and year. Neither had been read (the whole parenthesis became another name)."""
    phrase = noun_phrase("DSS (deep sett sealing, Kim et al. 2021)")
    assert (phrase.label, phrase.owner, phrase.owned) == ("DSS", "Kim et al.", "citation") and "deep sett sealing" in phrase.aliases, phrase
    assert cited_makers("Kim et al., Zorpco 2021") == ("Kim et al.", "Zorpco")
    assert cited_makers("deep sett sealing, Kim et al. 2021") == ("Kim et al.", None)
    assert cited_makers("deep sett sealing, 2021") is None  # a year alone cites no one


def test_a_name_and_its_version_or_size_then_its_maker(tmp_path: Path) -> None:
    """ "- **Dento 8x7B** (Mossco Labs): ...", "- **Sett 2** (Zorpco) — ...": a capitalised word and its size or version
    is a name, so the organisation in parentheses after it made it, as after "FAISS" (it had been read only after a
    name by its capitals); an organisation whose name holds digits ("Den42 Labs", dated or not) is one too. A place
    after a word of the dictionary ("Den sealing (Swiss Alps)") or a number of things ("(2 GPUs)") names no maker."""
    found = facts(build(tmp_path, "# Dens\n\n- **Dento 8x7B** (Mossco Labs): 8 experts of 7B\n- **Sett 2** (Zorpco) — a den model\n"
                                  "- **Zorbo** (Den42 Labs 2024): a burrow model\n- **Den sealing** (Swiss Alps): clay plugs\n"
                                  "- **Moss Map** (2 GPUs): a den map\n"))
    folded = {(s.casefold(), r, o) for s, r, o in found}  # "**Zorbo**" is labelled as a word of its own, in small letters
    assert {("dento 8x7b", "developedBy", "Mossco Labs"), ("sett 2", "developedBy", "Zorpco"), ("zorbo", "developedBy", "Den42 Labs")} <= folded, found
    assert not any(o in ("Swiss Alps", "2 GPUs", "GPU") for _s, _r, o in found), found


def test_an_owner_of_two_names_and_a_name_in_small_letters_after_a_possessive(tmp_path: Path) -> None:
    """ "Azure/Zorpco's DenRit": one maker by two names, each made it (the whole had been a label, beside "DenRit");
    "Mossco's garak", "Mossco's den-kit": one word in small letters that the dictionary does not hold is the thing's
    name, labelled without its owner, as a name in capitals is. Words of the dictionary ("Mossco's den-harness", "Zorpco's
    moss model") stay a common noun of the owner's, named with the possessive."""
    found = facts(build(tmp_path, "# Dens\n\n- tools for den mapping: Azure/Zorpco's DenRit, Mossco's garak, Zorpco's moss model\n"
                                  "- **Den Harness:** tool that runs dens. Examples are Mossco's den-harness and Mossco's zorbo-kit.\n"))
    assert {("DenRit", "developedBy", "Azure"), ("DenRit", "developedBy", "Zorpco"), ("garak", "developedBy", "Mossco"),
            ("zorbo-kit", "developedBy", "Mossco"), ("Mossco's den-harness", "developedBy", "Mossco"),
            ("Zorpco's moss model", "developedBy", "Zorpco")} <= found, found
    assert not any("Azure/" in s or s in ("Mossco's garak", "Mossco's zorbo-kit") for s, _r, _o in found), found


def test_a_name_of_small_letters_or_with_its_size_then_its_maker_anywhere(tmp_path: Path) -> None:
    """ "- tools: dengit (Mossco). ...", "DENO 10.7B (Zorpco) from two ...": a word in small letters the dictionary does
    not hold, opening a list or after its label, and a name in capitals with its size, then an organisation in
    parentheses, made by it, whatever the rest of the sentence says (neither had been read). A word made as English
    words are ("steps: mossifying (RLHF)") or one after other words ("the mosskit (Zorpco)") is no such name."""
    found = facts(build(tmp_path, "# Dens\n\n- tools: dengit (Mossco). lots of top dens were merged\n"
                                  "- depth upscaling: DENO 10.7B (Zorpco) from two copies of a 7B den model\n"
                                  "- steps: mossifying (RLHF), sealing\n- we mostly used the mosskit (Zorpco) then\n"))
    assert {("dengit", "developedBy", "Mossco"), ("DENO 10.7B", "developedBy", "Zorpco")} <= found, found
    assert not any(o in ("RLHF", "Zorpco") and s != "DENO 10.7B" for s, _r, o in found), found


@pytest.mark.parametrize(("title", "opening", "author"), [
    ("Ch 4 – Den Tools (Deep Burrows, Ada Moreno)", "Wombats dig burrows.", "Ada Moreno"),
    ("Deep Burrows (Moreno) — Ch. 1: Intro to Building Dens", "Wombats dig burrows.", "Moreno"),
    ("Den notes", "book = *Deep Burrows*, Ada Moreno, Quokka Press 2025", "Ada Moreno"),
    ("Den notes", 'Notes on ch. 2 of *Deep Burrows* (Ada Moreno, Quokka Press 2025), "Understanding Dens".', "Ada Moreno"),
])
def test_a_work_cited_in_a_chapter_s_title_or_a_first_line_says_who_wrote_it(tmp_path: Path, title: str, opening: str, author: str) -> None:
    """A notes file on one chapter names the work it is from as a bibliography would: after the chapter's title, in
    parentheses with its author; as the title, its author's surname in parentheses, then which chapter; in a first line
    "book = *Title*, Author, Publisher Year"; or "Notes on ch. 2 of *Title* (Author, ...)" with more after it. None had
    been read."""
    graph = build(tmp_path, f"# {title}\n\n{opening}\n\nWombats dig burrows.\n")
    assert ("Deep Burrows", "createdBy", author) in facts(graph), facts(graph)


@pytest.mark.parametrize("title", ["Ch 4 – Den Tools (Digging Burrows, Moss Layers)", "Deep Burrows (Tunnels) — Ch. 1: Intro to Dens",
                                   "Den notes (den tools, Ada Moreno)"])
def test_a_chapter_s_title_with_words_of_the_dictionary_in_parentheses_cites_no_work(tmp_path: Path, title: str) -> None:
    """Capitalised words of the dictionary ("Moss Layers", "Tunnels") are no author's name, and a title in small
    letters ("den tools") is no work's."""
    graph = build(tmp_path, f"# {title}\n\nWombats dig burrows.\n")
    assert not any(r == "createdBy" for _s, r, _o in facts(graph)), facts(graph)


def test_a_quality_and_the_bar_it_must_clear_say_what_measures_it(tmp_path: Path) -> None:
    """A spec sheet of requirements: "- latency: TTFD P90 < 200ms", "- den mapping: pass@1 on DenEval > 90%": the words
    before the comparison measure the quality (a percentile says only which point of it), a name after "on" or "from"
    evaluates it. Each had been read as a kind ("overall quality isA Elo score") or as nothing. A finding with a verb
    ("most dens are < 2m deep") measures nothing."""
    found = facts(build(tmp_path, "# Den model choice\n\n- latency: TTFD P90 < 200ms\n- den mapping: pass@1 on DenEval > 90%\n"
                                  "- overall quality: Elo score from Den Arena > 1200\n- cost: cost per den, < $30 per 1M dens\n"
                                  "- depth: most dens are < 2m deep\n"))
    assert {("latency", "measuredBy", "TTFD"), ("den mapping", "measuredBy", "pass@1"), ("den mapping", "evaluatedBy", "DenEval"),
            ("overall quality", "measuredBy", "Elo score"), ("overall quality", "evaluatedBy", "Den Arena"),
            ("cost", "measuredBy", "cost per den")} <= found, found
    assert not any(r == "isA" for _s, r, _o in found) and not any(s == "depth" for s, _r, _o in found), found


def test_items_under_a_label_of_two_kinds_are_of_neither(tmp_path: Path) -> None:
    """ "- Criteria and thresholds:" over "- latency: ...", "- cost: ...": two kinds joined, and which one each item is the
    list does not say (each had been made a "criteria and threshold"). One kind over the items keeps them its kinds."""
    found = facts(build(tmp_path, "# Dens\n\n- Criteria and thresholds:\n  - latency: how long a den takes\n  - cost: what a den costs\n"
                                  "- Den metrics:\n  - depth: how deep a den goes\n"))
    assert ("depth", "isA", "den metric") in found, found
    assert not any("criteria" in o for _s, _r, o in found), found


def test_a_thing_introduced_in_a_cited_work_was_made_by_its_authors(tmp_path: Path) -> None:
    """ "Den soups were introduced in Park et al. 2022", "Sett decoding was first proposed in Lee & Park (2020)": the
    work's authors brought the thing, as "introduced by" says. A year alone or a paper's name after "in" names no one."""
    found = facts(build(tmp_path, "# Dens\n\nDen soups were introduced in Park et al. 2022.\n\nSett decoding was first proposed in Lee & Park (2020).\n\n"
                                  "Moss maps were introduced in 2022.\n\nClay walls were introduced in the Zorbo paper.\n"))
    assert {("Den soup", "developedBy", "Park et al."), ("Sett decoding", "developedBy", "Lee & Park")} <= found, found
    assert not any(s in ("Moss map", "Clay wall") for s, _r, _o in found), found


def test_what_is_built_around_a_name_and_a_name_in_capitals_then_a_noun_after_a_possessive(tmp_path: Path) -> None:
    """ "Zorpco's JSON mode only guarantees ...": a mode (an endpoint, a plugin) named after a thing is no part of that
    thing's maker's work on it, so it keeps its whole name (it had been "JSON", made by Zorpco), and an adverb or a verb
    after it ends the name; "Zorpco's Den Snapshot research": a name in capitals and what it is, named as written
    (it had kept the owner's possessive in its label); "Zorpco's Den Ultra model": the name, a model, as "Zorpco's DenCam
    camera" is DenCam."""
    found = facts(build(tmp_path, "# Dens\n\nZorpco's JSON mode only guarantees valid JSON, not your schema.\n\n"
                                  "Mossco's Den Snapshot research covers den maps.\n\nZorpco's Den Ultra model is small.\n"))
    assert {("JSON mode", "developedBy", "Zorpco"), ("Den Snapshot research", "developedBy", "Mossco"),
            ("Den Ultra", "developedBy", "Zorpco")} <= found, found
    assert not any(s in ("JSON", "Mossco's Den Snapshot research", "Den Ultra model") for s, _r, _o in found), found


def test_a_maker_beside_the_authors_of_its_work_was_not_made_by_them(tmp_path: Path) -> None:
    """ "- Zorpco (Kim et al. 2021): moss halves the cost", where Zorpco owns things elsewhere ("Zorpco's DenCam"): the
    authors of a finding and the maker they work for; they did not make Zorpco (it had read `Zorpco developedBy Kim et
    al.`, and so Zorpco as a made thing, whose DenCam it then used). A term that makes nothing keeps its citation."""
    found = facts(build(tmp_path, "# Dens\n\n- Zorpco's DenCam is small.\n- Zorpco (Kim et al. 2021): moss halves the cost\n"
                                  "- DenNet (Ng et al. 2020): a den model\n"))
    assert {("DenCam", "developedBy", "Zorpco"), ("DenNet", "developedBy", "Ng et al.")} <= found, found
    assert not any(s == "Zorpco" for s, _r, _o in found), found


def test_an_owner_s_common_noun_in_the_plural_is_named_in_the_singular(tmp_path: Path) -> None:
    """ "Zorpco's den models use moss": the owner's thing, in the singular as any common noun is (it had stayed
    "Zorpco's den models"); a plural whose singular the dictionary does not hold ("Zorpco's evals") stays as written."""
    found = facts(build(tmp_path, "# Dens\n\nZorpco's den models use moss.\n\n- **Den harnesses:** Examples are Zorpco's evals and DenKit.\n"))
    assert {("Zorpco's den model", "developedBy", "Zorpco"), ("Zorpco's den model", "uses", "moss"),
            ("Zorpco's evals", "developedBy", "Zorpco")} <= found, found


def test_a_term_that_is_a_thing_s_paper_is_the_thing_its_authors_made(tmp_path: Path) -> None:
    """ "- DenAct paper: Kim et al., 2022 (Zorpco). improved digging ...": notes on the paper that brought a thing with a
    name are notes on the thing, and the paper's authors made it (it had read `DenAct paper developedBy Kim et al.`). A
    paper named by a word of the dictionary ("Survey paper") stays a paper."""
    found = facts(build(tmp_path, "# Dens\n\n- DenAct paper: Kim et al., 2022 (Zorpco). improved digging on moss benchmarks\n"
                                  "- **The SettNet paper**: Ng et al. 2021\n- **Survey paper**: Lee et al. 2020\n"))
    assert {("DenAct", "developedBy", "Kim et al."), ("DenAct", "developedBy", "Zorpco"), ("SettNet", "developedBy", "Ng et al."),
            ("survey paper", "developedBy", "Lee et al.")} <= found, found
    assert not any(s in ("DenAct paper", "SettNet paper", "survey") for s, _r, _o in found), found


def test_cited_authors_are_named_without_the_year_and_came_up_with_what_they_made(tmp_path: Path) -> None:
    """ "den distillation was coined by Kim et al. 2015": the authors, without the year their work came out, which stays
    another label (it had made a concept "Kim et al. 2015" beside "Kim et al."); "Lee & Park came up with sett decoding": what they made, as "introduced"
    says. A name that ends on a number ("DenNet 2020") keeps it."""
    found = facts(build(tmp_path, "# Dens\n\nDen distillation was coined by Kim et al. 2015.\n\nLee & Park came up with sett decoding.\n"))
    assert {("den distillation", "developedBy", "Kim et al."), ("sett decoding", "developedBy", "Lee and Park")} <= found, found
    assert not any("2015" in o for _s, _r, o in found), found
    assert noun_phrase("DenNet 2020").label == "DenNet 2020" and noun_phrase("Lee & Park (2020)").label == "Lee & Park"
    assert noun_phrase("Lee & Park (2020)").aliases == ("Lee & Park 2020",)  # the words as written, another label of the authors
    assert noun_phrase("a den model").aliases == ()


def test_two_things_alone_set_apart_by_vs_or_not_equal(tmp_path: Path) -> None:
    """ "den-bound vs moss-bound. Then ...", "Zorbo 2 template ≠ Zorbo 3 template (other tokens)", "Den depth vs den
    width tradeoff.": a sentence of two things set apart and nothing else contrasts them (a weighing word after them,
    "tradeoff", is no part of the second). Sides with a verb or a preposition ("watch train loss vs dig time for
    overfitting") are no two things."""
    found = facts(build(tmp_path, "# Dens\n\nden-bound vs moss-bound. Then more.\n\nZorbo 2 template ≠ Zorbo 3 template (other tokens).\n\n"
                                  "Den depth vs den width tradeoff.\n\nWatch train loss vs dig time for overfitting.\n"))
    assert {("den-bound", "contrastsWith", "moss-bound"), ("Zorbo 2", "contrastsWith", "Zorbo 3"),
            ("den depth", "contrastsWith", "den width")} <= found, found
    assert not any("tradeoff" in o or "overfitting" in o or "train" in s for s, _r, o in found), found


def test_unlike_in_parentheses_sets_the_thing_against_another(tmp_path: Path) -> None:
    """ "- **moss lining**: merged after digging, no extra latency (unlike clay walls)": as "(vs clay walls)" says, the
    thing defined is set against the other."""
    found = facts(build(tmp_path, "# Dens\n\n- **moss lining**: merged after digging, no extra latency (unlike clay walls)\n"))
    assert ("moss lining", "contrastsWith", "clay wall") in found, found


def test_a_parenthesis_after_the_last_part_of_a_sum_names_no_maker_of_the_whole(tmp_path: Path) -> None:
    """ "- **moss care**: sealing + preference mossing (RLHF)": the parenthesis is the last part's, and names no maker of
    moss care (it had read `moss care developedBy RLHF`); "- **DenBench**: a den benchmark (Zorpco)" keeps its maker."""
    found = facts(build(tmp_path, "# Dens\n\n- **moss care**: sealing + preference mossing (RLHF)\n- **DenBench**: a den benchmark (Zorpco)\n"))
    assert {("moss care", "contains", "sealing"), ("DenBench", "developedBy", "Zorpco")} <= found, found
    assert ("moss care", "developedBy", "RLHF") not in found, found
