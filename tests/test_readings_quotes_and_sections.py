"""Quoted wording, items that are no names, and the sections of a note that list its examples.

Every input here is written for the test; none is taken from the owner's notes or the test corpus.
Each form is shown where it holds and where the words around it must keep their old reading."""

from __future__ import annotations

from pathlib import Path

from reading import build, build_files, lowered


def test_a_quoted_sentence_is_wording_and_claims_nothing(tmp_path: Path) -> None:
    """ 'moss balancing: swap warm words, "she is a badger" -> "he is a badger"': the quotes cite wording, no kind of
    moss balancing; a quoted name ('called "open dens"') and a quoted title after its work's kind stay."""
    found = lowered(build(tmp_path, '# Dens\n\n## Moss\n\n- moss balancing: swap warm words, "she is a badger" -> "he is a badger"\n'
                                    '- probing: ask "A badger is a _ digger" and read the blank\n\n'
                                    'The paper "Badgers Are Few-Shot Diggers" (Kim et al., 2021) calls them "open dens".\n'))
    assert not any(o in ("badger", "digger") for _s, _r, o in found), found
    assert ("badgers are few-shot diggers", "createdBy", "kim et al.") in found, found


def test_an_item_that_opens_with_an_auxiliary_is_a_clause(tmp_path: Path) -> None:
    """ "moss-based failures (missing moss, old moss, doesn't know your tunnels)": the last item is what the den does
    not do, no failure named "does"; the items before it stay."""
    found = lowered(build(tmp_path, "# Dens\n\n- moss-based failures (missing moss, outdated moss, doesn't know your private tunnels) → MossNet\n"))
    assert {("missing moss", "isA", "moss-based failure"), ("outdated moss", "isA", "moss-based failure")} <= found, found
    assert not any(s in ("doe", "does", "does not know") for s, _r, _o in found), found


def test_items_that_open_with_one_name_no_member(tmp_path: Path) -> None:
    """ "Keep several den sets: one like wet dens, one with known leaks": each "one" stands for a den set the words
    only describe; none is named "representative of wet dens"."""
    found = lowered(build(tmp_path, "# Dens\n\nKeep several den sets: one representative of wet dens, one with known leaks, "
                                    "one for dry dens.\n\nDen sets: MossSet, OakSet.\n"))
    assert ("mossset", "isA", "den set") in found, found
    assert not any(o == "den set" and s.startswith(("representative", "with", "for")) for s, _r, o in found), found


def test_a_caption_of_families_names_what_the_rows_are_and_a_type_sorts_it(tmp_path: Path) -> None:
    """ "**Den care families**" over "| technique | type |" / "| mossing | layer-based |": each row is a kind of den
    care, and "layer-based" sorts den care ("layer-based den care"), not the header's word ("layer-based technique");
    with no caption, the header's word is the kind the type sorts, as before."""
    found = lowered(build(tmp_path, "# Dens\n\n## Den care\n\n**Den care families**\n\n| technique | type | what it is |\n|---|---|---|\n"
                                    "| mossing | layer-based | adds moss |\n| MossLoRA | layer-based | low-rank moss |\n\n"
                                    "## Searching\n\n| retriever | type |\n|---|---|\n| DenSearch | embedding-based |\n| MossFind | term-based |\n"))
    assert {("mossing", "isA", "den care"), ("mosslora", "isA", "layer-based den care"), ("mossing", "isA", "layer-based den care"),
            ("densearch", "isA", "embedding-based retriever")} <= found, found
    assert not any(o in ("den care family", "layer-based technique") for _s, _r, o in found), found


def test_an_examples_section_lists_named_examples_of_what_it_is_under(tmp_path: Path) -> None:
    """A note's "## Examples" (or "### Examples" under a heading that names a thing) lists examples of it when its items
    are names: "- MossHome, BurrowMax", "- **ClayPit** (Zorp): ..."; an item that is a doing ("- digging by hand")
    names none."""
    graph = build_files(tmp_path, {"Den.md": "# Den\n\nA den is a dug shelter that badgers live in.\n\n## Examples\n"
                                             "- MossHome, BurrowMax\n- **ClayPit** (Zorp, 2021): dug in clay, NOT sand\n- digging by hand\n",
                                   "sett.md": "# Setts\n\n## Sett\n\nA sett is a big den.\n\n### Examples\n- OakSett\n"})[1]
    found = lowered(graph)
    assert {("den", "hasExample", "mosshome"), ("den", "hasExample", "burrowmax"), ("den", "hasExample", "claypit"),
            ("sett", "hasExample", "oaksett")} <= found, found
    assert not any("digging" in o for _s, _r, o in found), found


def test_a_citation_in_a_table_names_who_made_the_row_in_any_column(tmp_path: Path) -> None:
    """ "| clay arithmetic | ... | Ilgar et al. 2022 |" under "| example |", "| MossLoRA | ... | Hu et al. 2021 (Zorp) |":
    a cell that only cites names the row's authors (and their organisation), no example of it; a name there is an example."""
    found = lowered(build(tmp_path, "# Dens\n\n| method | what it is | example |\n|---|---|---|\n| clay arithmetic | add clay vectors | Ilgar et al. 2022 |\n"
                                    "| den stacking | stack dens | Goliath-12 |\n\n| technique | what | ref |\n|---|---|---|\n"
                                    "| MossLoRA | low-rank moss | Hu et al. 2021 (Zorp) |\n"))
    assert {("clay arithmetic", "developedBy", "ilgar et al."), ("mosslora", "developedBy", "hu et al."), ("mosslora", "developedBy", "zorp"),
            ("den stacking", "hasExample", "goliath-12")} <= found, found
    assert not any(r == "hasExample" and "et al" in o for _s, r, o in found), found


def test_a_kind_before_a_colon_that_explains_it(tmp_path: Path) -> None:
    """ "digging is a search problem: search over paths, pick one": one thing, "a" search problem, then what it comes to;
    "A den is a mix: moss, clay and sand" still lists what the mix holds."""
    found = lowered(build(tmp_path, "# Dens\n\nDigging is a search problem: search over paths to moss, pick the best one.\n\n"
                                    "A sett is a mix: moss, clay and sand.\n"))
    assert ("digging", "isA", "search problem") in found, found
    assert {("sett", "contains", "moss"), ("sett", "contains", "sand")} <= found and not any(o == "mix" for _s, _r, o in found), found


def test_a_term_with_its_abbreviation_inside_set_equal_to_its_definition(tmp_path: Path) -> None:
    """ "Moss-of-clay (MoC) sealing = asking the badger to seal. Introduced by Wei et al. (2022) at Zorp.": the term is
    "moss-of-clay sealing", "MoC sealing" its other name, and the sentence after it credits it."""
    graph = build(tmp_path, "# Dens\n\nMoss-of-clay (MoC) sealing = asking the badger to seal the den. Introduced by Wei et al. (2022) at Zorp.\n\n"
                            "- Clay-in-moss (CiM) lining = a den technique\n")
    found = lowered(graph)
    assert {("moss-of-clay sealing", "developedBy", "wei et al."), ("moss-of-clay sealing", "developedBy", "zorp"),
            ("clay-in-moss lining", "isA", "den technique")} <= found, found
    assert graph.label(graph.resolve("MoC sealing")).casefold() == "moss-of-clay sealing"


def test_a_label_of_amounts_per_thing_lists_no_members(tmp_path: Path) -> None:
    """ "moss layers per den: MossDen 0, ClayDen 1, OakDen 2": how many each has, no "MossDen 0" that is a moss layer;
    a label of a kind still lists its members ("den tools: MossCam, OakRadar")."""
    found = lowered(build(tmp_path, "# Dens\n\n- moss layers per den: MossDen 0, ClayDen 1, **OakDen 2**\n\nDen tools: MossCam, OakRadar.\n"))
    assert ("mosscam", "isA", "den tool") in found, found
    assert not any(o.startswith("moss layer") for _s, _r, o in found), found


def test_a_word_for_a_day_names_nothing(tmp_path: Path) -> None:
    """ "Moss depth is still used today": when it is used, no thing named "today"."""
    found = lowered(build(tmp_path, "# Dens\n\n- **moss depth**: an idea from 1951, still used today\n"))
    assert not any("today" in (s, o) for s, _r, o in found), found


def test_a_verb_let_or_helped_is_not_the_subjects(tmp_path: Path) -> None:
    """ "MossNet is a mechanism that lets a badger keep and use moss", "OakNet helps badgers use clay": the badger uses
    it, not MossNet or OakNet; "MossNet makes use of moss" and "ElmNet uses sand and helps badgers" say what each uses."""
    found = lowered(build(tmp_path, "# Dens\n\nMossNet is a mechanism that lets a badger keep and use moss.\n\nOakNet helps badgers use clay.\n\n"
                                    "ElmNet uses sand and helps badgers.\n\nAshNet makes use of peat.\n"))
    assert {("elmnet", "uses", "sand"), ("ashnet", "uses", "peat")} <= found, found
    assert not any(s in ("mossnet", "oaknet") and r == "uses" for s, r, _o in found), found


def test_headings_under_a_heading_of_parts_are_parts(tmp_path: Path) -> None:
    """ "Den stack.md" / "## Layers" / "### 1. Tunnel layer": each heading under "Layers" is a part of the note's concept,
    and under "## Den" / "### Components" a part of the den; "## Steps" / "### Dig the hole" says what to do, no part."""
    found = lowered(build_files(tmp_path, {"Den stack.md": "# Den stack\n\nThe den stack = the 3 layers every den is built on.\n\n## Layers\n"
                                                          "### 1. Tunnel layer\n- drainage\n\n### 2. Room layer\n- sleeping rooms\n\n"
                                                          "## Steps\n### Dig the hole\n",
                                           "notes.md": "# Notes\n\n## Den\n\n### Components\n\n#### Moss wall\n\nA wall lined with moss.\n"})[1])
    assert {("den stack", "contains", "tunnel layer"), ("den stack", "contains", "room layer"), ("den", "contains", "moss wall")} <= found, found
    assert not any("hole" in o for _s, _r, o in found), found


def test_a_counted_class_word_heads_its_items_whatever_says_which(tmp_path: Path) -> None:
    """ "- 3 metrics for how good your den watch is (from DevOps)" over "  - MTTD - mean time to detection": each item is a
    metric, however long the words after the class word that say which; bare words under "Three metrics:" stay too vague."""
    found = lowered(build(tmp_path, "# Dens\n\n- 3 metrics for how good your den watch is (from DevOps)\n  - MTTD - mean time to detection\n"
                                    "  - MTTR (mean time to response): how long until it is fixed\n\nThree metrics:\n\n- depth\n- width\n"))
    assert {("mttd", "isA", "metric"), ("mttr", "isA", "metric")} <= found, found
    assert not any(s in ("depth", "width") for s, _r, _o in found), found


def test_a_purpose_ends_where_an_aside_or_a_clause_opens(tmp_path: Path) -> None:
    """ "used to find wet dens (tiny change -> badger leaves)", "used to teach young badgers, claw marks show them",
    "| MossRake | remove moss (→ new den, fewer rooms) |": what each is for ends before the parenthesis or the comma."""
    found = lowered(build(tmp_path, "# Dens\n\nMoss is also used to find wet dens (tiny change -> badger leaves).\n\n"
                                    "- clay: used to teach young badgers, claw marks in the clay show them\n\n"
                                    "| tool | what |\n|---|---|\n| MossRake | remove moss (→ new den, fewer rooms) |\n"))
    assert {("moss", "usedFor", "finding wet dens"), ("clay", "usedFor", "teaching young badgers"), ("mossrake", "usedFor", "removing moss")} <= found, found
    assert not any(r == "usedFor" and ("leave" in o or "claw" in o or "room" in o) for _s, r, o in found), found


def test_a_label_of_one_thing_per_another_names_no_kind(tmp_path: Path) -> None:
    """ "- mix methods per tunnel:" over "  - wet tunnel -> moss lining": a pairing, one for each tunnel; no tunnel is a
    "mix method per tunnel"."""
    found = lowered(build(tmp_path, "# Dens\n\n### Pick den methods\n- mix methods per tunnel:\n  - wet tunnel -> moss lining\n  - dry tunnel -> clay\n"))
    assert not any("per tunnel" in o for _s, _r, o in found), found


def test_a_version_of_a_thing_is_that_thing(tmp_path: Path) -> None:
    """ "MossNet trained on a filtered version of MossText": trained on MossText; "OakNet is a variant of MossNet" and
    "AshNet is a smaller version of OakNet" say which they are kinds of, no concept "version of OakNet"."""
    found = lowered(build(tmp_path, "# Dens\n\n- MossNet trained on a filtered version of MossText\n- OakNet is a variant of MossNet.\n"
                                    "- AshNet is a smaller version of OakNet.\n"))
    assert {("mossnet", "trainedOn", "mosstext"), ("oaknet", "isA", "mossnet"), ("ashnet", "isA", "oaknet")} <= found, found
    assert not any("version" in o for _s, _r, o in found), found


def test_kinds_announced_then_named_in_plain_words(tmp_path: Path) -> None:
    """ "There are two main kinds of den models, and they differ in ... A moss den model is trained to ... An oak den
    model, unlike a moss one, is ...": each sentence that opens on "a" or "an" and a kind of den model names one, in plain
    words as in bold; a subject that does not end on the kind ("Moss models are ...") names none."""
    found = lowered(build(tmp_path, "# Dens\n\nThere are two main kinds of den models, and they differ in what they dig. A moss den model is "
                                    "trained to find wet tunnels. Moss models are used for bedding. An oak den model, unlike a moss one, "
                                    "is trained to find roots.\n"))
    assert {("moss den model", "isA", "den model"), ("oak den model", "isA", "den model")} <= found, found
    assert not any(s == "moss model" and r == "isA" for s, r, _o in found), found


def test_an_umbrella_term_for_things_is_their_kind(tmp_path: Path) -> None:
    """ "Den model is the umbrella term for moss models and oak models both": each is a den model; "is a catch-all term
    for X" says what the subject is called, no kind of it ("catch-all term") nor a use for X."""
    found = lowered(build(tmp_path, "# Dens\n\nDen model is the umbrella term for moss models and oak models both.\n\n"
                                    "Burrowing is a catch-all term for digging and nesting.\n"))
    assert {("moss model", "isA", "den model"), ("oak model", "isA", "den model")} <= found, found
    assert not any(o.endswith("term") or (s == "burrowing" and r == "usedFor") for s, r, o in found), found


def test_examples_after_a_participles_object_are_not_of_that_object(tmp_path: Path) -> None:
    """ "low resource dens - underrepresented in training data e.g. Punjden, Swahden": the examples are not training
    data, the noun a participle's phrase ends on; "Dens such as MossDen" still gives its examples."""
    found = lowered(build(tmp_path, "# Dens\n\n## dens\nlow resource dens - underrepresented in training data e.g. Punjden, Swahden, Urden\n"
                                    "\nDens such as MossDen and OakDen are warm.\n"))
    assert ("mossden", "isA", "den") in found, found
    assert not any(o == "training data" for _s, r, o in found if r == "isA"), found


def test_a_table_whose_rows_end_on_the_headings_word_lists_its_kinds(tmp_path: Path) -> None:
    """ "## Digging" over "| technique |" / "| claw digging |", "| nose digging |": each row is a kind of digging, as its
    words say, no "digging technique"; a heading of two plurals ("### Tunnels & setts") names no kind of the rows, while
    "### Latency & cost metrics" still makes each a metric."""
    found = lowered(build(tmp_path, "# Dens\n\n## Burrowing\n\n| technique | what it is |\n|---|---|\n| claw burrowing | digs with claws |\n"
                                    "| nose burrowing | digs with the nose |\n| tail sweeping | sweeps |\n\n### Kernels & compilers\n\n| technique | what |\n"
                                    "|---|---|\n| moss packing | packs |\n| clay rolling | rolls |\n\n### Latency & cost metrics\n\n| metric | what |\n"
                                    "|---|---|\n| TTFD | time to first dig |\n"))
    assert {("claw burrowing", "isA", "burrowing"), ("nose burrowing", "isA", "burrowing"), ("ttfd", "isA", "metric")} <= found, found
    assert not any(o in ("burrowing technique", "compiler") for _s, _r, o in found), found


def test_a_label_for_a_claim_names_no_concept(tmp_path: Path) -> None:
    """ "- thesis: [[Moss]] keeps dens warm", "- claim: [[Clay]] dries dens": a label of what is said, no concept that
    links anywhere."""
    found = lowered(build(tmp_path, "# Dens\n\n## Moss rot\n\n- moss rot spreads in wet dens\n- thesis: [[Moss]] keeps dens warm\n"
                                    "- claim: [[Clay]] dries dens\n"))
    assert not any(s in ("claim", "thesis") or o in ("claim", "thesis") for s, _r, o in found), found


def test_a_plural_narrowed_by_a_clause_includes_its_members(tmp_path: Path) -> None:
    """ "Dens that store moss include MossDen and OakDen": each is a den, the clause says which; "Den kits trained to
    find roots include RootKit" names no concept "den kit trained to find root"."""
    found = lowered(build(tmp_path, "# Dens\n\nDens that store moss include MossDen and OakDen.\n\n"
                                    "Den kits trained specifically to find roots include RootKit and ClawKit.\n"))
    assert {("mossden", "isA", "den"), ("oakden", "isA", "den")} <= found, found
    assert not any("trained" in s for s, _r, _o in found), found


def test_words_in_small_letters_before_an_acronym_sort_it(tmp_path: Path) -> None:
    """ "**Multimodal DRG:** ..." and "agentic DRG uses tools", where the notes know DRG: each a kind of DRG; a name before
    it ("OpenAI DRG") sorts nothing."""
    found = lowered(build(tmp_path, "# Dens\n\n- **DRG** (den retrieval generation): badgers fetch moss\n- **Multimodal DRG:** retrieve images too\n"
                                    "- agentic DRG uses tools\n- OpenAI DRG is a product\n"))
    assert {("multimodal drg", "isA", "drg"), ("agentic drg", "isA", "drg")} <= found, found
    assert ("openai drg", "isA", "drg") not in found, found


def test_a_name_that_switched_to_or_adopted_a_thing_uses_it(tmp_path: Path) -> None:
    """ "MossNet 2 used clay sealing, MossNet 3 switched to moss lining": each uses its own, the comma parting two clauses
    whose past verb the tagger calls a participle; "OakNet adopts moss lining" uses it; "a den called MossDen" is no clause."""
    found = lowered(build(tmp_path, "# Dens\n\nMossNet 2 used clay sealing, MossNet 3 switched to moss lining.\n\n"
                                    "OakNet adopts moss lining.\n\nA den called MossDen is warm. Clay sealing is widely adopted.\n"))
    assert {("mossnet 2", "uses", "clay sealing"), ("mossnet 3", "uses", "moss lining"), ("oaknet", "uses", "moss lining")} <= found, found
    assert not any(s == "mossnet 2" and o in ("mossnet 3", "moss lining") for s, _r, o in found), found
    assert not any(s == "clay sealing" and r == "uses" for s, r, _o in found), found


def test_a_maker_named_first_in_a_column_of_notes_made_the_row(tmp_path: Path) -> None:
    """ "| Notes |" / "| Zorp (Jigsaw) |", "| NVIDIA, for tensor cores |": a name the dictionary knows as no common noun,
    first in a cell of notes, made the row; "| Fast, cheap |" or a name elsewhere ("| Model |") makes nothing."""
    found = lowered(build(tmp_path, "# Dens\n\n| tool | type | notes |\n|---|---|---|\n| MossGuard | classifier | Zorp (Jigsaw) |\n"
                                    "| TF32 | float | NVIDIA, for tensor cores |\n| AshNet | net | Fast, cheap |\n\n"
                                    "| task | model |\n|---|---|\n| digging | Zorp |\n"))
    assert {("mossguard", "developedBy", "zorp"), ("tf32", "developedBy", "nvidia")} <= found, found
    assert not any(r == "developedBy" and s in ("ashnet", "digging") for s, r, _o in found), found


def test_a_quotation_cut_by_its_sentences_is_wording_to_its_end(tmp_path: Path) -> None:
    """ '- **Den prompt:** the task description' / '  - e.g. "You're an experienced den agent. Your job is to dig..."':
    the quotation runs on past its first sentence, and "You're" is a verb the tagger does not see; no den prompt is an
    experienced den agent."""
    found = lowered(build(tmp_path, '# Dens\n\n- **Den prompt:** the task description, written by the den keeper\n'
                                    '  - e.g. "You\'re an experienced den agent. Your job is to read each den map carefully..."\n'))
    assert not any(o.endswith("den agent") for _s, _r, o in found), found


def test_what_someone_defines_a_thing_as_is_what_it_is(tmp_path: Path) -> None:
    """ "She defines a den as a shelter dug by badgers", "Den sealing is defined as a moss technique": each is one of
    what it is defined as, as "is a" says."""
    found = lowered(build(tmp_path, "# Dens\n\nShe defines a den as a shelter dug by badgers.\n\nDen sealing is defined as a moss technique.\n"))
    assert {("den", "isA", "shelter"), ("den sealing", "isA", "moss technique")} <= found, found
