"""What a thing costs, said at the end of what it does, and clauses kept out of names; forms read from held-out
notes of round fifty-one.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import clauses
from kg.ingest.benchmark_topics import topic_evaluated
from kg.ingest.doings import doing
from kg.ingest.lists import split
from kg.ingest.name_lists import spelled_out_names
from kg.ingest.restated_doings import restates_the_doing
from reading import build, build_files, facts, names, rules


def test_a_plural_a_verb_and_a_name_is_a_clause_not_a_name(tmp_path: Path) -> None:
    """ "Badgers use MSP (Lee et al. 2017).": a plural, a verb in its base form and a name is a sentence, whose subject
    the tagger took for a name by its capital and whose verb for a noun; it had become a concept "Badgers use MSP",
    made by Lee et al. A plural before a noun and a name ("Badger den Zorpco") stays a phrase."""
    assert clauses.has_finite_verb("Badgers use MSP") and clauses.has_finite_verb("wombats need Zorpco")
    assert not clauses.has_finite_verb("Badger dens") and not clauses.has_finite_verb("sett maps")
    graph = build(tmp_path, "# Dens\n\nBadgers use MSP (Lee et al. 2017).\n")
    assert not any(" use " in name for name in names(graph)), names(graph)
    assert not any(s.startswith("Badgers") for s, _r, _o in facts(graph)), facts(graph)


def test_a_cost_added_at_the_end_of_a_run_of_predicates(tmp_path: Path) -> None:
    """ "need a map per den, adds latency", "splits tunnels; adds overhead and cost", "splits tunnels, but adds latency": the
    last of a run of predicates with no subject says what the thing being read costs, as "adds latency" alone did;
    "Moss lining keeps dens warm, but adds latency": the first clause's subject pays; "Beam digging, like sand digging,
    adds latency": the thing named before the comma. A cost added to something named after it is not read."""
    found = facts(build(tmp_path, "# Dens\n\n- **constrained digging**: filter burrows by a map at each step. need a map per den, adds latency\n"
                                  "- pipe digging -> split tunnels into stages, helps throughput, adds latency\n"
                                  "- **moss digging**: splits tunnels; adds overhead and cost\n"
                                  "- **clay digging**: splits tunnels, but adds latency\n\n"
                                  "Moss lining keeps dens warm, but adds latency. Beam digging, like sand digging, adds latency.\n\n"
                                  "- **sand digging**: fast, adds latency to the sett map\n"))
    assert {("constrained digging", "suffersFrom", "latency"), ("pipe digging", "suffersFrom", "latency"),
            ("moss digging", "suffersFrom", "overhead"), ("moss digging", "suffersFrom", "cost"),
            ("clay digging", "suffersFrom", "latency"), ("moss lining", "suffersFrom", "latency"),
            ("Beam digging", "suffersFrom", "latency")} <= found, found
    assert not any(s in ("sand digging", "den") and r == "suffersFrom" for s, r, _o in found), found


def test_what_a_thing_reduces_said_with_no_subject_is_what_it_is_for(tmp_path: Path) -> None:
    """ "- **moss text**: reduces den rot somewhat too", "- **pond text**: cuts den fragmentation": a predicate with no
    subject, in the third person, says what the thing being read is for, as "Moss text reduces den rot" did; "cuts" and
    "lowers" read as "reduces" where what they cut is an amount or an abstract noun ("cuts roots": what it cuts). Not
    advice to the reader ("Reduce latency by caching"), a plural's "cut", another sense of the verb ("fixes the den in
    place") or "lower" before a noun ("Lower latency helps")."""
    found = facts(build(tmp_path, "# Dens\n\n- **moss text**: reduces den rot somewhat too\n- **sand text**: prevents flooding\n"
                                  "- **pond text**: cuts den fragmentation\n- **clay**: fixes the den in place\n- **reed**: cuts roots\n\n"
                                  "Moss lining lowers the cost. Reduce latency by caching. Lower latency helps. Clay walls cut latency.\n"))
    assert {("moss text", "usedFor", "reducing den rot"), ("sand text", "usedFor", "preventing flooding"),
            ("pond text", "usedFor", "reducing den fragmentation"), ("moss lining", "usedFor", "reducing cost")} <= found, found
    assert not any(s in ("clay", "reed", "caching", "clay wall", "Lower latency") or "latency" in o for s, _r, o in found), found


def test_a_doing_said_as_a_noun_is_one_concept_with_it(tmp_path: Path) -> None:
    """ "reduces den rot" (usedFor reducing den rot) and "used for den rot reduction": the verb's noun after the object
    names the same doing, so the two are one concept, labelled as the notes write it most. Only verbs of the purposes
    read ("reducing", "preventing", ...), and only a plain object: not "reducing the risk of X", not "merging models"."""
    assert doing("reducing hallucinations").aliases == ("hallucination reduction",)
    assert doing("preventing den flooding").aliases == ("den flooding prevention",)
    assert doing("merging models").aliases == () and doing("reducing the risk of rot").aliases == ()
    graph = build(tmp_path, "# Dens\n\n- **moss text**: reduces den rot\n- **clay text**: used for den rot reduction\n"
                            "- **sand text**: also reduces den rot\n")
    found = facts(graph)
    assert {("moss text", "usedFor", "reducing den rot"), ("clay text", "usedFor", "reducing den rot")} <= found, found


def test_a_fit_for_a_use_and_what_a_thing_is_handy_for(tmp_path: Path) -> None:
    """ "Good fit for moss generation, periodic reports", "a great fit for den mapping", "handy for", "well suited to",
    "suitable for", "helpful for": what the thing is for, as "good for" was read; "a great fit" had made the thing a
    kind of "fit"."""
    found = facts(build(tmp_path, "# Dens\n\n- **den batch**: half price. Good fit for moss generation, periodic reports\n"
                                  "- **sand batch**: handy for moss generation\n- **clay batch**: well suited to den mapping\n"
                                  "- **bark batch**: a great fit for den mapping\n\n"
                                  "The fern batch is a good fit for den repair. Sett maps are suitable for den repair. Moss is helpful for warmth.\n"))
    assert {("den batch", "usedFor", "moss generation"), ("den batch", "usedFor", "periodic report"),
            ("sand batch", "usedFor", "moss generation"), ("clay batch", "usedFor", "den mapping"), ("bark batch", "usedFor", "den mapping"),
            ("fern batch", "usedFor", "den repair"), ("Sett map", "usedFor", "den repair"), ("Moss", "usedFor", "warmth")} <= found, found
    assert not any(o == "fit" for _s, _r, o in found), found


def test_in_prose_a_sentence_with_no_subject_speaks_of_the_one_just_before(tmp_path: Path) -> None:
    """ "Online dens optimize for warmth. Zorpco's batch den gives you 50% off. Good fit for moss generation.": a sentence
    with no subject of its own speaks of what the sentence just before spoke of; after one that said nothing of it, of
    nothing (it had been the online dens'). A pronoun right after its subject, sentence after sentence, is read as before."""
    found = facts(build(tmp_path, "# Dens\n\nOnline dens optimize for warmth, batch dens for cost. Zorpco's batch den and Mossco's "
                                  "batch sett give you 50% off. Good fit for moss generation, periodic reports.\n\n"
                                  "Moss lining reduces den rot. It is good for winter dens. It also helps with warmth.\n"))
    assert ("online den", "focusesOn", "warmth") in found, found
    assert not any(o in ("moss generation", "periodic report") for _s, _r, o in found), found
    assert {("moss lining", "usedFor", "reducing den rot"), ("moss lining", "usedFor", "winter den"),
            ("moss lining", "usedFor", "warmth")} <= found, found


def test_a_benchmark_named_by_its_topic_evaluates_it(tmp_path: Path) -> None:
    """ "DenEval: Zorpco's den-mapping benchmark", "a claw translation benchmark", "a coding eval": the words before the
    kind say what the benchmark tests (a doing's hyphen a space), where they end on a doing or an abstract noun; not a
    quality ("popular"), a format ("multiple-choice"), a language ("Chinese"), an adjective before a noun ("long-context")
    or what it is about ("a den benchmark"). A thing of no name is no benchmark: "on den mapping,
    sett repair and other burrow-digging benchmarks" tests nothing."""
    assert topic_evaluated("den-mapping benchmark") == "den mapping" and topic_evaluated("claw translation leaderboard") == "claw translation"
    assert all(topic_evaluated(kind) is None for kind in ("popular benchmark", "multiple-choice benchmark", "Chinese benchmark",
                                                          "long-context benchmark", "benchmark", "den-mapping dataset", "den benchmark"))
    graph = build(tmp_path, "# Dens\n\n- **DenEval:** Zorpco's den-mapping benchmark. 25 types of tunnels.\n"
                            "- **ClawBench:** a claw translation benchmark\n- **CodeDen:** a coding eval\n- **PondQA:** a multiple-choice benchmark\n\n"
                            "Zorpco's model beats the old one on den mapping, sett repair and other burrow-digging benchmarks.\n")
    found = facts(graph)
    assert {("DenEval", "evaluates", "den mapping"), ("ClawBench", "evaluates", "claw translation"), ("CodeDen", "evaluates", "coding"),
            ("DenEval", "isA", "den-mapping benchmark")} <= found, found
    assert not any((s == "PondQA" or o == "burrow digging") and r == "evaluates" for s, r, o in found), found
    assert rules(graph, "DenEval", "evaluates", "den mapping") == {("benchmark-topic", "stated")}


def test_an_outline_s_items_under_its_opening_item_speak_of_the_note(tmp_path: Path) -> None:
    """A note written as an outline, Logseq's way, every line an item: "- Den mapping is a technique that uses [[sonar]]."
    over "\t- Used for moss repair." and "\t- Suffers from echo noise.": each item right under the one the note opens
    with, naming its concept, speaks of it, whatever the item before spoke of (the second had been read of nothing).
    An item that names its own subject keeps it, and items under another item do not change."""
    _result, graph = build_files(tmp_path, {
        "pages/Den Mapping.md": "- Den mapping is a technique that uses [[sonar]].\n\t- Used for moss repair.\n\t- Suffers from echo noise.\n"
                                "\t- Sonar mapping is a kind of den mapping.\n- Kinds\n\t- Suffers from nothing here.\n",
        "pages/Sett Repair.md": "- Sett repair fixes [[Den Mapping|den maps]].\n"})
    found = facts(graph)
    assert {("Den Mapping", "uses", "sonar"), ("Den Mapping", "usedFor", "moss repair"), ("Den Mapping", "suffersFrom", "echo noise"),
            ("sonar mapping", "isA", "Den Mapping")} <= found, found
    assert not any(r == "suffersFrom" and o != "echo noise" for _s, r, o in found), found


def test_a_logseq_page_in_a_namespace_is_named_by_its_own_name(tmp_path: Path) -> None:
    """ "title:: tools/Den Radar", a file "tools___Den Radar.md" or "tools%2FSett Radar.md": a Logseq page in a namespace is
    the concept of its last name, as a link "[[tools/Den Radar]]" names it (it had made a second concept "tools/Den Radar",
    or "tools Den Radar" of the file's name); a title of a name with a slash in it ("A/B digging") stays whole."""
    _result, graph = build_files(tmp_path, {
        "pages/tools___Den Radar.md": "title:: tools/Den Radar\n\n- Den Radar is a tool made by [[Zorpco]].\n\t- Uses [[Den Mapping]]\n",
        "pages/tools%2FSett Radar.md": "- Sett Radar is a tool that uses [[Den Mapping]].\n",
        "pages/Den Mapping.md": "- Den mapping is a technique.\n\t- [[tools/Den Radar]] finds setts.\n",
        "pages/AB digging.md": "title:: A/B digging\n\n- A/B digging is a test that compares two [[Den Mapping|den maps]].\n"})
    labels = names(graph)
    assert "a/b digging" in labels and "b digging" not in labels, labels
    assert {"den radar", "sett radar"} <= labels and not any("tools" in label for label in labels), labels
    found = facts(graph)
    assert {("Den Radar", "isA", "tool"), ("Den Radar", "uses", "Den Mapping"), ("Sett Radar", "uses", "Den Mapping")} <= found, found


def test_a_logseq_tag_written_as_a_link_in_a_sentence_is_its_words(tmp_path: Path) -> None:
    """ "a technique for #[[sett repair]]", "Used for #[[moss counting]]": a tag written as a link inside a sentence is a
    link whose words the sentence reads (the "#" had made them no words at all); after a sentence's end it stays a tag."""
    _result, graph = build_files(tmp_path, {
        "pages/Den Mapping.md": "- Den mapping is a technique for #[[sett repair]] and #[[den planning]].\n\t- Used for #[[moss counting]]\n"
                                "\t- Read about it today. #[[reading list]]\n",
        "pages/Sett Repair.md": "- Sett repair fixes [[Den Mapping|den maps]].\n"})
    found = facts(graph)
    assert {("Den Mapping", "usedFor", "sett repair"), ("Den Mapping", "usedFor", "den planning"),
            ("Den Mapping", "usedFor", "moss counting")} <= found, found
    assert not any(o == "reading list" and r != "relatedTo" for _s, r, o in found), found


def test_makers_named_by_a_word_for_firms_are_of_that_kind(tmp_path: Path) -> None:
    """ "startups like Clawco, Pawtek", "Model API providers such as Zorpco and Mossco": a startup, a provider, a firm or a
    manufacturer is an organisation, so the names listed after one are of its kind (a word the vocabulary knows no class
    by had named no kind alone); a vendor is not (named by what it sells as often as by its company)."""
    graph = build(tmp_path, "# Dens\n\nThere are startups like Clawco, Pawtek and Dignet.\n\n"
                            "Model API providers such as Zorpco and Mossco sell dens.\n\nDen vendors like DenX and SettGo sell moss.\n")
    found = facts(graph)
    assert {("Clawco", "isA", "startup"), ("Dignet", "isA", "startup"), ("Zorpco", "isA", "model API provider")} <= found, found
    assert graph.class_of(graph.resolve("startup")) == "Organization"
    assert graph.class_of(graph.resolve("den vendor")) != "Organization"  # what it sells as often as who sells it


def test_a_list_ends_where_an_item_opens_a_kind_of_its_own(tmp_path: Path) -> None:
    """ "Accelerators: claws, Meta's MTIA, plus startups like Cerebras, Graphcore, Groq": the label's list ends where an item
    joined on by "plus" opens a kind of its own, whose names follow it (Graphcore and Groq had been made accelerators);
    "tools like DenX, SettGo, plus libraries like Holelib, Burrowlib" the same (Burrowlib had been a tool too)."""
    found = facts(build(tmp_path, "# Dens\n\nAccelerators: claws, Meta's MTIA, plus startups like Cerebras, Graphcore, Groq.\n\n"
                                  "Zorpco sells tools like DenX, SettGo, plus libraries like Holelib, Burrowlib.\n"))
    assert {("MTIA", "isA", "accelerator"), ("claw", "isA", "accelerator"), ("Graphcore", "isA", "startup"), ("Groq", "isA", "startup"),
            ("DenX", "isA", "tool"), ("SettGo", "isA", "tool"), ("Holelib", "isA", "library"), ("Burrowlib", "isA", "library")} <= found, found
    assert not any((s in ("Graphcore", "Groq", "Cerebras") and o == "accelerator") or (s == "Burrowlib" and o == "tool")
                   for s, _r, o in found), found


def test_two_bare_words_after_of_and_and_are_its_object() -> None:
    """ "joint embeddings of moss and clay", "quantization of weights and activations": one word after "of", then "and" and one
    bare noun, is the object of "of" with it, one item (it had made "clay" a thing of its own, produced or used); not "maps
    of tunnels and a spade" (an article of its own), "layers of moss and MLP blocks" (a phrase of its own), a doing
    ("a mix of moss and sorting"), nor three items. The head shared after single words is read as before."""
    assert split("joint embeddings of moss and clay", set()) == ["joint embeddings of moss and clay"]
    assert split("quantization of weights and activations", set()) == ["quantization of weights and activations"]
    assert split("maps of tunnels and a spade", set()) == ["maps of tunnels", "a spade"]
    assert split("layers of moss and MLP blocks", set()) == ["layers of moss", "MLP blocks"]
    assert split("a mix of moss and sorting", set()) == ["a mix of moss", "sorting"]
    assert split("maps of tunnels, setts and dens", set()) == ["maps of tunnels", "setts", "dens"]
    assert split("query, key and value vectors", set()) == ["query vectors", "key vectors", "value vectors"]


def test_names_spelled_out_before_their_initials_are_names_whole(tmp_path: Path) -> None:
    """ "- **Den costs:** time to first dig (TTFD), time per tunnel (TPT), time between tunnels, time per den.": two items
    spelled out before their initials make the list one of names, small words inside and all (each had been read as an
    instruction, "time" a verb, and the list as none); a list of instructions is still none ("rake into piles, ...")."""
    assert spelled_out_names("time to first dig (TTFD), time per tunnel (TPT), time between tunnels") == ["time to first dig", "time per tunnel"]
    assert spelled_out_names("time to first dig (TPT), den care (DC)") == ["den care"]  # initials the words do not spell
    found = facts(build(tmp_path, "# Dens\n\n- **Den costs:** time to first dig (TTFD), time per tunnel (TPT), time between tunnels, "
                                  "time per den. More in ch9.\n- **Den rules:** rake into piles, compare within a pile, time the digging.\n"))
    assert {("time to first dig", "isA", "den cost"), ("time per tunnel", "isA", "den cost"), ("time between tunnels", "isA", "den cost"),
            ("time per den", "isA", "den cost")} <= found, found
    assert not any(o == "den rule" for _s, _r, o in found), found


def test_a_name_spelled_out_before_its_initials_is_not_cut_at_a_verb(tmp_path: Path) -> None:
    """ "Den metrics include time to first dig (TTFD) and time per tunnel (TPT).": an example written out before its
    initials is a name whole; "dig" in it is no verb that ends it (it had made a concept "time to first")."""
    found = facts(build(tmp_path, "# Dens\n\nDen metrics include time to first dig (TTFD) and time per tunnel (TPT).\n"))
    assert {("time to first dig", "isA", "den metric"), ("time per tunnel", "isA", "den metric")} <= found, found
    assert not any(s == "time to first" for s, _r, _o in found), found


def test_a_thing_said_to_be_better_than_another_is_set_against_it(tmp_path: Path) -> None:
    """ "Clay dens are better than sand dens", "Completion is not the same as conversation", and, with no subject, "- **DistilDen**: 40% smaller than SettNet, keeps ..." or "much less popular than
    [[moss lining]] in practice": two things compared as alternatives. Not a number ("more than 50 tunnels"), "other than",
    "rather than", nor "better than ever"."""
    found = facts(build(tmp_path, "# Dens\n\nClay dens are better than sand dens. "
                                  "Completion is not the same as conversation.\n\n"
                                  "- **DistilDen**: 40% smaller than SettNet, keeps 97% of its depth\n"
                                  "- **soft den**: much less popular than [[moss lining]] in practice\n- **big den**: more than 50 tunnels\n"
                                  "- **old den**: better than ever\n- **fern den**: other than moss, mostly clay\n"))
    assert {("clay den", "contrastsWith", "sand den"),
            ("Completion", "contrastsWith", "conversation"), ("DistilDen", "contrastsWith", "SettNet"),
            ("soft den", "contrastsWith", "moss lining")} <= found, found
    assert not any(s in ("big den", "old den", "fern den") and r == "contrastsWith" for s, r, _o in found), found


def test_a_doing_defined_by_its_own_verb_uses_what_it_is_done_with(tmp_path: Path) -> None:
    """ "- **Moss packing:** pack moss with a spade.", "- **Clay packing:** packs clay using a trowel.", "- **Den sorting:**
    sort the dens w/ a precise rake, e.g. a claw rake", "- **Sett validation:** validation via heuristics or a den judge":
    a definition that restates the doing its term names uses what it is done with (the ones named, where it gives examples
    of it), and the restated words are no kind of it (they had made "moss packing isA pack moss"). A definition that
    restates nothing keeps its reading."""
    assert restates_the_doing("moss packing", "packs clay using a trowel") and restates_the_doing("sett validation", "validation via x")
    assert not restates_the_doing("moss packing", "a way to keep dens warm") and not restates_the_doing("den map", "map of dens")
    assert restates_the_doing("den reraking", "reraks the dens") and restates_the_doing("root cutting", "cut roots")  # a verb no dictionary holds
    found = facts(build(tmp_path, "# Dens\n\n- **Moss packing:** pack moss with a spade.\n- **Clay packing:** packs clay using a trowel.\n"
                                  "- **Den sorting:** sort the dens w/ a precise rake, e.g. a claw rake.\n"
                                  "- **Sett validation:** validation via heuristics (too many tunnels) or a den judge.\n"
                                  "- **Moss lining:** a layer of moss with clay on top.\n"))
    assert {("moss packing", "uses", "spade"), ("clay packing", "uses", "trowel"), ("den sorting", "uses", "claw rake"),
            ("sett validation", "uses", "heuristic"), ("sett validation", "uses", "den judge")} <= found, found
    assert not any(o == "pack moss" for _s, _r, o in found) and ("moss lining", "uses", "clay") not in found, found


def test_a_purpose_names_no_maker_in_parentheses(tmp_path: Path) -> None:
    """ "Moles used the Benchmark for QA (BBQ) easily.": a purpose after "for" is a task, and the parenthesis after it names
    no one who made it (it had made `QA developedBy BBQ`); the object and the purpose are read as before."""
    found = facts(build(tmp_path, "# Notes\n\nMoles used the Benchmark for QA (BBQ) easily.\n"))
    assert ("Benchmark", "usedFor", "QA") in found, found
    assert not any(r == "developedBy" for _s, r, _o in found), found
