"""Values a person gives (options, arguments and environment variables) checked where they enter,
each with a one-line error that names the option or variable and what it takes: exit code 2 for an
option or an argument (a usage error), 1 for an environment variable (a setting, as the endpoint's
other settings are). A name that is none of those a value takes (a relation, a format, a store) is
a slip: the error names the ones it is close to ("did you mean contains?")."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from kg.errors import KGError


class ValueProblem(KGError):
    """An option, argument or environment value that cannot be used."""

    def __init__(self, what: str, message: str) -> None:
        super().__init__(f"{what}{message}")
        setting = bool(what) and not what.startswith("-")  # KG_STORE; "--format" and "" (an argument) are usage
        self.exit_code = 1 if setting else 2


class UnknownName(ValueProblem):
    """A name that is none of those a value takes: "--format: no format named 'jsn'; did you mean json?",
    or, when it is close to none, the names it could be."""

    def __init__(self, value: str, names: Iterable[str], kind: str, what: str = "", *, plural: str = "") -> None:
        hint = suggestion(value, names, plural or kind + "s")
        super().__init__(what, f"{': ' if what else ''}no {kind} named '{value}'; {hint}")


def one_of(value: str, names: Iterable[str], kind: str, what: str = "", *, plural: str = "") -> str:
    """`value` as it is spelt among `names`, in any case ("JSON" -> "json"); UnknownName otherwise."""
    known = list(names)
    folded = {name.lower(): name for name in known}
    if value.lower() in folded:
        return folded[value.lower()]
    raise UnknownName(value, known, kind, what, plural=plural)


def suggestion(value: str, names: Iterable[str], plural: str) -> str:
    """ "did you mean contains?" for a slip; the names it could be ("relations: isA, ...") when it is
    close to none."""
    known = list(names)
    near = closest(value, known)
    return f"did you mean {' or '.join(near)}?" if near else f"{plural}: {', '.join(known)}"


def closest(value: str, names: Iterable[str], most: int = 3) -> list[str]:
    """The names `value` is likely a slip for, nearest first: within two edits (a third of its length
    for a long one: "contain" -> contains), or begun by it ("oxi" -> oxigraph); none for "kindOf"."""
    from kg.labels import edit_distance  # only once a name is unknown: start-up does not pay for it

    typed = value.lower()
    allowed = max(2, len(typed) // 3)
    scored = []
    for name in names:
        distance = edit_distance(typed, name.lower(), allowed)
        if distance <= allowed or (len(typed) >= 3 and name.lower().startswith(typed)):
            scored.append((distance, name))
    return [name for _distance, name in sorted(scored)[:most]]


# compiled when first used (re keeps them), not when every command starts
_IRI = r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+"
_LANGUAGE = r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*"
LONGEST_WAIT = 7 * 24 * 3600.0  # seconds: past a week, a timeout is a typo


def absolute_iri(value: str, what: str) -> str:
    """ "https://example.org/terms/"; not "x y" or "terms/"."""
    if not re.fullmatch(_IRI, value):
        raise ValueProblem(what, f": '{value}' is not an absolute IRI (for example https://example.org/terms/)")
    return value


def language_tag(value: str, what: str) -> str:
    """ "en", "de-CH", "zh-Hant"; not "xx!!"."""
    if not re.fullmatch(_LANGUAGE, value):
        raise ValueProblem(what, f": '{value}' is not a language tag (for example en or de-CH)")
    return value


def seconds(text: str, what: str) -> float:
    """A number of seconds above 0 and at most a week; not "nan", "inf" or "-1"."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not 0 < value <= LONGEST_WAIT:
        raise ValueProblem(what, f" must be a number of seconds above 0 and at most {LONGEST_WAIT:.0f}, not '{text}'")
    return value


def whole_number(text: str, what: str, *, least: int = 1) -> int:
    """A whole number of at least `least`; not "abc" or "1.5"."""
    if not re.fullmatch(r"\s*\d+\s*", text) or int(text) < least:
        raise ValueProblem(what, f" must be a whole number of at least {least}, not '{text}'")
    return int(text)


def chosen_numbers(chosen: list[str], listed: int, what: str, option: str, listing: str) -> list[int]:
    """The numbers a person picked from a listing of `listed` items: "all", or numbers, repeated or
    "1,3". Anything else is a usage error (exit 2); a number the listing does not show an error (1)."""
    if [c.strip() for c in chosen] == ["all"]:
        return list(range(1, listed + 1))
    parts = [part.strip() for item in chosen for part in item.split(",")]
    if not parts or not all(re.fullmatch(r"\d+", part) for part in parts):
        raise ValueProblem(option, f" takes numbers from `{listing}` or all, not '{' '.join(chosen)}'")
    numbers = sorted({int(part) for part in parts})
    unknown = [n for n in numbers if not 1 <= n <= listed]
    if unknown:
        shown = f"1-{listed}" if listed else "none"
        raise KGError(f"no {what} numbered {', '.join(map(str, unknown))}; `{listing}` lists {listed} ({shown})")
    return numbers
