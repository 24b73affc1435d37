"""Things named with their owner's possessive, lists counted and labelled, and other forms read from held-out
notes of round forty-nine.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from kg.ingest.wording import plain
from reading import build, build_files, facts, names


def test_a_thing_of_no_name_keeps_its_owner_s_possessive_in_its_label(tmp_path: Path) -> None:
    """ "Zorpco's moss detection model": a common noun after an owner's possessive is that owner's one, named as
    written; its label had dropped the "'s" ("Zorpco moss detection model"), a compound no one writes. A name
    after the possessive ("Zorpco's DenCam") is the name alone, as before."""
    found = facts(build(tmp_path, "# Dens\n\n- **Den detectors:** Examples are Zorpco's moss detection model, the Badger "
                                  "Institute's den classifier and Zorpco's DenCam.\n"))
    assert {("Zorpco's moss detection model", "developedBy", "Zorpco"), ("Zorpco's moss detection model", "isA", "den detector"),
            ("Badger Institute's den classifier", "developedBy", "Badger Institute"), ("DenCam", "developedBy", "Zorpco")} <= found, found
    assert not any(s in ("Zorpco moss detection model", "Zorpco's DenCam") for s, _r, _o in found), found


def test_tested_on_says_what_evaluates_and_comes_with_what_it_includes(tmp_path: Path) -> None:
    """ "Tested on DenQA and SettWorld", "was tested on DenBench": what a thing is tested on evaluates it, as "evaluated
    on" says; "come with" (or "comes with") says what a thing includes. Neither had been read."""
    found = facts(build(tmp_path, "# Dens\n\n- **DenAct:** digs and rests in turns. Tested on DenQA and SettWorld.\n"
                                  "- DenKit was tested on DenBench.\n- Den cameras come with night vision and motion alerts.\n"))
    assert {("DenAct", "evaluatedBy", "DenQA"), ("DenAct", "evaluatedBy", "SettWorld"), ("DenKit", "evaluatedBy", "DenBench"),
            ("den camera", "includes", "night vision"), ("den camera", "includes", "motion alert")} <= found, found


def test_a_count_of_a_plural_then_some_of_them_says_what_the_thing_holds(tmp_path: Path) -> None:
    """ "SettBench covers 57 subjects, including law and history", "DenBench: 57 tasks incl. depth mapping, ...": the
    plural only counts what the thing holds, and the ones named are held by the thing, not by the count (it had made
    `SettBench includes subject` and `subject includes law`, or read nothing). A plural with no count keeps its reading."""
    found = facts(build(tmp_path, "# Dens\n\n- DenBench: 57 tasks incl. depth mapping, moss counting, tunnel tracing\n"
                                  "- SettBench covers 57 subjects, including law and history.\n"
                                  "- MossBench covers subjects, including badger law.\n"))
    assert {("DenBench", "includes", "depth mapping"), ("DenBench", "includes", "tunnel tracing"), ("SettBench", "includes", "law"),
            ("SettBench", "includes", "history"), ("MossBench", "includes", "subject")} <= found, found
    assert not any(s == "subject" and o in ("law", "history") or o == "task" for s, _r, o in found), found


def test_well_after_an_object_says_how_and_is_no_part_of_it(tmp_path: Path) -> None:
    """ "works for long tunnels well": "well" says how, as "quickly" does, and is no part of what the model is for
    (it had made a concept "long tunnels well")."""
    found = facts(build(tmp_path, "# Dens\n\n- The den model works for long tunnels well.\n"))
    assert ("den model", "usedFor", "long tunnel") in found, found
    assert not any("well" in o for _s, _r, o in found), found


def test_a_name_defined_by_a_bare_plural_holds_those_things(tmp_path: Path) -> None:
    """ "- DenMath: badger math word problems": a name said to be things in the plural, with no article and no verb, is
    a set of them: `DenMath contains badger math word problem` (it had been read as no kind, and so as nothing). A
    plural of a class ("sparse models that route tokens") still says what the name is; names in the plural, or a
    clause ("New moss layers (MossA) and clay walls (ClayB) help seal dens"), hold nothing."""
    found = facts(build(tmp_path, "# Dens\n\n- DenMath: badger math word problems\n- **MossNet**: moss layers separated by clay walls\n"
                                  "- **Zorp** - sparse models that route tokens\n"
                                  "- **MossA & ClayB**: New moss layers (MossA) and clay walls (ClayB) help seal dens.\n"))
    assert {("DenMath", "contains", "badger math word problem"), ("MossNet", "contains", "moss layer"), ("zorp", "isA", "sparse model")} <= found, found  # a bold word alone is lowered (noted)
    assert not any(r == "contains" and s.startswith("MossA") for s, r, _o in found), found


def test_the_example_is_an_example_of_what_was_spoken_of(tmp_path: Path) -> None:
    """ "SealCheck is the example", after an entry on a doing: an example of it, as "is an example" says (it had been
    read as a kind of the doing); a name given so for a kind of thing is one of that kind, as before."""
    found = facts(build(tmp_path, "# Dens\n\n- **Self-Sealing:** seal several tunnels; if they disagree the den is bad. SealCheck is the example.\n"
                                  "- **Den Tools:** tools for dens. DenCam is the classic example.\n"))
    assert {("SealCheck", "exampleOf", "self-sealing"), ("DenCam", "isA", "den tool")} <= found, found
    assert ("SealCheck", "isA", "self-sealing") not in found, found


def test_others_labels_more_of_the_list_above(tmp_path: Path) -> None:
    """ "- others: SettMap, HoltMap" under a list of den maps: more of the same list, as "- more:" says (the names had
    been read as kinds of "other", or as nothing, and "Others" made a concept); no concept "other" either way."""
    found = facts(build(tmp_path, "# Dens\n\n## Den tools\n\n- DenCam\n- Others: MossPick, ClayRake\n\n"
                                  "- **Den maps:** the main ones:\n  - **Deep Map (DM):** maps deep.\n  - others: SettMap, HoltMap\n"))
    assert {("MossPick", "isA", "den tool"), ("ClayRake", "isA", "den tool"), ("SettMap", "isA", "den map"),
            ("HoltMap", "isA", "den map")} <= found, found
    assert not any(s.lower() in ("other", "others") or o.lower() in ("other", "others") for s, _r, o in found), found


def test_a_list_of_subjects_then_all_is_each_of_them(tmp_path: Path) -> None:
    """ "MossBench, SettQA and HoltEval all use clay tests": "all" between the subjects and their verb is no part of
    them, as "both" is after two; each uses them (only the first had been read)."""
    found = facts(build(tmp_path, "# Dens\n\nMossBench, SettQA and HoltEval all use clay tests.\n"))
    assert {("MossBench", "uses", "clay test"), ("SettQA", "uses", "clay test"), ("HoltEval", "uses", "clay test")} <= found, found


def test_that_is_why_opens_a_sentence_as_so_does(tmp_path: Path) -> None:
    """ "That's why den width is a nicer metric: ...", "This is why ...", "Which is why ...": a reason pointed back at,
    as "So" opens one; the clause after it is read (nothing had been)."""
    found = facts(build(tmp_path, "# Dens\n\nThat's why den width is a nicer metric: it comes from the DenServe paper.\n\n"
                                  "This is why clay depth is a better metric.\n"))
    assert {("den width", "isA", "metric"), ("clay depth", "isA", "metric")} <= found, found


def test_codes_of_letters_and_digits_in_parentheses_after_a_plural_are_of_it(tmp_path: Path) -> None:
    """ "Look at den percentiles (d50, d90, d99) instead of averages": a short code of small letters and digits is a
    name as "D50" is, so the codes in parentheses after a plural are of its kind (only codes in capitals had been)."""
    found = facts(build(tmp_path, "# Dens\n\nLook at den percentiles (d50, d90, d99) instead of averages.\n"))
    assert {("d50", "isA", "den percentile"), ("d99", "isA", "den percentile")} <= found, found


def test_a_participle_of_the_vocabulary_in_parentheses_after_a_name_is_said_of_it(tmp_path: Path) -> None:
    """ "XLD (Zorpco, used by JAXD and TFD)", "SettNet (trained on moss photos)": a participle's relation in
    parentheses after a name says it of the name, as "(uses X)" does, its maker before it aside (nothing had been read)."""
    found = facts(build(tmp_path, "# Dens\n\nCompilers: DenC, XLD (Zorpco, used by JAXD and TFD), and MossC.\n\n"
                                  "SettNet (trained on moss photos) maps dens.\n"))
    assert {("XLD", "usedBy", "JAXD"), ("XLD", "usedBy", "TFD"), ("XLD", "developedBy", "Zorpco"),
            ("SettNet", "trainedOn", "moss photo")} <= found, found


def test_names_then_for_and_a_purpose_are_used_for_it(tmp_path: Path) -> None:
    """ "DenCam, SettView and Moss Dash for quick UIs.": names, then what they are for, with no verb nor dash between,
    say what each is used for, as "A, B — for X" does; the judging word is left out and an acronym keeps its capitals
    (nothing had been read; "for UIs:" had given a concept "uIs")."""
    found = facts(build(tmp_path, "# Dens\n\nDenCam, SettView and Moss Dash for quick UIs.\n"))
    assert {("DenCam", "usedFor", "UI"), ("SettView", "usedFor", "UI"), ("Moss Dash", "usedFor", "UI")} <= found, found


def test_a_linked_term_keeps_its_list_whole(tmp_path: Path) -> None:
    """ "- [[Den Sealing]] — moss plugs, clay caps, root seals": once the linked term is read off the item, the link
    stays where its words were and is no part of what follows; the first item had been taken for the link's words
    and read as the term itself (`den sealing includes den sealing`)."""
    found = facts(build_files(tmp_path, {"Den MOC.md": "# Den MOC\n\n- [[Den Sealing]] — moss plugs, clay caps, root seals\n",
                                         "Den Sealing.md": "# Den Sealing\n\nDen sealing is closing a den.\n"})[1])
    assert {("den sealing", "includes", "moss plug"), ("den sealing", "includes", "clay cap")} <= {(s.lower(), r, o) for s, r, o in found}, found
    assert not any(s.lower() == o.lower() for s, _r, o in found), found


def test_tricks_are_ways_of_doing_as_methods_are(tmp_path: Path) -> None:
    """ "  - common tricks: moss packing, clay tiling" under an entry: tricks are ways of doing, as methods are: within
    a thing's scope, kinds of a doing (nothing had been read)."""
    found = facts(build(tmp_path, "# Dens\n\n- **den kernel** = code tuned for one den\n  - common tricks: moss packing, clay tiling\n"
                                  "- **den sealing** = closing a den\n  - main tricks: moss plugging, root capping\n"))
    assert {("den kernel", "includes", "moss packing"), ("den kernel", "includes", "clay tiling"),
            ("moss plugging", "isA", "den sealing"), ("root capping", "isA", "den sealing")} <= found, found


def test_an_item_set_beside_its_thing_is_none_of_its_list(tmp_path: Path) -> None:
    """ "Why:" / "- vs ensembling: ...": an item that opens on "vs" sets the thing beside another, and is no member of
    the list (it had made `model mixing usedFor vs ensembling`); what it contrasts is still read."""
    found = facts(build(tmp_path, "# Model Mixing\n\nWhy:\n- on-den deployment: 1 model instead of several\n"
                                  "- vs ensembling: ensemble keeps all models, mixing combines weights\n"))
    assert {("model mixing", "usedFor", "on-den deployment"), ("model mixing", "contrastsWith", "ensembling")} <= found, found
    assert not any(o.startswith("vs ") for _s, _r, o in found), found


def test_a_thing_that_splits_into_kinds_heads_its_kinds(tmp_path: Path) -> None:
    """ "Den sealing splits into two kinds:", "Den digging is split into two types:": the items below are kinds of the
    subject (it had made a concept "den sealing split into two", and parts of den digging); "Latency splits into:"
    alone still names parts."""
    found = facts(build(tmp_path, "# Dens\n\nDen sealing splits into two kinds:\n- **moss plugging** — plug with moss.\n"
                                  "- **clay capping** — cap with clay.\n\nDen digging is split into two types:\n- **raking** — rake.\n"
                                  "- **clawing** — claw.\n\nLatency splits into:\n- TTFT\n- TPOT\n"))
    assert {("moss plugging", "isA", "den sealing"), ("clay capping", "isA", "den sealing"), ("raking", "isA", "den digging"),
            ("Latency", "contains", "TTFT")} <= found, found
    assert not any("split" in o for _s, _r, o in found), found


def test_works_to_read_later_are_works_to_read(tmp_path: Path) -> None:
    """ "## Papers to read later", "## Tools to try later": when the writer means to get to them says no more than
    "to read" does: a title below is a paper, named without its maker's aside, and a tool a tool (they had been related
    to a concept "paper to read later"). """
    found = facts(build(tmp_path, "# Dens\n\n## Papers to read later\n\n- [Digging Deep Into Moss Dens for Badgers (Zorpco)](https://x.org/1)\n"
                                  "- [DenBench](https://x.org/2)\n\n## Tools to try later\n\n- [DenCam](https://x.org/3)\n"))
    assert {("Digging Deep Into Moss Dens for Badgers", "isA", "paper"), ("DenCam", "isA", "tool")} <= found, found
    assert not any("later" in o for _s, _r, o in found), found


def test_a_phrase_in_parentheses_after_one_word_sharing_none_of_it_is_no_other_name(tmp_path: Path) -> None:
    """ "e.g. den sealing, digging (tunnel depth)": words in parentheses after one common word, sharing none of its
    words, say what it is judged by or holds: no other name of it (the two had been one concept, "tunnel depth", and it
    the example); "Distillation (knowledge distillation)" and abbreviations still name it."""
    graph = build(tmp_path, "# Dens\n\nThe dens that last are the ones with clear checks, e.g. den sealing, digging (tunnel depth).\n\n"
                            "- **Distillation (knowledge distillation):** shrinking a den model.\n")
    assert "digging" in names(graph) and not ("tunnel depth" in names(graph) and graph.resolve("tunnel depth") == graph.resolve("digging")), facts(graph)
    assert graph.resolve("knowledge distillation") == graph.resolve("distillation"), facts(graph)


def test_names_with_their_makers_under_a_heading_of_their_kind_are_of_it(tmp_path: Path) -> None:
    """ "## Den chips" / "- DPU (Zorpco)": a name with its maker aside is one of the heading's kind, as a bare name is
    (only the maker had been read); "- Trainum + Inferno -> Moss Labs (Inferno = the digging one)" maps names to their
    maker, an aside after it left out, and "- LPU -> Groq; Cerebras does ..." too, the clause after it read on its own."""
    found = facts(build(tmp_path, "# Dens\n\n## Den chips\n\n- DPU (Zorpco)\n- MTX (Moss Labs)\n\n## Hardware (den chips)\n\n"
                                  "- DPU2 -> Zorpco\n- Trainum + Inferno -> Moss Labs (Inferno = the digging one)\n"
                                  "- LPU -> Groq; Cerebras does wafer-scale chips\n"))
    assert {("DPU", "isA", "den chip"), ("DPU", "developedBy", "Zorpco"), ("DPU2", "isA", "den chip"), ("Inferno", "isA", "den chip"),
            ("Inferno", "developedBy", "Moss Labs"), ("Trainum", "developedBy", "Moss Labs"), ("LPU", "developedBy", "Groq")} <= found, found


def test_one_word_of_the_language_among_names_in_parentheses_is_a_name_too(tmp_path: Path) -> None:
    """ "den games (Minecraft, Go, Dota)": among three names or more in parentheses after a plural, one capitalised
    word the dictionary knows ("Go") is a name as the others are (the list had been dropped whole); words of the
    dictionary only ("trajectories (Thought, Act, Observation)") are parts, as before."""
    found = facts(build(tmp_path, "# Dens\n\nSetts use den games (Minecraft, Go, Dota) a lot.\n\nTrajectories (Thought, Act, Observation) repeat.\n"))
    assert {("Minecraft", "isA", "den game"), ("Go", "isA", "den game"), ("Dota", "isA", "den game")} <= found, found
    assert not any(s in ("Thought", "Act", "Observation") for s, _r, _o in found), found


def test_ok_for_says_what_a_thing_is_used_for_and_a_free_relative_names_nothing(tmp_path: Path) -> None:
    """ "- DenCPU: ok for small dens", "fine for", "decent for": what a thing will do for, as "good for" says; a clause
    that opens on "what" or "whatever" ("what is slow for a badger might be fine for a mole") names no thing, nor the
    entry it stands in (it had made `den speed usedFor mole`)."""
    found = facts(build(tmp_path, "# Dens\n\n- DenCPU: ok for small dens, usually too slow for big setts\n- DenCam is fine for wet dens.\n"
                                  "- **Den speed:** steps per dig. what is slow for a badger might be fine for a mole.\n"))
    assert {("DenCPU", "usedFor", "small den"), ("DenCam", "usedFor", "wet den")} <= found, found
    assert not any(o == "mole" for _s, _r, o in found), found



def test_the_plainer_wording_of_names_then_for_keeps_the_sentence_s_length() -> None:
    """ "MossKit and ClayKit for wet dens" (no dash, no full stop) is read as "for wet dens: MossKit, ClayKit", in words
    no longer than the written ones: every offset read from the plainer sentence is one of the written sentence."""
    for sentence in ("MossKit and ClayKit for wet dens", "MossKit, ClayKit for wet dens", "MossKit, ClayKit — for wet dens",
                     "DenCam, SettView and Moss Dash for quick UIs.", "SettBench covers 57 subjects, including law and history."):
        assert len(plain(sentence)) == len(sentence), (sentence, plain(sentence))
    assert plain("MossKit and ClayKit for wet dens").startswith("for wet dens: MossKit, ClayKit")
