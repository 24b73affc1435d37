"""The graph in and out of other tools' formats: `kg export`, `kg import`, `kg links`, `kg validate`."""

from __future__ import annotations

import click

from kg.commands.common import (around_option, base_option, command, depth_option, emit, file_format_option,
                               input_format_options, output_option, output_options, pass_workspace)
from kg.workspace import Workspace


@command("export", epilog="Exit codes: 0 written, 1 error (no built graph, an unwritable path: an older file "
             "is left whole), 2 usage error (an unknown format: the known ones are listed).")
@file_format_option()
@output_option("Where to write: a file, a folder (aie.<ext> inside), or - for stdout. Default: exports/aie.<ext>.")
@around_option("Graph and diagram formats: only the concepts within --depth relations of TERM (repeatable).")
@depth_option()
@pass_workspace
def export(workspace: Workspace, fmt: str, output: str | None, around: tuple[str, ...], depth: int) -> None:
    """Write the built graph in a format other tools read. Writes are atomic.

    \b
    RDF (all concepts and relations):
      turtle    aie.ttl, the union of the graphs, exactly as `kg build` writes it
      ntriples  aie.nt, the union of the graphs
      nquads    aie.nq, with provenance: each statement in the named graph of its source line
      trig      aie.trig, with provenance, as `kg build` writes it
      jsonld    aie.jsonld, compacted with a @context of short keys (prefLabel, isA, ...)
      rdfxml    aie.rdf
    Graphs (nodes are concepts, edges relations; --around narrows them):
      graphml   aie.graphml for yEd and Gephi: label, class, definition, ... and yEd graphics
      gexf      aie.gexf for Gephi
      csv       aie.nodes.csv and aie.edges.csv for neo4j-admin import (id:ID, :LABEL,
                :START_ID, :END_ID, :TYPE; arrays split on ';'; use --multiline-fields=true)
    Diagrams (best with --around):
      mermaid   aie.mmd, a flowchart; GitHub renders it inside a ```mermaid block
      dot       aie.dot for Graphviz: dot -Tsvg aie.dot > aie.svg
    Flashcards:
      anki      aie.apkg for Anki: a note per concept (the term; its definition, class,
                relations, source), relation questions, a subdeck per topic, tags by
                class. Importing a rebuilt deck updates its cards, never duplicates them

    \b
    Examples:
      kg export -f jsonld
      kg export -f csv -o neo4j/
      kg export -f mermaid --around MoE --depth 2 -o -
      kg export -f anki -o notes.apkg
    """
    from kg.outputs.export import export as run

    result = run(workspace, fmt, output, around=list(around) or None, depth=depth, stdout=click.open_file("-", "wb"))
    if result.written:
        click.echo(f"wrote {result.summary()}", err=True)


@command("import", epilog="Exit codes: 0 imported, 1 error (a syntax error names file:line; relative IRIs "
             "need --base), 2 usage error.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@input_format_options
@base_option("Base IRI for the relative IRIs in FILE.")
@click.option("--name", default=None, help="Save as data/imported/NAME.ttl (default: FILE's name).")
@click.option("--lang", default="en", show_default=True, help="Language tag for labels and definitions that have none.")
@pass_workspace
def import_command(workspace: Workspace, file: str, from_format: str | None, base: str | None, name: str | None,
                   lang: str) -> None:
    """Merge an external vocabulary: a SKOS concept scheme, or an OWL/RDFS ontology whose classes
    become concepts (rdfs:subClassOf -> isA).

    The vocabulary is normalised (one prefLabel per language, skos:definition, a class of this
    vocabulary, kg:isA) into data/imported/NAME.ttl, which `kg build` merges with the provenance
    "imported"; importing again replaces it. Nothing is linked to the notes' concepts: run
    `kg links` to review the labels they share.

    \b
    Examples:
      kg import aio.owl && kg build && kg links
      kg import terms.ttl --base https://example.org/terms/ --name terms
      kg import vocabulary.xml --from rdfxml
    """
    from pathlib import Path

    from kg.vocabularies.importer import import_file

    result = import_file(workspace.data, Path(file), fmt=from_format, base=base, name=name, lang=lang)
    click.echo(result.summary())
    click.echo("next: `kg build` to merge it, `kg links` to review links to the notes' concepts", err=True)


@command(epilog="Exit codes: 0 listed, accepted or rejected, 1 error or no proposal, 2 usage error.")
@click.option("--accept", multiple=True, metavar="N|all",
              help="Accept proposals by number (repeat, or 1,3) or all: append them to data/links.ttl.")
@click.option("--reject", multiple=True, metavar="N|all",
              help="Reject proposals by number or all: append them to data/links-rejected.txt, never proposed again.")
@output_options
@pass_workspace
def links(workspace: Workspace, accept: tuple[str, ...], reject: tuple[str, ...], fmt: str) -> None:
    """Links proposed between imported concepts and the notes' concepts, for you to accept or reject.

    A proposal is a shared label (after case, plural and punctuation folding: match "label"),
    or a label shared once a generic head word is dropped ("Transformer Network" ~
    "transformer architecture": match "head", check those). Accepted links are written as
    kg:matches (a subproperty of skos:closeMatch, which show, path and the page follow) to
    data/links.ttl, a curated file; `kg build` merges them. Rejected ones go to
    data/links-rejected.txt. Reads the built graph and data/imported/.

    \b
    Examples:
      kg links
      kg links --accept 2 --accept 5
      kg links --reject 3,4
      kg links --accept all
    \b
    JSON: [{"n", "concept", "imported", "match": "label"|"head", "via", "concept_iri", "imported_iri"}]
    """
    from kg.vocabularies import links as linking
    from kg.errors import NothingFound

    if accept and reject:
        raise click.UsageError("--accept and --reject: one at a time, as the numbers change after each")
    if accept:
        picked, path = linking.accept(workspace, list(accept))
        click.echo(f"accepted {len(picked)} link{'s' * (len(picked) != 1)} -> {path}; `kg build` merges them")
        return
    if reject:
        picked, path = linking.reject(workspace, list(reject))
        click.echo(f"rejected {len(picked)} proposal{'s' * (len(picked) != 1)} -> {path}")
        return
    found = linking.proposals(workspace)
    if not found:
        raise NothingFound("no links to propose (nothing imported, or every shared label is linked)")
    emit([p.row() for p in found], linking.COLUMNS[fmt], fmt)


@command(epilog="Exit codes: 0 the graph conforms (lint warnings are allowed unless --strict), "
             "1 it does not conform (or has warnings, with --strict) or cannot be read, 2 usage error.")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@input_format_options
@click.option("--shacl-report", metavar="FILE|-", default=None, help="Also write pySHACL's validation report as Turtle.")
@click.option("--strict", is_flag=True, help="Fail on lint warnings too.")
@pass_workspace
def validate(workspace: Workspace, file: str | None, from_format: str | None, shacl_report: str | None,
             strict: bool) -> None:
    """Check the built graph (or FILE) against the vocabulary's SHACL shapes, then lint it.

    \b
    SHACL (kg/schema/shapes.ttl): every concept has a class of the vocabulary and one
    preferred label per language; labels and definitions are strings; relations join concepts
    (IRIs with a class), never literals; source locations have a file and a line.
    Lint (warnings): concepts without a definition, concepts no relation reaches, one label
    naming two concepts (unless kg:matches or a skos:closeMatch links them).

    \b
    Examples:
      kg validate
      kg validate --strict
      kg validate other.ttl --shacl-report report.ttl
    """
    from pathlib import Path

    from kg.files import atomic_write
    from kg.vocabularies.validate import validate as run, validate_workspace

    report = run(Path(file), from_format) if file else validate_workspace(workspace)
    if shacl_report == "-":
        click.open_file("-", "wb").write(report.shacl_turtle())
        click.echo(report.text(), err=True, nl=False)
    else:
        click.echo(report.text(), nl=False)
        if shacl_report:
            atomic_write(shacl_report, report.shacl_turtle())
    report.check(strict)
