"""Making user text safe for documents: no formulas, no XML-illegal characters, safe file names."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Characters XML 1.0 cannot hold: C0 controls except tab, newline, carriage return; surrogates;
# U+FFFE and U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@")
_FILENAME_BAD = re.compile(r"[^\w.\- ]+", re.UNICODE)
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)


def clean_text(value: Any) -> str:
    """``value`` as text without the characters XML cannot hold (None becomes "")."""
    if value is None:
        return ""
    text = str(value)
    if text.isprintable():  # the common case: nothing to strip
        return text
    return _XML_ILLEGAL.sub("", text)


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would read ``text`` as a formula (starts with = + - @)."""
    return text.startswith(_FORMULA_START)


def safe_filename(title: str, suffix: str = "", *, max_length: int = 80) -> str:
    """A file name derived from ``title`` that is valid on Windows, macOS and Linux.

    Umlauts are kept, path separators and other punctuation become "_", reserved device names
    get a trailing underscore, and the result is never empty.
    """
    text = unicodedata.normalize("NFC", clean_text(title))
    text = _FILENAME_BAD.sub("_", text)
    text = re.sub(r"[\s_]+", "_", text).strip("._- ")
    text = text[:max_length].rstrip("._- ")
    if not text:
        text = "document"
    if text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text += "_"
    return text + suffix
