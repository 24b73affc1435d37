"""Forms read from held-out notes of round fifty-five: makers in parentheses, labels and question headings over lists,
clauses a comma or "so" opens, words written short, comparisons and places that name no kind.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, folded_facts


def test_two_makers_joined_in_parentheses_both_made_it(tmp_path: Path) -> None:
    """ "μD (MossLab + ClayCorp, 2022)": two organisations joined by "+" in the parenthesis after a name both made
    it; one alone was read, two read nothing. Without the year, names joined are what a thing is made of ("(LoRA + QLoRA)"),
    no makers."""
    graph = build(tmp_path, "# Dens\n\n- **μD** (MossLab + ClayCorp, 2022): a depth trick.\n"
                            "- **DenNet** (Burrow Labs + ClayCorp, 2021): a den model.\n"
                            "- **MossMix** (LoRA + QLoRA): two adapters in one.\n")
    found = folded_facts(graph)
    assert {("μd", "developedBy", "mosslab"), ("μd", "developedBy", "claycorp"),
            ("dennet", "developedBy", "burrow labs"), ("dennet", "developedBy", "claycorp")} <= found, found
    assert not {(s, o) for s, r, o in found if r == "developedBy" and s == "mossmix"}, found


def test_a_doing_before_use_cases_is_what_is_used(tmp_path: Path) -> None:
    """ "digging use cases: moss storage (one den, small), fox defense": a doing before "use cases" is what is used, as a
    noun there is ("den use cases: A"); it had been read as a doing and its object ("Finding roots: A"), each item used
    for "digging use cases"."""
    graph = build(tmp_path, "# Dens\n\n- digging use cases: moss storage (one den, small), fox defense (dens on diff hills)\n"
                            "- den use cases: warmth, dryness.\n")
    found = folded_facts(graph)
    assert {("digging", "usedFor", "moss storage"), ("digging", "usedFor", "fox defense"), ("den", "usedFor", "warmth")} <= found, found
    assert not {(s, r, o) for s, r, o in found if "use case" in o or "use case" in s}, found


def test_a_numbered_label_before_a_bold_term_is_no_concept(tmp_path: Path) -> None:
    """ "hyp 1 — **self-soaking** (Kim et al., MossLab 2021): ...": a word that numbers an item of a list ("hyp 1",
    "reason 2", "prob #3") is its place, no concept; the bold term after it is what the line is on. "hyp 1" had been made
    a concept, credited to Kim et al. A name with its version ("Badger 2 — a den model") is still a term."""
    graph = build(tmp_path, "# Dens\n\n## Why dens flood\n\n"
                            "- hyp 1 — **self-soaking** (Kim et al., MossLab 2021): the den soaks up its own water\n"
                            "- reason 2 — **moss rot**: moss makes dens rot\n"
                            "- Badger 2 — a den model from MossLab.\n")
    found = folded_facts(graph)
    assert {("self soaking", "developedBy", "kim et al"), ("self soaking", "developedBy", "mosslab"), ("badger 2", "isA", "den model")} <= found, found
    assert not {(s, o) for s, r, o in found if s in ("hyp 1", "reason 2") or o in ("hyp 1", "reason 2")}, found


def test_more_clipped_words_are_written_out(tmp_path: Path) -> None:
    """ "activation fns", "den vocab", "attn heads", "convos": words clipped in notes, in small letters, are written out as
    "algo" is, so that the concept meets its full name ("nonlinear activation function"). A name that holds the letters
    ("Seq2Seq", "FnDen") keeps them."""
    graph = build(tmp_path, "# Dens\n\n- moss module = clay layers w/ nonlinear activation fns (MossLU, ClayLU) in between\n"
                            "- **Den vocab:** the set of dens a badger knows.\n- **attn heads:** parts of the moss module.\n"
                            "- **FnDen** is a den model; Seq2Seq is a den model too.\n")
    found = folded_facts(graph)
    assert {("mosslu", "isA", "nonlinear activation function"), ("fnden", "isA", "den model"), ("seq2seq", "isA", "den model")} <= found, found
    labels = {graph.label(concept) for concept in graph.concepts()}
    assert {"den vocabulary", "attention head", "FnDen", "Seq2Seq"} <= labels, labels


def test_a_kind_said_with_more_or_less_is_compared_and_names_no_kind(tmp_path: Path) -> None:
    """ "a more precise (and more costly) model, e.g. Badger-9B": "more precise" compares, as "a smaller model" does, and
    names no kind; "more" alone had gone, leaving `Badger-9B isA precise model`. "More accurate than" still compares two
    things, and "a more efficient variant of" still says what a thing is."""
    graph = build(tmp_path, "# Dens\n\n- Dig with a more precise (and more costly) model, e.g. Badger-9B.\n"
                            "- A cross-encoder is a less noisy model.\n- MossNet is a more efficient variant of DenNet.\n"
                            "- MossNet is more accurate than ClayNet.\n")
    found = folded_facts(graph)
    assert {("mossnet", "isA", "dennet"), ("mossnet", "contrastsWith", "claynet")} <= found, found
    assert not {o for s, r, o in found if r == "isA" and o.endswith("model")}, found


def test_a_word_said_twice_around_a_preposition_says_how_and_names_nothing(tmp_path: Path) -> None:
    """ "high-level plans (e.g. quarter-by-quarter)", "step-by-step": a word said twice around "by" or "to" says how a
    doing goes, as an adverb does, and names no kind of plan; it had read `quarter-by-quarter isA high-level plan`. A
    compound of two words ("text-to-moss") still names a thing."""
    graph = build(tmp_path, "# Dens\n\n- tradeoff: high-level plans (e.g. quarter-by-quarter) easier to make, harder to dig.\n"
                            "- den tasks like text-to-moss and step-by-step are hard.\n")
    found = folded_facts(graph)
    assert ("text to moss", "isA", "den task") in found, found
    assert not {(s, o) for s, r, o in found if "quarter" in s or "step" in s}, found


def test_a_verb_said_again_after_a_comma_opens_a_clause_of_another_subject(tmp_path: Path) -> None:
    """ "MossOpt stores moss, ClayOpt stores clay, OakOpt stores sand": the tagger may read "stores" as a plural, but said
    again after a comma and a subject it is the verb of a clause of its own: each stores its own. It had read `MossOpt
    contains ClayOpt`; after a count ("stores 2 values, ClayOpt stores 1"), "ClayOpt stores 1" had been made a value."""
    graph = build(tmp_path, "# Dens\n\n- MossOpt stores moss, ClayOpt stores clay, OakOpt stores sand.\n"
                            "- MossOpt stores 2 values per badger, ClayOpt w/ momentum stores 1, vanilla ClayOpt stores 0.\n")
    found = folded_facts(graph)
    assert {("mossopt", "contains", "moss"), ("clayopt", "contains", "clay"), ("oakopt", "contains", "sand")} <= found, found
    assert not {(s, o) for s, r, o in found if s == "mossopt" and o in ("clayopt", "oakopt", "vanilla clayopt")}, found
    assert not {s for s, r, o in found if "stores" in s}, found


def test_built_on_in_an_aside_of_the_subject_is_what_it_uses(tmp_path: Path) -> None:
    """ "before that: Sett2sett (MossLab, 2014), built on tunnels, used for moss storage": "built on" or "based on" in an aside of
    the subject, before any verb, says what it uses, as at the start of a sentence. After a verb it may be said of the
    object ("every den makes its own map, based on the den's moss") and is not read."""
    graph = build(tmp_path, "# Dens\n\n- before that: Sett2sett (MossLab, 2014), built on tunnels, used for moss storage\n"
                            "- Every den makes its own den map, based on the moss layer.\n")
    found = folded_facts(graph)
    assert {("sett2sett", "uses", "tunnel"), ("sett2sett", "usedFor", "moss storage")} <= found, found
    assert not {(s, o) for s, r, o in found if o == "moss layer"}, found


def test_a_name_weighed_in_a_fragment_contrasts_with_the_other(tmp_path: Path) -> None:
    """ "DenPO (direct den optimization) simpler than RLDF; ...": a name and a comparative with no verb weighs it against
    the other, as "DenPO is simpler than RLDF" does. A plural noun ("Mossy dens simpler than clay dens") may open a clause
    that goes on, and is not read so; nor is a verb and its adverb ("MossNet runs faster than DenNet")."""
    graph = build(tmp_path, "# Dens\n\n- DenPO (direct den optimization) simpler than RLDF; Badger 3 switched to DenPO\n"
                            "- Mossy dens simpler than clay dens.\n- MossNet runs faster than DenNet.\n")
    found = folded_facts(graph)
    assert ("denpo", "contrastsWith", "rldf") in found, found
    assert not {(s, o) for s, r, o in found if r == "contrastsWith" and s != "denpo"}, found


def test_a_training_defined_as_finetuning_on_data_is_trained_on_it(tmp_path: Path) -> None:
    """ "- **SFD:** finetuning on moss pairs", "supervised finetuning on den pairs": a training defined as a gerund of
    finetuning on data is trained on it, as "finetuned on" says. A gerund after a verb or "using" is that doing's object
    ("The den models are tuned using supervised fine-tuning on moss pairs and RLDF": no `den model trainedOn RLDF`), and
    the verb before it keeps its object."""
    graph = build(tmp_path, "# Dens\n\n- **SFD** (supervised fine digging): finetuning on moss pairs.\n- **SFF**: supervised finetuning on den pairs.\n"
                            "- The den models are tuned using supervised fine-tuning on clay pairs and RLDF.\n")
    found = folded_facts(graph)
    assert {("sfd", "trainedOn", "moss pair"), ("sff", "trainedOn", "den pair"), ("den model", "uses", "supervised fine tuning")} <= found, found
    assert not {(s, o) for s, r, o in found if r == "trainedOn" and s == "den model"}, found


def test_a_chapter_title_over_a_table_names_its_subject_without_the_chapter(tmp_path: Path) -> None:
    """ "# Ch3 – Den Sorting (the fun part)" / "## Basics" / "| Strategy | ... |": past a heading on a part of the writing,
    the title is the table's subject once its place in the book ("Ch3 –", "Chapter 3:") and a remark in parentheses are
    left out: its strategies are ways of den sorting, as under "# Den Sorting". With them, it had named no subject."""
    graph = build(tmp_path, "# Ch3 – Den Sorting (the fun part)\n\n## Basics\n\n| Strategy | What it is | Drawback |\n|---|---|---|\n"
                            "| Top-den | take the top den | ignores moss |\n| Min-den | take the shallowest den | rare |\n")
    found = folded_facts(graph)
    assert {("den sorting", "includes", "top den"), ("den sorting", "includes", "min den")} <= found, found


def test_a_maker_in_parentheses_elsewhere_is_not_made_by_the_authors_cited_after_it(tmp_path: Path) -> None:
    """ "- MossLab (Kim et al. 2024): deep dens beat wide ones", where MossLab made a thing elsewhere ("DenNet (MossLab)",
    "(Lee et al., MossLab 2021)"): the authors are who at MossLab found it, as after "MossLab's DenCam"; it had read
    `MossLab developedBy Kim et al.`. A thing cited so ("- DenSoup (Kim et al. 2024): ...") is still theirs."""
    graph = build(tmp_path, "# Dens\n\n- DenNet (MossLab, 2022) is a den model.\n- MossLab (Kim et al. 2024): deep dens beat wide ones.\n"
                            "- DenSoup (Kim et al. 2024): soups of dens.\n")
    found = folded_facts(graph)
    assert {("dennet", "developedBy", "mosslab"), ("densoup", "developedBy", "kim et al")} <= found, found
    assert ("mosslab", "developedBy", "kim et al") not in found, found


def test_the_sides_of_vs_share_the_head_after_the_word_of_the_first_sides_form(tmp_path: Path) -> None:
    """ "**Moss-based vs Soft Clay-based Dens:**": the one-word side shares what follows the last side's word of its own
    form ("Clay-based"), "dens", not all but the last side's first word ("Clay-based Dens"), which had made it
    "moss-based clay-based den"."""
    graph = build(tmp_path, "# Dens\n\n- **Moss-based vs Soft Clay-based Dens:** the 2 buckets of den building.\n"
                            "- **Sparse vs Dense Dens:** how many rooms are used.\n")
    found = folded_facts(graph)
    assert {("moss based den", "contrastsWith", "soft clay based den"), ("sparse den", "contrastsWith", "dense den")} <= found, found


def test_how_much_a_plural_changes_names_no_measured_thing(tmp_path: Path) -> None:
    """ "- **Dig Rate:** how much dens change per step": "dens change" is a plural and its verb, a clause, no thing the
    term measures; it had read `dig rate measures dens change`. "how much moss a den holds" still measures moss."""
    graph = build(tmp_path, "# Dens\n\n- **Dig Rate:** how much dens change per step.\n- **Den Load:** how much moss a den holds.\n")
    found = folded_facts(graph)
    assert ("den load", "measures", "moss") in found, found
    assert not {o for s, r, o in found if s == "dig rate"}, found


def test_a_doing_named_after_its_object_holds_before_and(tmp_path: Path) -> None:
    """ "used to improve burrow tracking and get dry dens": a doing named after its object ("burrow tracking") is whole
    before "and" as at the end; it had been cut to "improving burrow"."""
    graph = build(tmp_path, "# Dens\n\n- Moss lining is mostly used to improve burrow tracking and get dry dens.\n")
    found = folded_facts(graph)
    assert ("moss lining", "usedFor", "improving burrow tracking") in found, found
    assert ("moss lining", "usedFor", "improving burrow") not in found, found


def test_a_label_over_a_list_under_a_kind_is_no_member_of_it(tmp_path: Path) -> None:
    """ "- **Den Metrics:** ..." / "  - safety: fox risk, flood risk.": a word in small letters that labels a list under a
    kind says which side of it the list is on, and is no member of the kind; it had read `safety isA den metric`. A label
    that ends on the kind's own word ("latency metrics: A, B") still is one, and a name over a description still is."""
    graph = build(tmp_path, "# Dens\n\n- **Den Metrics:** should be driven by the failures you care about.\n"
                            "  - safety: fox risk, flood risk.\n  - latency metrics: time to first den, total dig time.\n"
                            "  - **DenScore**: a score, cheap, fast.\n  - **moss depth**: how deep, in cm, per den.\n")
    found = folded_facts(graph)
    assert {("time to first den", "isA", "latency metric"), ("denscore", "isA", "den metric"), ("moss depth", "isA", "den metric")} <= found, found
    assert ("safety", "isA", "den metric") not in found, found


def test_a_doing_before_a_copula_after_a_comma_opens_a_clause(tmp_path: Path) -> None:
    """ "the sniffer is a tool, digging is an action": a doing alone before "is" after a comma is the subject of a clause of
    its own, as a noun there is ("the digger is an action"); it had read `sniffer isA digging`, `sniffer isA action`."""
    graph = build(tmp_path, "# Dens\n\n- a den system is a simple burrow: the sniffer is a tool, digging is an action.\n")
    found = folded_facts(graph)
    assert {("sniffer", "isA", "tool"), ("digging", "isA", "action")} <= found, found
    assert not {o for s, r, o in found if s == "sniffer" and o != "tool"}, found


def test_so_before_a_clause_gives_it_its_own_subject(tmp_path: Path) -> None:
    """ "Deep digging is too slow at scale so everyone uses fast digging": "so" before a subject and a verb opens a clause
    whose subject is its own ("everyone", no one named); it had read `deep digging uses fast digging`. "so" that says how
    much ("so far", "so wet that") opens none, and a clause of a named subject still says what it uses."""
    graph = build(tmp_path, "# Dens\n\n- Deep digging is too slow at scale so everyone uses fast digging.\n"
                            "- Moss dens are wet so badgers use clay.\n- Den mapping uses sonar so far.\n")
    found = folded_facts(graph)
    assert {("badger", "uses", "clay"), ("den mapping", "uses", "sonar")} <= found, found
    assert ("deep digging", "uses", "fast digging") not in found, found


def test_two_things_set_against_each_other_by_but_name_no_kind(tmp_path: Path) -> None:
    """ "**Dig failures** — right tool but bad output, e.g. paw slips": two things "but" sets against each other describe a
    case, and the first is no kind of the term; it had read `dig failure isA right tool`. "a clay den but with moss on top"
    still says the term is a clay den."""
    graph = build(tmp_path, "# Dens\n\n1. **Dig failures** — right tool but bad output, e.g. paw slips.\n"
                            "2. **Moss dens** — basically a clay den but with moss on top.\n")
    found = folded_facts(graph)
    assert ("moss den", "isA", "clay den") in found, found
    assert not {o for s, r, o in found if s == "dig failure" and r == "isA"}, found


def test_a_maker_after_the_object_of_of_is_the_subjects(tmp_path: Path) -> None:
    """ "**D4** = a cleaned subset of Moss Crawl, made by MossLab": a maker after a name that is the object of "of" made
    what the phrase is of, the subset, not the whole; it had read `Moss Crawl developedBy MossLab`. "GPT-9, made by
    MossLab, is a den model" is still the name's."""
    graph = build(tmp_path, "# Dens\n\n- **D4** = a cleaned subset of Moss Crawl, made by MossLab.\n- DenGPT, made by ClayCorp, is a den model.\n")
    found = folded_facts(graph)
    assert {("d4", "developedBy", "mosslab"), ("d4", "partOf", "moss crawl"), ("dengpt", "developedBy", "claycorp")} <= found, found
    assert ("moss crawl", "developedBy", "mosslab") not in found, found


def test_a_hedged_adjective_is_the_adjective(tmp_path: Path) -> None:
    """ "MossNet is a common sparse-ish den model": "-ish" hedges the adjective, and the kind is a sparse den model, the
    words a reader names it by; it had been "sparse-ish den model"."""
    found = folded_facts(build(tmp_path, "# Dens\n\n- MossNet is a common sparse-ish den model.\n"))
    assert ("mossnet", "isA", "sparse den model") in found, found


def test_terms_under_a_question_of_where_are_read(tmp_path: Path) -> None:
    """ "### Q: where does den data come from?" / "- **D6** = a clay store": a question of where is answered by names of
    things, and a term there is a term; it had been read as a reason, as under "Why use X?" (still so)."""
    graph = build(tmp_path, "### Q: where does den data come from?\n\n- **D6** = a clay store.\n- D4 (Den Data Corpus) = a moss store.\n\n"
                            "### Q: why use moss?\n\n- **Warmth**: a warm den.\n")
    found = folded_facts(graph)
    assert {("d6", "isA", "clay store"), ("d4", "isA", "moss store")} <= found, found
    assert not {o for s, r, o in found if s == "warmth"}, found


def test_a_verb_the_tagger_takes_for_a_plural_names_nothing(tmp_path: Path) -> None:
    """ "DenMix (MossLab, 2024) — hybrid, interleaves clay + moss layers, MoE too": a word ending in "s" the dictionary
    knows only as a verb ("interleaves", "embeds") opens a verb phrase, no name; it had read `DenMix includes interleaves
    clay`. What the verb takes is then read as its objects."""
    graph = build(tmp_path, "# Dens\n\n- DenMix (MossLab, 2024) — hybrid, interleaves clay + moss layers, MoE too.\n")
    found = folded_facts(graph)
    assert {("denmix", "uses", "moe"), ("denmix", "developedBy", "mosslab")} <= found, found
    assert not {o for s, r, o in found if o.startswith("interleave")}, found


def test_a_question_heading_that_asks_what_is_inside_a_thing_heads_its_parts(tmp_path: Path) -> None:
    """ "### Q: what's inside a holt?" / "- a nest" / "- a door", "### Q: what does a sett consist of?": a question of what
    is inside a thing, or what it consists of, heads its parts, each item one, as "### Parts of a sett" does. It had been
    read as what one thing "inside a holt" is, and a question for several joined its items into one ("tunnels and
    chamber")."""
    graph = build(tmp_path, "# Dens\n\n### Q: what does a sett consist of?\n- tunnels\n- chambers\n\n"
                            "### Q: what's inside a holt?\n- a nest\n- a door\n")
    found = folded_facts(graph)
    assert {("sett", "contains", "tunnel"), ("sett", "contains", "chamber"), ("holt", "contains", "nest"), ("holt", "contains", "door")} <= found, found
    assert not {o for s, r, o in found if " and " in o}, found


def test_where_a_part_sits_is_no_part_of_its_name(tmp_path: Path) -> None:
    """ "- moss module before the tunnels (dry moss + wet moss)": where a part sits among the others ("before the tunnels",
    "between the chambers") is no part of its name; it had made "moss module before the tunnels". A title in capitals
    keeps its words."""
    graph = build(tmp_path, "# Dens\n\n### Parts of a sett\n- moss module before the tunnels\n- clay layer between the chambers\n")
    found = folded_facts(graph)
    assert {("sett", "contains", "moss module"), ("sett", "contains", "clay layer")} <= found, found


def test_an_organisation_named_with_digits_made_the_name_before_it(tmp_path: Path) -> None:
    """ "- Zamba (AB21 Labs, 2024) — a den model": an organisation whose name holds digits ("AB21 Labs") made the name before
    it, as "(Zorp Labs, 2024)" does; the name had been read as a common word, "zamba", with no maker."""
    graph = build(tmp_path, "# Dens\n\n- Zamba (AB21 Labs, 2024) — a den model.\n")
    found = folded_facts(graph)
    assert {("zamba", "developedBy", "ab21 labs"), ("zamba", "isA", "den model")} <= found, found
    assert "Zamba" in {graph.label(c) for c in graph.concepts()}


def test_alternatives_to_a_thing_over_a_list_are_set_against_it(tmp_path: Path) -> None:
    """ "Alternatives to moss lining:" over items, "## Alternatives to the sett", "### Q: any alternatives to clay?": each
    item is set against the thing, as "alternatives to X: A, B" on one line says; over a list they had been read as
    nothing of it."""
    graph = build(tmp_path, "# Dens\n\nAlternatives to moss lining:\n- ClayPad — a clay layer\n\n"
                            "### Q: any alternatives to clay?\n- DirtPad — a dirt layer\n\n## Alternatives to the sett\n- Holt — a river den\n")
    found = folded_facts(graph)
    assert {("moss lining", "contrastsWith", "claypad"), ("clay", "contrastsWith", "dirtpad"), ("sett", "contrastsWith", "holt"),
            ("claypad", "isA", "clay layer")} <= found, found


def test_a_plural_acronym_before_a_dash_heads_its_members(tmp_path: Path) -> None:
    """ "- SDMs (state den models) — promising for long dens" / "  - S4 (Gu et al. 2021) — made SDMs efficient": an acronym
    in the plural, a class of things, before a dash heads the names below it as a bold term would; the parenthesis after
    it had kept it from heading anything. A parenthesis that is a sentence heads nothing."""
    graph = build(tmp_path, "# Dens\n\n- SDMs (state den models) — promising for long dens\n  - S4 (Gu et al. 2021) — made SDMs efficient\n"
                            "- MossNet uses clay (it dries fast) — good\n  - DenCam — a camera\n")
    found = folded_facts(graph)
    assert {("s4", "isA", "sdm"), ("s4", "developedBy", "gu et al")} <= found, found
    assert not {o for s, r, o in found if s == "dencam" and r == "isA" and o != "camera"}, found


def test_a_spaced_slash_in_a_list_parts_two_items(tmp_path: Path) -> None:
    """ "- **Moss augmentation:** tools that fetch moss: moss retriever, web sniffing / sniff API, den search": a slash with
    spaces around it in a list parts two items, as a comma does; the list had been read as nothing, its slashed item no
    name. A slash inside a word ("TCP/IP") is no such part."""
    graph = build(tmp_path, "# Dens\n\n- **Moss augmentation:** tools that fetch moss: moss retriever, web sniffing / sniff API, den search\n"
                            "- **Clay augmentation:** tools that fetch clay: clay retriever, TCP/IP sniffer, den search\n")
    found = folded_facts(graph)
    assert {("moss augmentation", "includes", "moss retriever"), ("moss augmentation", "includes", "web sniffing"),
            ("moss augmentation", "includes", "den search"), ("clay augmentation", "includes", "tcp ip sniffer")} <= found, found


def test_a_tip_label_opens_no_clause_of_its_own(tmp_path: Path) -> None:
    """ "Tip: moss planner vs clay planner — ...": "Tip:", "FYI:" before a sentence say how it is given, as "Note:" does,
    and the sentence is read as if they were not there; the two sides had been read as nothing."""
    graph = build(tmp_path, "# Dens\n\nTip: moss planner vs clay planner — clay agents need training on the den.\n\nFYI: MossNet uses clay.\n")
    found = folded_facts(graph)
    assert {("moss planner", "contrastsWith", "clay planner"), ("mossnet", "uses", "clay")} <= found, found
