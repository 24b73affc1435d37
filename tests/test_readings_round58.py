"""Forms read from held-out notes of round fifty-eight.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from kg.ingest.nouns import keep, noun_phrase
from kg.ingest.sentences import sentences
from reading import build, build_files, folded_facts, names


def test_the_end_of_a_parenthesis_wrapped_onto_a_line_is_no_concept(tmp_path: Path) -> None:
    """ "(no badger data to outside\\nSETTs), which is a hard rule": a hard-wrapped parenthesis goes on over the line
    break, and its end ("SETTs)") is no subject of what follows the comma; a name before ", which" still is."""
    graph = build(tmp_path, "# Dens\n\nOur den team decided this for us (no badger data to outside\n"
                            "SETTs), which is a hard rule in her terms. MossDen, which is a den tool, keeps dens dry.\n")
    assert not {label for label in names(graph) if label.count("(") != label.count(")")}, names(graph)
    assert ("mossden", "isA", "den tool") in folded_facts(graph), folded_facts(graph)
    assert [s for _, s in sentences("Kim's rule (no data to outside\nSETTs), which is hard.")] \
        == ["Kim's rule (no data to outside SETTs), which is hard."]


def test_a_line_that_ends_on_an_acronym_or_a_parenthesis_ends_a_statement(tmp_path: Path) -> None:
    """ "Den layout ~ SETT\\nBadger dens like MossDen are warm": notes written a statement a line, no end mark, where a
    line ends on an acronym or a closing parenthesis and the next opens on a word of the dictionary; the acronym is no
    word of the next statement's subject ("SETT Badger den"). A name opening the next line ("... uses RAG\\nZorpco ...")
    goes on with the sentence, as hard-wrapped prose does."""
    graph = build(tmp_path, "# Dens\n\nDen layout ~ SETT, burrow ~ TUNNEL (see den maps)\n"
                            "Badger dens like MossDen are warm overall.\n")
    assert ("mossden", "isA", "badger den") in folded_facts(graph), folded_facts(graph)
    assert [s for _, s in sentences("Den layout ~ SETT\nBadger dens are warm.")] == ["Den layout ~ SETT", "Badger dens are warm."]
    assert [s for _, s in sentences("The den uses SETT\nMossworks tunnels, then dries.")] \
        == ["The den uses SETT Mossworks tunnels, then dries."]


def test_an_amount_in_its_unit_names_no_concept(tmp_path: Path) -> None:
    """ "tiny, ~40 MB", "24–80 GB typical": a number and its unit of measure is an amount; the unit alone ("MB") had
    become a concept and a kind of the entry. A count of things ("3 tunnels") still names the things."""
    graph = build(tmp_path, "# Dens\n\n- **Den cache** — fast moss store, tiny, ~40 MB\n- **Sett store** — 24–80 GB typical\n")
    assert not {label for label in names(graph) if label.lower() in ("mb", "gb", "40 mb")}, names(graph)
    assert not keep(noun_phrase("~40 MB")) and not keep(noun_phrase("2 secs"))
    assert noun_phrase("3 tunnels").label == "tunnel" and keep(noun_phrase("3 tunnels"))


def test_a_term_that_ends_on_the_parent_word_is_not_narrowed_again(tmp_path: Path) -> None:
    """ "- shots" over "- [[moss-shot]]: no scrapes": a term that sorts ("-shot") under a parent names a kind of it, but
    when the term already ends on the parent's word, adding the word again ("moss-shot shot") makes a concept nobody
    wrote; the term itself is the kind."""
    graph = build(tmp_path, "type:: [[concept]]\n\n- [[Den craft]]\n\t- badgers learn digging from tunnels\n"
                            "- shots\n\t- each scrape in the den = one \"shot\"\n\t- [[moss-shot]]: no scrapes, paws only\n"
                            "\t- [[clay-shot]]: a handful of scrapes, e.g. 5-shot = 5 scrapes\n", "Dens.md")
    assert not {label for label in names(graph) if label.endswith("shot shot")}, names(graph)
    assert {("moss shot", "isA", "shot"), ("clay shot", "isA", "shot")} <= folded_facts(graph), folded_facts(graph)


def test_a_doing_is_no_member_of_a_class_of_things(tmp_path: Path) -> None:
    """ "Den models widen what's possible:" over "- **Sealing**: pack a tunnel ...": a clause whose plural subject names
    a class of things lists its members, but a doing ("sealing", "back-filling") is no model, tool or dataset; names
    under such a clause still are members."""
    graph = build(tmp_path, "# Dens\n\n### Badger-made tunnels\n\nDen models widen what's possible:\n"
                            "- **Sealing**: pack a tunnel many ways to keep it dry.\n- **Back-filling** checks a tunnel: fill A, then B.\n\n"
                            "### Others\n\nDen models keep badgers dry:\n- **MossNet**: a moss den model.\n- **ClayNet**: a clay one.\n")
    found = folded_facts(graph)
    assert not {s for s, r, o in found if o == "den model" and s in ("sealing", "back-filling")}, found
    assert ("mossnet", "isA", "den model") in found, found


def test_a_verb_after_both_is_what_the_things_do_not_their_kind(tmp_path: Path) -> None:
    """ "she mentions MossRank and ClayRank, both use badger judges": after "both" the tagger reads "use" as a noun, and
    "use badger judge" had become the kind of each name. A verb the relation phrases read there opens what they do;
    "DenA and DenB, both sett models, dig" still says what they are."""
    graph = build(tmp_path, "# Dens\n\nDen rating is its own case, she mentions MossRank and ClayRank, both use badger judges.\n\n"
                            "DenA and DenB, both sett models, dig.\n")
    found = folded_facts(graph)
    assert not {label for label in names(graph) if label.startswith("use ")}, names(graph)
    assert {("dena", "isA", "sett model"), ("denb", "isA", "sett model")} <= found, found


def test_how_many_of_a_thing_is_its_count(tmp_path: Path) -> None:
    """ "The number of trainable tunnels is a key factor in den cost": the count is what the sentence speaks of, the
    "trainable tunnel count", not the tunnels (no `trainable tunnel relatedTo den cost`); in an entry on that count,
    "**Tunnel Count:** The number of tunnels in a den ..." speaks of the entry. "The amount of moss" names nothing, and
    "a number of tools" is still some tools."""
    graph = build(tmp_path, "# Dens\n\n- **Trainable tunnels:** tunnels that can be dug in winter. The number of trainable "
                            "tunnels is a key factor in den cost.\n- **Tunnel Count:** The number of tunnels in a den is a key "
                            "factor in its warmth.\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if s == "trainable tunnel" and o != "tunnel"}, found
    assert {("trainable tunnel count", "relatedTo", "den cost"), ("tunnel count", "relatedTo", "warmth")} <= found, found
    assert not keep(noun_phrase("the amount of moss")) and noun_phrase("a number of tools").label == "tool"


def test_an_order_an_origin_and_a_factor_are_shell_nouns(tmp_path: Path) -> None:
    """ "a typical order to try things:", "origin: Kim et al. 2020", "a main factor in the den cost": words for how
    things stand to each other, no kinds of the thing they are said of."""
    graph = build(tmp_path, "# Dens\n\n- **Den ranking:** a typical order to try things:\n  1. moss\n  2. clay\n"
                            "- **Sett sealing**\n  - origin: Kim et al. 2020 (Zorpco)\n\n"
                            "Moss is a main factor in den warmth.\n")
    labels = names(graph)
    assert not {label for label in labels if label in ("order", "origin", "factor")}, labels


def test_doings_after_the_thing_an_instruction_acts_on_are_examples_of_the_term(tmp_path: Path) -> None:
    """ "- **Soft den methods:** add trainable moss layers to the den floor, e.g. moss-tuning, M-Tuning": a definition
    that says what to do, then names or doings after "the ..." it acts on: these are the term's examples, no kinds of
    the den floor. Things after it ("find tunnels in the soil, e.g. sand or loam") are no examples of the term."""
    graph = build(tmp_path, "# Dens\n\n- **Soft den methods:** add trainable moss layers to the den floor, e.g. moss-tuning, "
                            "M-Tuning, floor tuning.\n- **Den radar:** find tunnels in the soil, e.g. sand or loam.\n")
    found = folded_facts(graph)
    assert {("moss tuning", "exampleOf", "soft den method"), ("m tuning", "isA", "soft den method")} <= found, found
    assert not {s for s, r, o in found if o in ("den floor", "den radar")}, found


def test_secs_is_the_sections_of_the_reading(tmp_path: Path) -> None:
    """ "secs: Dens, Den Architecture, Digging Algorithms": "secs" is "sections", clipped; the list names the reading's
    sections, no kinds of a concept "sec"."""
    graph = build(tmp_path, "# Ch 6 dens\n\nsecs: Dens, Den Architecture, Digging Algorithms\n\nDen tools: MossRake, ClayTrowel.\n")
    found = folded_facts(graph)
    assert not {label for label in names(graph) if label.lower() in ("sec", "secs")}, names(graph)
    assert ("mossrake", "isA", "den tool") in found, found


def test_a_participle_and_its_preposition_open_no_cited_title(tmp_path: Path) -> None:
    """ "Used for MossDen 10B (Kim et al., 2023)", "Based on ClayNet (Lee et al., 2021)": words in capitals before a
    citation are a paper's title, but a sentence's opening participle and its preposition are none ("Used for MossDen
    10B" made by Kim et al.); a title still is ("Scaling Laws for Dens (Hernandez et al., 2021)")."""
    graph = build(tmp_path, "# Dens\n\n- **Depthwise digging:** den upscaling with tunnel stacking. Used for MossDen 10B "
                            "(Kim et al., 2023): duplicated a den.\n- **Den soup:** a mix of dens. Based on ClayNet (Lee et al., 2021).\n"
                            "- Scaling Laws for Dens (Hernandez et al., 2021)\n")
    found = folded_facts(graph)
    assert not {label for label in names(graph) if label.lower().startswith(("used for", "based on"))}, names(graph)
    assert ("scaling laws for dens", "createdBy", "hernandez et al") in found, found


def test_the_writing_a_thing_is_from_is_no_part_of_its_name(tmp_path: Path) -> None:
    """ "continuous digging from the Orca paper; used by MossDen": where the notes read of a thing is no part of its
    name ("continuous digging from the Orca paper" had been the concept). A paper alone ("the Orca paper") stays."""
    graph = build(tmp_path, "# Dens\n\n- continuous digging from the Orca paper; used by MossDen, ClayDen\n")
    found = folded_facts(graph)
    assert ("continuous digging", "usedBy", "mossden") in found or ("mossden", "uses", "continuous digging") in found, found
    assert not {label for label in names(graph) if "paper" in label}, names(graph)
    assert noun_phrase("the Orca paper").label == "Orca paper"


def test_what_a_technique_does_or_how_a_thing_checks_is_no_purpose(tmp_path: Path) -> None:
    """ "| **Sealing** | close tunnels with clay |" under "What it does", "| DenBench | decompose each den → checks |" under
    "How it checks": what a technique is, or how a thing works, no purpose of it ("sealing usedFor closing tunnels"). A
    tool's row ("| MossKit | Merge several den models into one using MossMerge |") still says what the tool is for."""
    graph = build(tmp_path, "# Dens\n\n| Technique | What it does |\n|---|---|\n| **Sealing** | close several tunnels into one with wet clay |\n\n"
                            "| Benchmark | How it checks |\n|---|---|\n| DenBench | decompose each den → yes/no checks, judged by badgers |\n\n"
                            "| Tool | What it does |\n|---|---|\n| MossKit | Merge several den models into one using MossMerge |\n")
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if r == "usedFor" and s in ("sealing", "denbench")}, found
    assert {o for s, r, o in found if s == "mosskit" and r == "usedFor"}, found


def test_a_class_then_a_plural_before_the_verb_is_a_clause_without_that(tmp_path: Path) -> None:
    """ "Common techniques dens use:" over a list: "techniques (that) dens use", the dens the verb's subject and the items
    what they use; no concept "techniques den". A plural of no class ("Model weights use:") stays the subject."""
    graph = build(tmp_path, "# Den kernels\n\nCommon techniques dens use:\n- loop tiling — reorder tunnel access\n"
                            "- moss fusion — combine moss layers\n")
    found = folded_facts(graph)
    assert {("den", "uses", "loop tiling"), ("den", "uses", "moss fusion")} <= found, found
    assert not {label for label in names(graph) if "techniques" in label.lower()}, names(graph)


def test_a_heading_that_counts_parts_after_a_dash_names_the_whole(tmp_path: Path) -> None:
    """ "# Den stack — 3 layers" over "1. **Moss layer** — ...": the heading names the whole, and after a dash how many
    parts it has, as "Den stack: 3 layers" does; the parts are the den stack's, not a concept "Den stack - 3 layers"'s."""
    graph = build(tmp_path, "# Den stack — 3 layers\n\n1. **Moss layer** — lining, drying.\n2. **Clay layer** — sealing.\n"
                            "3. **Root layer** — holding.\n")
    found = folded_facts(graph)
    assert {("den stack", "contains", "moss layer"), ("den stack", "contains", "root layer")} <= found, found


def test_a_cited_writing_under_an_item_is_no_member_of_it(tmp_path: Path) -> None:
    """ "- **moss dens**: ..." over "  - Moss paper (Kim et al. 2022): adding moss helped", "- shots" over "  - Badger study
    (2023): few digs help little": the writing the notes cite is no member of the item above (no `moss den includes moss
    paper`); an item that names a thing ("  - MossDen: a warm one") still is."""
    graph = build(tmp_path, "# Dens\n\n- **moss dens**: dens lined with moss\n  - Moss paper (Kim et al. 2022): adding moss helped\n"
                            "- **clay dens**: dens sealed with clay\n  - ClayDen: a cold one\n"
                            "- shots\n\t- Badger study (2023): few digs help little\n")
    found = folded_facts(graph)
    assert not {(s, r, o) for s, r, o in found if "paper" in s + o and r != "developedBy" or "study" in s + o}, found
    assert {(s, r, o) for s, r, o in found if "clayden" in (s, o)}, found


def test_a_word_that_says_what_a_thing_is_based_on_is_no_name(tmp_path: Path) -> None:
    """ "**DenKV** – RNN-based model that can be dug fast": "RNN-based" is what the model is like, no name before its
    kind ("RNN-based" had become the kind's name, then dropped as a modifier); a name before a kind word ("GPT-4
    model") still is one."""
    graph = build(tmp_path, "# Dens\n\n- **DenKV** – RNN-based model that can be dug fast\n")
    found = folded_facts(graph)
    assert ("denkv", "isA", "rnn based model") in found, found
    assert noun_phrase("GPT-4 model").label == "GPT-4" and noun_phrase("GPT-4 model").head == "model"


def test_a_sentence_of_examples_after_a_definition_gives_the_entry_examples(tmp_path: Path) -> None:
    """ "- **Den augmentation:** tools that help build dens. e.g. moss rake, people search, den browsing (APIs like A, B)": a
    sentence that opens on "e.g." and lists names or terms gives examples of the entry, though an item is no concept
    ("people search" fails the filter) or has an aside with commas. A worked example ("e.g. DenNet 13B, batch 32 -> den
    cache ~54 GB") lists nothing."""
    graph = build(tmp_path, "# Dens\n\n- **Den augmentation:** tools that help build dens. e.g. moss rake, clay trowel, people search, "
                            "MossKit, den browsing (search APIs like Bing, Google).\n- **Den cache:** grows with depth. e.g. DenNet 13B, batch 32, depth 20 -> den "
                            "cache ~54 GB.\n")
    found = folded_facts(graph)
    assert {s for s, r, o in found if o == "den augmentation"} | {o for s, r, o in found if s == "den augmentation"} \
        >= {"moss rake", "clay trowel", "mosskit", "den browsing"}, found
    assert not {s for s, r, o in found if o == "den cache" or s == "den cache" and r != "isA"}, found


def test_a_term_that_sets_two_apart_is_no_kind_of_the_heading(tmp_path: Path) -> None:
    """ "## Den accelerators" / "- **Moss vs clay:**": a term that sets two things against each other is no kind of what
    the heading names (no `moss isA den accelerator`); it still sets them apart, and a term of one thing is a kind."""
    graph = build(tmp_path, "# Dens\n\n## Den accelerators\n\n- **Moss vs clay:**\n  - moss: warm\n  - clay: cold\n"
                            "- **DenChip:** a den accelerator.\n")
    found = folded_facts(graph)
    assert not {s for s, r, o in found if o == "den accelerator" and s in ("moss", "clay")}, found
    assert {("moss", "contrastsWith", "clay"), ("denchip", "isA", "den accelerator")} <= found, found


def test_a_question_after_an_infinitive_has_no_main_verb(tmp_path: Path) -> None:
    """ "- **DEN-RANK:** an algorithm that combines DEN and RANK to score how relevant a den is to a badger.": the "is" of the question
    the infinitive asks is no main verb; the definition is a kind and what it does (`DEN-RANK uses DEN`), not a sentence
    whose subject is "algorithm"."""
    graph = build(tmp_path, "# Dens\n\n- **DEN-RANK:** an algorithm that combines DEN and RANK to score how relevant a den is to a badger.\n")
    found = folded_facts(graph)
    assert {("den rank", "isA", "algorithm"), ("den rank", "uses", "den")} <= found, found
    assert not {s for s, r, o in found if s == "algorithm"}, found


def test_instructions_in_a_row_have_no_subject_before_a_comma(tmp_path: Path) -> None:
    """ "- version dens, use moss tracking, standardize den data + metrics": a verb in its base form right after a comma
    has no subject before the comma (a subject is not set off from its verb by one comma); these are instructions in a
    row, and "version den" uses nothing. A name set off by two commas ("MossNet, a den model, uses clay maps") is."""
    graph = build(tmp_path, "# Dens\n\n- version dens, use moss tracking, standardize den data + metrics\n"
                            "- MossNet, a den model, uses clay maps.\n")
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if r == "uses" and s != "mossnet"}, found
    assert ("mossnet", "uses", "clay map") in found, found


def test_an_average_of_a_count_holds_the_items_listed(tmp_path: Path) -> None:
    """ "- [[Den Leaderboard]] = avg of 3: [[MossQA]], [[ClayQA]], [[RootQA]]": what an average of a number of things
    lists is what the leaderboard holds, no kinds of leaderboard (`den leaderboard includes MossQA`, no `MossQA isA den
    leaderboard`)."""
    graph = build(tmp_path, "- ### [[leaderboard]]s\n  - [[Den Leaderboard]] = avg of 3: [[MossQA]], [[ClayQA]], [[RootQA]]\n",
                  "Model Selection.md")
    found = folded_facts(graph)
    assert ("den leaderboard", "includes", "mossqa") in found, found
    assert not {s for s, r, o in found if r == "isA" and o == "den leaderboard"}, found


def test_a_link_to_the_next_note_is_no_relation(tmp_path: Path) -> None:
    """ "next: [[202401011202 Moss dens]]" closing a note: a link labelled "next", "prev", "up" or "back to" says where
    to read on, in the order of the notes, no relation of the note's concept to the linked one; another link in the same
    note still relates them."""
    _result, graph = build_files(tmp_path, {
        "202401011201 Den care.md": "# Den care\n\nDen care keeps dens dry, with [[202401011203 Clay dens]].\n\nnext: [[202401011202 Moss dens]]\n",
        "202401011202 Moss dens.md": "# Moss dens\n\nMoss dens are warm dens.\n",
        "202401011203 Clay dens.md": "# Clay dens\n\nClay dens are cold dens.\n"})
    found = folded_facts(graph)
    assert not {(s, o) for s, r, o in found if {s, o} == {"den care", "moss den"}}, found
    assert ("den care", "relatedTo", "clay den") in found or ("den care", "uses", "clay den") in found, found


def test_a_subgraph_titled_by_a_shell_word_holds_no_parts(tmp_path: Path) -> None:
    """ "subgraph model" around "moss packing" and "clay sealing": a subgraph whose title is a word for whichever thing
    is at hand ("model", "approach") groups the nodes by where they work, and names no whole made of them; "subgraph
    Den" still contains its nodes."""
    graph = build(tmp_path, "# Den tricks\n\n```mermaid\nflowchart LR\n  subgraph model\n    A[moss packing]\n    B[clay sealing]\n"
                            "  end\n  subgraph Den\n    C[tunnel]\n    D[nest chamber]\n  end\n```\n")
    found = folded_facts(graph)
    assert not {o for s, r, o in found if s == "model"}, found
    assert ("den", "contains", "tunnel") in found, found
