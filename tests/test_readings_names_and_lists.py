"""Names with versions, lists a label says the kind of, and other forms read from held-out notes of round
forty-six.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from kg.ingest.markdown import parse
from kg.ingest.remarks import is_remark
from reading import build, build_files, facts, names


def test_a_name_a_version_follows_keeps_every_capital_and_its_version(tmp_path: Path) -> None:
    """ "**Den Survey v2 (June 2024)**": the capitalised words before a version name one thing with it (the term had
    become "den Survey v2", and "Moss Board v2" in a sentence "Moss Board", its version taken for a head noun);
    "(v1)" says which one, no other name of it (it had made an alias "v1")."""
    graph = build(tmp_path, "# Dens\n\n- **Den Survey v2 (June 2024):** a board of den scores.\n- **Den Survey (v1):** an older board.\n"
                            "\nMoss Board v2 is a board of moss scores.\n")
    found = facts(graph)
    assert {("Den Survey v2", "isA", "board of den scores"), ("Moss Board v2", "isA", "board of moss scores"), ("Den Survey", "isA", "board")} <= found, found
    assert "v1" not in names(graph), names(graph)


def test_a_list_after_a_word_for_a_collection_or_a_count_of_things_is_what_the_term_holds(tmp_path: Path) -> None:
    """ "swapped them out, new set: A, B", "average of 6 scores: A, B": the names listed are held by the term, no kind
    of it (it had made `ClayBench isA den board`); a list after words that say what the items are like stays kinds."""
    found = facts(build(tmp_path, "# Dens\n\n## Den boards\n\n- **Den Board (v1):** average of 4 scores: DS-1, MossQA, ClayBench, RootSet.\n"
                                  "- **Den Board v2 (May 2024):** swapped them out after saturation, new set: Moss Index, Clay Index, Root Count.\n"
                                  "- **Hard den traits** — cannot change: soil type, slope, water table.\n"))
    assert {("Den Board", "includes", "ClayBench"), ("Den Board", "includes", "RootSet"),
            ("Den Board v2", "includes", "Moss Index"), ("Den Board v2", "includes", "Root Count"),
            ("soil type", "isA", "hard den trait")} <= found, found
    assert not any(r == "isA" and o in ("Den Board", "Den Board v2") for _s, r, o in found), found


def test_a_judged_label_of_remarks_is_a_label_over_what_follows(tmp_path: Path) -> None:
    """ "- main risk: [[Roof Collapse]]" in the note on den digging: "main" judges, so the label is "risk", what the note's
    concept suffers from (it had made a concept "main risk" related to the link); a label that sorts ("security risk") is
    a concept still."""
    graph = build_files(tmp_path, {"Digging/Den Digging.md": "# Den Digging\n\nDen digging is making a den in soil.\n\n"
                                                             "- main risk: [[Roof Collapse]]\n",
                                   "Digging/Roof Collapse.md": "# Roof Collapse\n\nRoof collapse is when a den roof falls in.\n"})[1]
    found = facts(graph) | facts(build(tmp_path / "file", "# Dens\n\n## Den sealing\n\n- closing a den with clay\n- major risk: mold\n"))
    assert {("Den Digging", "suffersFrom", "Roof Collapse"), ("den sealing", "suffersFrom", "mold")} <= found, found
    assert "main risk" not in names(graph) and "major risk" not in names(graph), names(graph)
    assert is_remark("main risk") and not is_remark("security risk")


def test_a_section_titled_map_is_the_vault_s_map_of_content_no_concept(tmp_path: Path) -> None:
    """ "## Map" over links to a vault's notes is its map of content: it includes none of them (it had made a concept
    "map" that includes each note); a section on maps of a kind lists them still."""
    graph = build_files(tmp_path, {"Den Notes.md": "# Den Notes\n\n## Map\n- Basics\n  - [[Den Digging]] — what / why\n  - [[Roof Collapse]]\n",
                                   "Basics/Den Digging.md": "# Den Digging\n\nDen digging is making a den in soil.\n",
                                   "Basics/Roof Collapse.md": "# Roof Collapse\n\nRoof collapse is when a den roof falls in.\n"})[1]
    assert "map" not in names(graph) and {"den digging", "roof collapse"} <= names(graph), names(graph)
    graph = build_files(tmp_path / "2", {"Den Notes.md": "# Den Notes\n\n## Den maps\n- [[Burrow Map]]\n", "Burrow Map.md": "# Burrow Map\n\nA den map.\n"})[1]
    assert ("Burrow Map", "isA", "den map") in facts(graph), facts(graph)


def test_a_trade_off_column_names_what_each_row_suffers_from(tmp_path: Path) -> None:
    """ "| Trade-off |" (or "Risk", "Downside", "Issues") says what each row suffers from, as "| Drawbacks |" does; a word
    that only says how much ("some", "slight") is no part of it, and a clause or a phrase with an adverb names nothing."""
    found = facts(build(tmp_path, "# Dens\n\n## Den-level work\n\n| Technique | What it does | Trade-off |\n|---|---|---|\n"
                                  "| moss lining | lines the walls with moss | some damp loss |\n| clay sealing | closes the door | mud cracks |\n"
                                  "| root pruning | cuts roots | roots poorly supported |\n| den hopping | moves dens | scheduling is more complex |\n"
                                  "\n| Tool | Use | Risk |\n|---|---|---|\n| MossKit | lining | mold growth |\n"))
    assert {("moss lining", "suffersFrom", "damp loss"), ("clay sealing", "suffersFrom", "mud crack"),
            ("MossKit", "suffersFrom", "mold growth")} <= found, found
    assert not any(s in ("root pruning", "den hopping") and r == "suffersFrom" for s, r, _o in found), found


def test_a_negated_item_after_an_object_with_of_names_nothing(tmp_path: Path) -> None:
    """ "produces joint maps of dens, not open-ended plans": what follows "not" is what the thing does not produce, no concept
    (it had made `MossNet produces not open-ended plan`, where no "of" phrase came before it)."""
    graph = build(tmp_path, "# Dens\n\nMossNet produces joint maps of dens, not open-ended plans.\n")
    assert ("MossNet", "produces", "joint map of dens") in facts(graph), facts(graph)
    assert not any(name.startswith("not ") for name in names(graph)), names(graph)


def test_a_figure_names_no_concept(tmp_path: Path) -> None:
    """ "Den benchmarks: median ~1,000 dens, avg ~2,159": about so many, a figure, no kind of the label's (it had made
    `median ~1,000 den isA den benchmark`)."""
    graph = build(tmp_path, "# Dens\n\nDen benchmarks: median ~1,000 dens, avg ~2,159.\n\nDen benchmarks: MossBench, ClayBench.\n")
    assert not any("1,000" in name or "2,159" in name for name in names(graph)), names(graph)
    assert ("MossBench", "isA", "den benchmark") in facts(graph), facts(graph)


def test_a_name_after_like_is_an_example_and_the_next_item_no_kind_of_it(tmp_path: Path) -> None:
    """ "a spade like DigPro, a rake, and a hoe": "a rake" is the list's next item, not what DigPro is (it had made `DigPro
    isA rake`); a name after "including" with what it is set off at the end of the sentence keeps that kind."""
    found = facts(build(tmp_path, "# Dens\n\nTools include a spade like DigPro, a rake, and a hoe like HoeMax.\n\n"
                                  "Den sets include DenSet-Edu, a clean subset.\n"))
    assert ("DigPro", "isA", "rake") not in found, found
    assert ("DenSet-Edu", "isA", "clean subset") in found, found


def test_a_phrase_that_ends_on_things_or_stuff_names_nothing(tmp_path: Path) -> None:
    """ "the list of things you judge a den on", "domain-specific stuff": words that point at whatever is at hand name no
    kind (it had made `den criterion isA list of things`); a set of a thing still holds it."""
    graph = build(tmp_path, "# Dens\n\n- **Den Criteria:** the list of things you judge a den on.\n- **Moss Set:** a set of mosses.\n"
                            "\nDens need domain-specific stuff like medical clay and legal moss.\n")
    assert not any(name.endswith(("things", "stuff")) for name in names(graph)), names(graph)
    assert ("moss set", "contains", "moss") in facts(graph), facts(graph)


def test_whose_kind_weighed_against_others_is_the_kind(tmp_path: Path) -> None:
    """ "Stanford's smaller den board", "Zorpco's largest den model": whose it is, and the kind without the word that weighs
    it, as "a smaller den board" reads (the kind had been dropped); "Zorpco's better model" says only how it stands."""
    found = facts(build(tmp_path, "# Dens\n\n- **Den Lite:** Stanford's smaller den board.\n\nMossNet is Zorpco's largest den model.\n\n"
                                  "ClayNet is Zorpco's better model.\n"))
    assert {("den lite", "isA", "den board"), ("den lite", "developedBy", "Stanford"), ("MossNet", "isA", "den model"),
            ("ClayNet", "developedBy", "Zorpco")} <= found, found
    assert not any(s == "ClayNet" and r == "isA" for s, r, _o in found), found


def test_a_term_a_sentence_defines_at_its_end_is_a_kind_of_what_it_opens_on(tmp_path: Path) -> None:
    """ "Den systems that can flood and use clay are called **tidal dens**", "A burrow that contains a moss bed is a **moss
    burrow**", "She describes a sett as a **badger house**": the marked term at the end is what the sentence names, one of
    the kind it opens on, and the clause says what it does (it had made "den system" another name of "tidal den", or
    nothing); the same words unmarked make no other name, and "A model that ... is a **wide model**" no kind "model"."""
    graph = build(tmp_path, "# Dens\n\nDen systems that can flood and use clay are called **tidal dens**.\n\n"
                            "A burrow that contains a moss bed is a **moss burrow**.\n\nShe describes a sett as a **badger house**: it holds cubs.\n\n"
                            "Dens that use roots are called root dens.\n\nA model that digs wide is a **wide model**.\n")
    found = facts(graph)
    assert {("tidal den", "isA", "den system"), ("tidal den", "uses", "clay"), ("moss burrow", "isA", "burrow"),
            ("moss burrow", "contains", "moss bed"), ("sett", "isA", "badger house")} <= found, found
    assert not any(s in ("den system", "den", "burrow") and r in ("uses", "contains") for s, r, _o in found), found
    assert "model" not in names(graph), names(graph)
    assert not any("root den" in {a.casefold() for a in graph.aliases(c)} for c in graph.concepts()), names(graph)


def test_a_bold_item_whose_name_ends_on_the_note_s_concept_is_a_kind_of_it(tmp_path: Path) -> None:
    """ "Compression.md" / "- **PTC** (post-dig compression): ...": the term's other name ends on the note's concept, so it is
    one of its kinds (it had been read as nothing); "**DAT** (dig-aware training)" ends on another word and is none."""
    graph = build_files(tmp_path, {"Dens/Compression.md": "# Compression\n\nCompression is making a den smaller.\n\n"
                                                          "- **PTC** (post-dig compression): compress after digging. most common.\n"
                                                          "- **DAT** (dig-aware training): train while digging.\n",
                                   "Dens/Moss.md": "# Moss\n\nMoss is a plant. See [[Compression]].\n"})[1]
    found = {(s.casefold(), r, o.casefold()) for s, r, o in facts(graph)}
    assert ("ptc", "isA", "compression") in found, found
    assert not any(s == "dat" and r == "isA" for s, r, _o in found), found


def test_a_count_that_opens_a_heading_is_no_numbering(tmp_path: Path) -> None:
    """ "## 3 approaches" in the note on den merging counts its kinds, as "## Two approaches" does (the "3" had been taken
    for the heading's number, leaving "approaches", which says nothing); "## 1 Introduction" is numbered still; a field
    label in a later list ("- tool: MergeKit") is no kind."""
    graph = build_files(tmp_path, {"Dens/Den Merging.md": "# Den Merging\n\nDen merging = combining dens into one den.\n\n## 3 approaches\n"
                                                          "1. **summing** — add rooms together\n2. **stacking** — stack rooms\n\n"
                                                          "- tool: MergeKit (Zorpco). lots of top dens were merges\n\n## 1 Introduction\n\nDens are old.\n",
                                   "Dens/Moss.md": "# Moss\n\nMoss is a plant. See [[Den Merging]].\n"})[1]
    found = {(s.casefold(), r, o.casefold()) for s, r, o in facts(graph)}
    assert {("summing", "isA", "den merging"), ("stacking", "isA", "den merging")} <= found, found
    assert not any(s == "tool" and r == "isA" for s, r, _o in found), found
    assert [h.title for h in parse("## 3 approaches\n\n## 1 Introduction\n\n## 2. Setup\n", "x.md").headings] == ["3 approaches", "Introduction", "Setup"]


def test_another_name_after_a_bold_term_sets_off_what_follows_as_its_definition(tmp_path: Path) -> None:
    """ "**moss sealing** aka mossing: seal with moss": "mossing" is another name, and what follows the colon says what the term
    is (it had been read as a sentence "moss sealing seal with moss", `moss sealing isA moss sealing seal`); "aka frankenmerging —"
    keeps no dash in the name."""
    graph = build(tmp_path, "# Dens\n\n- **moss sealing** aka mossing: seal with moss\n- **layer stacking** aka frankenmerging — stack rooms\n")
    assert not any("seal" in o and r == "isA" for _s, r, o in facts(graph)), facts(graph)
    assert {"mossing", "frankenmerging"} <= names(graph) and not any(n.endswith("-") for n in names(graph)), names(graph)
