"""Studying from the graph: `kg quiz` (`kg export -f anki` writes the flashcards)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TextIO

import click

from kg.commands.common import Names, command, pass_workspace
from kg.workspace import Workspace

if TYPE_CHECKING:
    from kg.study.questions import Question

WIDTH = 80
HINT = "type a letter, a number or the choice itself; ? if you do not know; q to stop"


def _classes() -> list[str]:
    from kg.schema import vocab

    return [name for name in vocab.classes() if name != "Topic"]


@command(epilog="Exit codes: 0 the quiz ran, whatever the score; 1 error (no built graph, a progress file "
               "that does not read: it is left as it was) or nothing to ask; 2 usage error.")
@click.option("--topic", metavar="HEADING", help="Only concepts under this heading of the notes, or a heading below it.")
@click.option("--class", "cls", type=Names("class", _classes), metavar="CLASS",
              help="Only concepts of this class (Architecture, Technique, Tool, ...).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1), help="Most questions to ask.")
@click.option("--due", "due_only", is_flag=True, help="Only cards due again; no new ones.")
@click.option("--answers", metavar="FILE|-", type=click.Path(exists=True, dir_okay=False, allow_dash=True),
              help="Read the answers from FILE (- for stdin), one a line. Without it they are typed, or "
              "read from stdin when that is no terminal.")
@click.option("--seed", type=int, help="The same questions, choices and schedule for the same answers.")
@pass_workspace
def quiz(workspace: Workspace, topic: str | None, cls: str | None, limit: int, due_only: bool,
         answers: str | None, seed: int | None) -> None:
    """Questions from the graph, in the terminal: a term's definition and the term of a
    definition, and questions from relations ("What does transformer block contain?",
    "Which of these is a kind of sparse model?"), each citing where the notes say it.
    Wrong choices are concepts of the same class or topic, never a right answer.

    Cards come back when FSRS (spaced repetition) says, due ones first, then new ones, one
    card per concept a session. Progress is saved after every answer in one file of the data
    folder, quiz-progress.jsonl, by concept IRI and kind of card, so it outlives rebuilds.

    An answer is a letter (a), a number (1) or the text of a choice; an empty answer or ?
    for "I do not know"; q to stop. With --answers or a pipe, one answer a line.

    \b
    Examples:
      kg quiz
      kg quiz --topic "Transformer Architecture" --limit 5
      kg quiz --due --class Architecture
      printf 'b\\na\\n' | kg quiz --limit 2 --seed 1
    """
    import itertools

    from kg import load
    from kg.errors import NothingFound
    from kg.study.pool import Pool
    from kg.study.quiz import DONT_KNOW, Session, concepts_for, is_quit, read_choice, until
    from kg.study.schedule import PROGRESS_FILE, Progress

    progress = Progress.load(workspace.data / PROGRESS_FILE, fuzz=seed is None)  # a file that does not read stops us first
    pool = Pool(load(workspace))
    session = Session(pool, progress, concepts_for(pool, topic, cls), limit=limit, due_only=due_only, seed=seed)
    asked = session.questions()
    first = next(asked, None)
    if first is None:
        summary = session.summary()
        when = f"; next due {until(summary.next_due, session.clock())}" if summary.next_due else ""
        if due_only:
            raise NothingFound(f"no card due among the {len(session.known())} answered before{when}")
        raise NothingFound(f"no card to ask: no concept here has a definition or a relation with enough concepts "
                           f"alike to choose from, or all were answered and none is due{when}")
    replies = _replies(answers)
    for number, question in enumerate(itertools.chain([first], asked), start=1):
        click.echo(_shown(number, question))
        chosen = None
        while chosen is None:
            reply = replies.ask()
            if reply is None or is_quit(reply):
                break
            chosen = read_choice(question, reply)
            if chosen is None and replies.typed:
                click.echo(f"   not a choice: {HINT}")
            elif chosen is None:
                click.echo(f"   not a choice: {reply.strip()!r}, counted as not known")
                chosen = DONT_KNOW
        if chosen is None:
            break
        outcome = session.answer(question, chosen)
        verdict = "right" if outcome.right else f"wrong, it is {_letter(question.answer)})"
        said = f"{verdict}: {question.statement.rstrip('.')}. Back {until(outcome.due, session.clock())}."
        click.echo("\n".join(_wrapped(said, "   ", "   ")) + "\n")
    click.echo(session.summary().text(session.clock()))
    if session.answered:
        click.echo(f"progress saved in {progress.path}", err=True)


def _shown(number: int, question: Question) -> str:
    """A question as the terminal shows it: the prompt with its source, then the choices, wrapped."""
    cited = f"  [{', '.join(question.sources)}]" if question.sources else ""
    lines = _wrapped(f"{number}. {question.prompt}{cited}", "", "   ")
    for index, choice in enumerate(question.choices):
        lines += _wrapped(choice, f"   {_letter(index)}) ", "      ")
    return "\n".join(lines)


def _wrapped(text: str, first: str, rest: str) -> list[str]:
    from kg.terminal import wrapped

    return wrapped(text, WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False)


def _letter(index: int) -> str:
    from kg.study.quiz import LETTERS

    return LETTERS[index]


class _Replies:
    """Where answers come from: typed at a prompt, or one a line from a file or a pipe (echoed,
    so that the transcript reads as a session)."""

    def __init__(self, read: Callable[[], str | None], typed: bool) -> None:
        self._read = read
        self.typed = typed

    def ask(self) -> str | None:
        """The next answer; None at the end of the answers (or Ctrl-C, Ctrl-D at a prompt)."""
        if self.typed:
            try:
                return click.prompt("", prompt_suffix="> ", default="", show_default=False)
            except click.Abort:
                click.echo()
                return None
        reply = self._read()
        if reply is not None:
            click.echo(f"> {reply.strip()}")
        return reply


def _replies(answers: str | None) -> _Replies:
    import sys

    stdin = sys.stdin
    if answers is None and stdin.isatty():
        return _Replies(lambda: None, typed=True)
    stream: TextIO = stdin if answers in (None, "-") else _open(answers)  # type: ignore[arg-type]
    lines = _lines(stream)
    return _Replies(lambda: next(lines, None), typed=False)


def _open(path: str) -> TextIO:
    from kg.errors import KGError

    try:
        return open(path, encoding="utf-8")  # noqa: SIM115 - read one line per question, closed at exit
    except OSError as error:
        raise KGError(f"cannot read the answers: {error.strerror or error}", path=path) from None


def _lines(stream: TextIO) -> Iterator[str]:
    """One line at a time, as each arrives: a pipe may answer question by question."""
    from kg.errors import KGError

    while True:
        try:
            line = stream.readline()
        except UnicodeDecodeError:
            raise KGError("the answers are not UTF-8 text") from None
        if not line:
            return
        yield line.rstrip("\r\n")
