"""How many rows a filter's text index names, cheaply, and which query names the fewest.

The list filter (:mod:`desktop_app.services.lists.query`) asks the text index (FTS5, trigram
tokens, no positions) for the rows that *may* match; ``LIKE`` decides. Any three-character piece
of the typed text names a superset of the rows holding it, and reading a token's list of rows
costs in proportion to its length: "partner" names 800 000 of a million activity log entries, "r 5"
90 000. Asking for every piece (an AND of all of them) reads every list, tens of milliseconds for a
common word; the rarest piece alone names nearly the same rows at a fraction of the cost.

How often a query matches is estimated from its first rows: FTS5 returns rows in rowid order, so
the rowid of the :data:`SAMPLE`-th row tells how densely the query's rows lie among the table's
rowids (exact below :data:`SAMPLE` rows). Rows entered in bursts make it an estimate, which only
chooses how the list is read; the rows shown are the same either way.

Standard library only, like the query: the start preview runs it with ``sqlite3``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

SAMPLE = 1_000
"""Rows read from a text index query to estimate how many rows it names."""
GRAMS_MAX = 16
SHORT_MAX = 400_000
"""A text of one or two characters whose tokens name this many rows or more is not looked up
(the list's walk finds its matches quickly)."""
"""At most this many pieces of a long text are weighed (spread over the text)."""

Run = Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]]


def quoted(token: str) -> str:
    """``token`` as an FTS5 string (one token: the trigram tokenizer's phrase of three
    characters)."""
    return '"' + token.replace('"', '""') + '"'


def grams(text: str) -> list[str]:
    """The distinct three-character pieces of ``text`` (at most :data:`GRAMS_MAX`, spread over
    the text), in their order."""
    found = list(dict.fromkeys(text[n : n + 3] for n in range(len(text) - 2)))
    if len(found) <= GRAMS_MAX:
        return found
    step = (len(found) - 1) / (GRAMS_MAX - 1)
    return [found[round(n * step)] for n in range(GRAMS_MAX)]


def estimate(run: Run, index: str, mark: str, fts_query: str, last_rowid: int) -> int:
    """About how many rows ``fts_query`` names in the FTS5 table ``index`` (exact when fewer than
    :data:`SAMPLE`); ``last_rowid``: the table's largest rowid."""
    rows = list(
        run(
            f"SELECT count(*), max(rowid) FROM (SELECT rowid FROM {index} "
            f"WHERE {index} MATCH {mark} LIMIT {SAMPLE})",
            [fts_query],
        )
    )
    count, reached = (int(rows[0][0] or 0), rows[0][1]) if rows else (0, None)
    if count < SAMPLE or reached is None:
        return count
    return max(count, count * max(int(last_rowid), 1) // max(int(reached), 1))


def rarest_gram(
    run: Run, index: str, mark: str, text: str, last_rowid: int
) -> tuple[str, int] | None:
    """The FTS5 query of the piece of ``text`` (three characters or more) naming the fewest rows,
    with its estimate (:func:`estimate`); None for text under three characters."""
    best: tuple[str, int] | None = None
    for gram in grams(text):
        term = quoted(gram)
        found = estimate(run, index, mark, term, last_rowid)
        if best is None or found < best[1]:
            best = (term, found)
        if found == 0:
            break  # no row holds this piece: none holds the text
    return best


def short_query(run: Run, terms: str, mark: str, piece: str) -> str | None:
    """An FTS5 query for the rows holding ``piece`` of one or two characters: the tokens that
    start with it (every value is indexed with two end characters after it, so each piece starts
    a token; ``terms``: the index's fts5vocab table). "" when no token does; None when the
    tokens name too many rows (the filter then walks the list, finding matches quickly) or
    ``piece`` is not ASCII (the index folds case beyond ASCII)."""
    folded = piece.lower()
    if not folded.isascii():
        return None
    upper = folded[:-1] + chr(ord(folded[-1]) + 1)
    found = list(
        run(
            f"SELECT term, doc FROM {terms} WHERE term >= {mark} AND term < {mark}",
            [folded, upper],
        )
    )
    if sum(int(doc) for _term, doc in found) >= SHORT_MAX:
        return None
    return " OR ".join(quoted(str(term)) for term, _doc in found)


def text_query(
    run: Run, index: str, terms: str | None, mark: str, piece: str, last_rowid: int
) -> tuple[str, int] | None:
    """The FTS5 query naming the rows of the text index ``index`` (over one column) that may
    hold ``piece``, with about how many rows it names (0: none, the query is then of no use);
    None when the index cannot name them (a short piece held too often, see
    :func:`short_query`)."""
    if len(piece) >= 3:
        return rarest_gram(run, index, mark, piece, last_rowid)
    found = short_query(run, terms, mark, piece) if terms is not None else None
    if not found:
        return None if found is None else ("", 0)
    return found, estimate(run, index, mark, found, last_rowid)
