"""Pinyin keys: Chinese names sorted as Chinese readers expect, and found by pinyin.

Sorting by code point puts 云亭 before 华士 and 南闸; a Chinese reader looks for them
in pinyin order (华士 huá shì < 南闸 nán zhá < 云亭 yún tíng), as a dictionary or a
phone book orders them. Searching, people type the pinyin or its initials instead of
the characters: ``xxx`` or ``xiaoxing`` should find 小星星.

- ``sort_key(text)``: the pinyin syllables, lower case, one space apart (so 徐霞客
  ``xu xia ke`` sorts before 宣 ``xuan``: syllable by syllable, as dictionaries do),
  then the text itself to order homophones steadily. Byte order is the order, so
  SQLite sorts stored keys correctly with its default collation.
- ``search_key(*texts)``: for each text its full pinyin and its initials
  (``xiaoxingxing xxx``), also with the other reading of the characters names are
  read both ways (长 cháng / zhǎng, ``_TWO_READINGS``), space separated;
  ``matches`` and SQL ``LIKE '%query%'`` look for the query inside it.

The facility row stores both (``storage/models.py``), computed on every write, so
lists of 10,000 facilities and 100,000 inspections sort and filter in SQL without
computing pinyin. pypinyin chooses readings by phrase (银行 yín háng);
``_PHRASES`` corrects the place names of our region it reads wrongly.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

MAX_VARIANTS = 4  # other readings per text, for the search key
# Sorts below every printable character: a name sorts before the same name lengthened.
_SEPARATOR = "\x1f"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
# Place names pypinyin reads with the wrong one of two readings (checked one by one).
_PHRASES: dict[str, list[list[str]]] = {
    "长泾": [["cháng"], ["jīng"]],  # 江阴市长泾镇
}
# Characters of names and places that people read either way, both spellings found.
# (pypinyin's full list of readings is mostly rare ones: 市 fú, 育 zhōu, 园 wǎn.)
_TWO_READINGS: dict[str, tuple[str, str]] = {
    "长": ("chang", "zhang"), "乐": ("le", "yue"), "行": ("xing", "hang"),
    "重": ("zhong", "chong"), "朝": ("chao", "zhao"), "单": ("dan", "shan"),
    "曾": ("zeng", "ceng"), "解": ("jie", "xie"), "查": ("cha", "zha"), "区": ("qu", "ou"),
    "藏": ("cang", "zang"), "传": ("chuan", "zhuan"), "和": ("he", "huo"),
    "调": ("tiao", "diao"), "厦": ("xia", "sha"), "都": ("du", "dou"), "会": ("hui", "kuai"),
    "强": ("qiang", "jiang"), "仇": ("qiu", "chou"), "朴": ("piao", "pu"),
    "覃": ("qin", "tan"), "召": ("zhao", "shao"), "盛": ("sheng", "cheng"),
    "车": ("che", "ju"), "参": ("can", "shen"), "蔚": ("wei", "yu"), "泊": ("bo", "po"),
    "番": ("fan", "pan"), "句": ("ju", "gou"), "宿": ("su", "xiu"), "大": ("da", "dai"),
}


@functools.cache
def _engine() -> object:
    """pypinyin, imported when first needed (it takes ~0.1 s) with our phrase fixes."""
    import pypinyin

    pypinyin.load_phrases_dict(_PHRASES)
    return pypinyin


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@functools.lru_cache(maxsize=4096)
def syllables(text: str) -> tuple[str, ...]:
    """The pinyin of ``text``: one toneless syllable per Chinese character (ü as v,
    as it is typed), other runs of characters as they are, lower case."""
    pypinyin = _engine()
    parts = pypinyin.lazy_pinyin(_normal(text), style=pypinyin.Style.NORMAL,  # type: ignore[attr-defined]
                                 errors="default")
    return tuple(p.strip() for p in parts if p.strip())


def sort_key(text: str | None) -> str:
    """The key that orders ``text`` by pinyin (empty text first)."""
    if not text:
        return ""
    if not _HAN.search(text):  # no Chinese: what pypinyin would give, without it
        return " ".join(_normal(text).split()) + _SEPARATOR + text
    return " ".join(syllables(text)) + _SEPARATOR + text


def _spellings(parts: Iterable[str]) -> tuple[str, str]:
    """(full pinyin, initials) of a sequence of syllables and other runs."""
    words = [_NOT_WORD.sub("", p) for p in parts]
    words = [w for w in words if w]
    full = "".join(words)
    initials = "".join(w if not w.isalpha() or len(w) == 1 else w[0] for w in words)
    return full, initials


def _variants(text: str, primary: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Readings of ``text`` that use the other common reading of one of its characters."""
    chars = [c for c in _normal(text) if not c.isspace()]
    if len(chars) != len(primary):
        return []  # runs of latin letters or digits: positions do not line up
    out: list[tuple[str, ...]] = []
    for index, char in enumerate(chars):
        readings = _TWO_READINGS.get(char, ())
        other = next((r for r in readings if r != primary[index]), None)
        if other is not None and len(out) < MAX_VARIANTS:
            out.append((*primary[:index], other, *primary[index + 1:]))
    return out


@functools.lru_cache(maxsize=4096)
def _text_key(text: str) -> str:
    primary = syllables(text)
    found: list[str] = []
    for reading in (primary, *_variants(text, primary)):
        for spelling in _spellings(reading):
            if spelling and spelling not in found:
                found.append(spelling)
    return " ".join(found)


def search_key(*texts: str | None) -> str:
    """The pinyin spellings of ``texts`` (full and initials), space separated."""
    return " ".join(key for key in (_text_key(t) for t in texts if t) if key)


def query_key(query: str) -> str:
    """A typed query as it is compared with search keys: lower case, without spaces
    or apostrophes (``xi'an``, ``Xiao Xing`` → ``xian``, ``xiaoxing``)."""
    return _NOT_WORD.sub("", _normal(query))


def is_pinyin_query(query: str) -> bool:
    """A query worth comparing with pinyin: latin letters (and digits), no Chinese."""
    key = query_key(query)
    return bool(key) and any(c.isalpha() for c in key) and not _HAN.search(query)


def matches(query: str, texts: Iterable[str | None], key: str | None = None) -> bool:
    """Whether ``query`` is in one of ``texts`` (case- and width-insensitive) or, typed
    in latin letters, in their pinyin (``key``: their stored ``search_key``, computed
    here when not given)."""
    needle = _normal(query.strip())
    if not needle:
        return True
    texts = list(texts)
    if any(needle in _normal(t) for t in texts if t):
        return True
    if not is_pinyin_query(query):
        return False
    haystack = key if key is not None else search_key(*texts)
    return query_key(query) in haystack


__all__ = ["is_pinyin_query", "matches", "query_key", "search_key", "sort_key", "syllables"]
