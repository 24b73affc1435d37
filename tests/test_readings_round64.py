"""Forms read from held-out notes of round sixty-four.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, facts, lowered


def test_a_kind_of_a_thing_before_a_colon_and_a_list_is_the_subjects_kind_not_its_members(tmp_path: Path) -> None:
    """ "A conifer is a kind of tree: firs, pines and spruces.": the conifer is a tree, as "is a tree: firs, ..." reads;
    the items after the colon are no kinds the conifer is one of."""
    graph = build(tmp_path, "# Trees\n\nA conifer is a kind of tree: firs, pines and spruces.\n\n"
                            "A sett is a type of den: deep, old and wet.\n")
    found = lowered(graph)
    assert {("conifer", "isA", "tree"), ("sett", "isA", "den")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "conifer" and o != "tree"}, found


def test_a_name_that_opens_on_a_parenthesis_is_one_name_and_no_maker(tmp_path: Path) -> None:
    """ "(IA)³" in a table's first cell is a method's name whole, its parenthesis no organisation that made "³";
    "DenNet (Zorpco)" still names its maker."""
    graph = build(tmp_path, "# Den methods\n\n| Technique | What it does | Paper |\n|---|---|---|\n"
                            "| (IA)³ | learned vectors rescale dens | Liu et al. 2022 |\n| DenNet (Zorpco) | low-rank dens | Hu et al. 2021 |\n")
    found = facts(graph)
    assert {("(IA)3", "isA", "den method"), ("(IA)3", "developedBy", "Liu et al."), ("DenNet", "developedBy", "Zorpco")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "3" or o == "IA"}, found


def test_sub_types_with_a_hyphen_list_kinds_as_subtypes_do(tmp_path: Path) -> None:
    """ "Main sub-types: A, B" after an entry's definition, and a heading "Sub-types of X", list kinds, as "subtypes" written
    whole does; no concept "sub-type"."""
    graph = build(tmp_path, "# Den care\n\n- **Den feedback**: feedback left in a den. Main sub-types: *scratching*, *marking*.\n\n"
                            "## Sub-types of den bedding\n\n- moss bedding\n- hay bedding\n")
    found = lowered(graph)
    assert {("scratching", "isA", "den feedback"), ("marking", "isA", "den feedback"), ("moss bedding", "isA", "den bedding"),
            ("hay bedding", "isA", "den bedding")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "sub" in o}, found


def test_a_class_word_alone_over_a_list_of_names_is_their_class_and_no_verb(tmp_path: Path) -> None:
    """ "Benchmarks:" alone over named items in a note is a noun, as "Two benchmarks:" is: each item is a benchmark; the
    note does not "evaluate" them (the verb "benchmarks"). Bare words under "Metrics:" stay no members of a class."""
    _result, graph = build_files(tmp_path, {
        "Den sealing.md": "# Den sealing\n\nHow well a badger seals its den.\n\nBenchmarks:\n- **SealBench** (Kim et al. 2023) — seals\n"
                          "- **ClayEval** — clay seals\n\nMetrics:\n- depth\n- width\n",
        "Den digging.md": "# Den digging\n\nDen digging is a craft. It needs [[Den sealing]].\n"})
    found = facts(graph)
    assert {("SealBench", "isA", "benchmark"), ("ClayEval", "isA", "benchmark")} <= found, found
    assert not {(s, r, o) for s, r, o in found if r == "evaluates" or o in ("depth", "width") or s in ("depth", "width")}, found


def test_a_kind_then_a_semicolon_and_the_terms_doing_gives_both(tmp_path: Path) -> None:
    """ "**Clay sniffer**: the most common type of den router; predicts the den." says what it is, then what it does with
    its subject left out (as "a den router; it predicts" did): `clay sniffer isA den router`, `oak sniffer uses moss`;
    a clause with a subject of its own after the kind is still that subject's."""
    graph = build(tmp_path, "# Dens\n\n- **Clay sniffer**: the most common type of den router; predicts the den.\n"
                            "- **Oak sniffer**: a den router; uses moss.\n- **Yew sniffer**: a kind of den failure; badgers use clay.\n")
    found = lowered(graph)
    assert {("clay sniffer", "isA", "den router"), ("oak sniffer", "isA", "den router"), ("oak sniffer", "uses", "moss"),
            ("yew sniffer", "isA", "den failure")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "clay" and s != "badger"}, found


def test_a_noun_before_variant_names_what_the_thing_is_a_variant_of(tmp_path: Path) -> None:
    """ "a DenLoRA variant", "router variant used in dens": a variant of DenLoRA, of a router, as "a variant of DenLoRA"
    says (`isA`); no concept "router variant". An adjective before the word ("a new variant") says which one, no kind."""
    graph = build(tmp_path, "# Dens\n\n- **Next-den predictor**: router variant used in dens; decides.\n"
                            "- **WetLoRA**: a DenLoRA variant for wet dens.\n\nClayNet is a new variant of the den.\n")
    found = facts(graph)
    assert {("next-den predictor", "isA", "router"), ("WetLoRA", "isA", "DenLoRA")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "variant" in o or o == "new"}, found


def test_kinds_counted_under_a_heading_of_a_vault_note_are_the_headings_not_the_notes(tmp_path: Path) -> None:
    """In a note of a vault, "## Indirect den sealing" / "... Two flavors:" over items, and "- ## Den tools" / "- two main
    types" over nested items (Logseq), list kinds of what the heading names, not of the note's concept; under no heading
    of its own, "Two kinds:" still lists the note's."""
    _result, graph = build_files(tmp_path, {
        "Den sealing.md": "# Den sealing\n\nDen sealing is a way to keep dens dry.\n\n## Indirect den sealing\n"
                          "Instead of sealing the den, the badger seals the tunnel. Two flavors:\n- **passive mossing**: leave moss\n"
                          "- **active claying**: pack clay\n",
        "Den care.md": "- den care keeps dens nice\n- ## Den tools\n\t- two main types\n\t\t- Moss Rake\n\t\t- Clay Spade\n",
        "Den digging.md": "# Den digging\n\nDen digging is a craft. Two kinds:\n- **deep digging**: down\n- **wide digging**: sideways\n"})
    found = lowered(graph)
    assert {("passive mossing", "isA", "indirect den sealing"), ("active claying", "isA", "indirect den sealing"),
            ("moss rake", "isA", "den tool"), ("deep digging", "isA", "den digging")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o in ("den sealing", "den care") and s in ("passive mossing", "moss rake")}, found


def test_words_that_say_which_were_mentioned_are_no_words_of_the_kind(tmp_path: Path) -> None:
    """ "are the named metrics here", "are the den benchmarks she mentions", "the den tools the book recommends": the
    metrics, benchmarks and tools, which the words after or before say were named; no concept "named metric" and none of
    a clause. "named entities" stays a term."""
    graph = build(tmp_path, "# Dens\n\n**DenScore** and **MossScore** are the named metrics here.\n\n"
                            "ClayA and ClayB are the den benchmarks she mentions.\n\nOakA and OakB are the den tools the book recommends.\n\n"
                            "A named entity is a den name.\n")
    found = facts(graph)
    assert {("DenScore", "isA", "metric"), ("ClayA", "isA", "den benchmark"), ("OakB", "isA", "den tool"),
            ("named entity", "isA", "den name")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "named metric" in o or "mention" in o or "recommend" in o}, found


def test_a_name_then_a_verb_that_is_no_noun_is_a_clause_no_concept(tmp_path: Path) -> None:
    """ "DenSmith and PromptDen manage prompts" in a note's list of tools: "manage" is PromptDen's verb, so no concept
    "PromptDen manage prompt"; a site and a title parted by a dash ("freeCodeCamp - Learn Moss") stay one name."""
    _result, graph = build_files(tmp_path, {
        "Den versioning.md": "# Den versioning\n\nDen versioning is the practice of keeping dens apart.\n\n"
                             "Tools: plain git works; DenSmith and PromptDen manage prompts, and Pydantic models are handy for the metadata.\n\n"
                             "- [freeCodeCamp - Learn Moss](https://example.org/moss): Long video on moss.\n",
        "Den care.md": "# Den care\n\nDen care is work. See [[Den versioning]].\n"})
    found = lowered(graph)
    assert ("promptden", "isA", "tool") in found and ("freecodecamp - learn moss", "developedBy", "freecodecamp") in found, found
    assert not {(s, r, o) for s, r, o in found if "manage" in s or "manage" in o}, found


def test_a_sentence_spliced_on_with_a_comma_ends_the_list_of_objects(tmp_path: Path) -> None:
    """ "DenNet 2 and DenNet 3 use different special tokens, Mossral has yet another one.": Mossral opens a sentence of its
    own, no object of "use"; a name last in a list ("moss, clay, Oak Bark") stays an object."""
    graph = build(tmp_path, "# Dens\n\nDenNet 2 and DenNet 3 use different special tokens, Mossral has yet another one.\n\n"
                            "ClayNet uses moss, clay, Oak Bark.\n")
    found = facts(graph)
    assert {("DenNet 2", "uses", "special token"), ("ClayNet", "uses", "Oak Bark")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "Mossral"}, found


def test_a_sum_in_an_item_is_parts_only_when_it_is_the_whole_item_of_noun_phrases(tmp_path: Path) -> None:
    """ "- retriever + generator" under an item lists its parts, and "cpu/gpu memory + disk" shares the head of "cpu/gpu
    memory" (cpu memory, gpu memory); "marketing + ads, profile pics" is one item of a list, "harder b/c wet dens + FMs often
    black boxes" a remark: no parts, no concept "c wet den"."""
    _result, graph = build_files(tmp_path, {
        "Den uses.md": "- [[Den sealing]]\n\t- retriever + generator\n\t- cpu/gpu memory + disk\n- [[Den care]]\n"
                       "\t- marketing + ads, profile pics\n\t- harder b/c wet dens + FMs often black boxes\n",
        "Other.md": "- [[Den care]] is nice\n"})
    found = lowered(graph)
    assert {("den sealing", "contains", "retriever"), ("den sealing", "contains", "cpu memory"),
            ("den sealing", "contains", "gpu memory"), ("den sealing", "contains", "disk")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "den care" and r == "contains"}, found
    assert not {(s, r, o) for s, r, o in found if "c wet" in o or "black box" in o or o == "cpu"}, found


def test_a_table_of_families_and_when_to_use_each_names_no_kind_family_and_no_judged_use(tmp_path: Path) -> None:
    """ "## Two families" over "| Family | ... | When to use |": the rows are no kinds of "family"; "default choice", "standard
    practice", "plenty of moss & clay" say when to use a row's thing and name no use of it; "code completion" names one."""
    graph = build(tmp_path, "# Den methods\n\n## Two families\n\n| Family | What it does | When to use | Example |\n|---|---|---|---|\n"
                            "| Moss-based (additive) | adds moss | default choice | DenLoRA |\n| Clay-based | adds clay | code completion | ClayTune |\n\n"
                            "## Den tactics\n\n| Technique | What it does | When to use |\n|---|---|---|\n| Full sealing | all holes | plenty of moss & clay |\n"
                            "| Mixed sealing | moss in winter | standard practice |\n")
    found = lowered(graph)
    assert {("moss-based", "hasExample", "denlora"), ("clay-based", "usedFor", "code completion")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o in ("family", "default choice", "standard practice", "clay", "plenty of moss")}, found


def test_a_doing_right_after_a_past_verb_is_its_object_and_no_relation(tmp_path: Path) -> None:
    """ "MossNet beat finetuning on wet dens", "ClayNet outperformed finetuning on ...": finetuning is what was beaten, no
    `trainedOn wet den` and no concept "MossNet beat"; "FirNet is finetuning on dry dens" and "averaged or combined using
    majority voting" keep their readings."""
    graph = build(tmp_path, "# Dens\n\nMossNet beat finetuning on wet dens.\n\nClayNet outperformed finetuning on wet dens.\n\n"
                            "FirNet is finetuning on dry dens.\n\nDen votes are combined using majority voting.\n")
    found = facts(graph)
    assert {("FirNet", "trainedOn", "dry den"), ("den vote", "uses", "majority voting")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s in ("MossNet", "ClayNet", "MossNet beat") or o == "wet den"}, found


def test_a_later_sentence_of_an_entry_that_opens_on_its_kind_then_a_semicolon_says_what_the_entry_is(tmp_path: Path) -> None:
    """ "- **Den flood**: a den that is wet. A type of *den failure*; detected with moss probes.": the flood is a den failure,
    as "A type of den failure." alone says; "A badger uses it; it is soft." is a sentence of its own, no kind."""
    graph = build(tmp_path, "# Dens\n\n- **Den flood**: a den that is wet. A type of *den failure*; detected with moss probes.\n"
                            "- **Den rot**: a den that rots. A kind of den failure; badgers hate it.\n"
                            "- **Den moss**: a den lining. A badger uses it; it is soft.\n")
    found = lowered(graph)
    assert {("den flood", "isA", "den failure"), ("den rot", "isA", "den failure"), ("den moss", "isA", "den lining")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "den moss" and r == "isA" and o != "den lining"}, found


def test_and_then_a_plural_and_its_copula_opens_a_clause_of_its_own(tmp_path: Path) -> None:
    """ "... because dens are public on hills and badgers are trained on moss scrapes": the badgers are trained on them, not
    the dens (no comma before "and"); "MossNet and ClayNet are den models" joins two subjects, and "warm and dry" two words."""
    graph = build(tmp_path, "# Dens\n\nVery common because dens are public on hills and badgers are trained on moss scrapes.\n\n"
                            "MossNet and ClayNet are den models.\n")
    found = lowered(graph)
    assert {("badger", "trainedOn", "moss scrape"), ("mossnet", "isA", "den model"), ("claynet", "isA", "den model")} <= found, found
    assert not {(s, r, o) for s, r, o in found if s == "den" and r == "trainedOn"}, found


def test_like_then_a_doer_and_its_do_likens_and_names_no_example(tmp_path: Path) -> None:
    """ "report depth on the whole benchmark, like Zorpco did in the DenNet paper": as Zorpco did, no example of a benchmark;
    "Use big tools, like DenKit and MossKit." still lists examples."""
    graph = build(tmp_path, "# Dens\n\nHandling: report depth on the clean dens as well as the whole benchmark, like Zorpco did in the DenNet paper.\n\n"
                            "Use big tools, like DenKit and MossKit.\n")
    found = facts(graph)
    assert ("DenKit", "isA", "big tool") in found, found
    assert not {(s, r, o) for s, r, o in found if s == "Zorpco"}, found


def test_a_possessive_and_a_spelled_out_title_in_parentheses_name_the_maker(tmp_path: Path) -> None:
    """ '**DenEval** (Zorpco's "Mostly Basic Den Problems")': Zorpco made it, the title its name spelled out; "Den care
    (Kim's "Den Care")" names no thing made, and "(Zorpco's safety model)" in lower case is no title."""
    graph = build(tmp_path, '# Dens\n\n**DenEval** (Zorpco\'s "Mostly Basic Den Problems") is a den benchmark.\n\n'
                            'That is how **OakEval** (Clayco\'s "Oak Basic Problems") works.\n\n**Den care** (Kim\'s "Den Care") is work.\n')
    found = facts(graph)
    assert {("DenEval", "developedBy", "Zorpco"), ("OakEval", "developedBy", "Clayco")} <= found, found
    assert not {(s, r, o) for s, r, o in found if o == "Kim"}, found


def test_a_count_of_types_said_where_they_are_covered_lists_kinds(tmp_path: Path) -> None:
    """ "Three main types covered in ch. 5:" over linked items in a note lists kinds of the note's concept, as "Three
    main types:" and "Three main types in the book:" do."""
    _result, graph = build_files(tmp_path, {
        "Den attack.md": "# Den attack\n\nA den attack is any attempt to enter a den.\n\nThree main types covered in ch. 5:\n"
                         "- [[Den flooding]] — water in\n- [[Den smoking]] — smoke in\n",
        "Den flooding.md": "# Den flooding\n\nDen flooding is bad. See [[Den attack]].\n"})
    found = lowered(graph)
    assert {("den flooding", "isA", "den attack"), ("den smoking", "isA", "den attack")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "type" in o or "ch. 5" in o}, found
