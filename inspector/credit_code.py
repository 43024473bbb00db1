"""Checking the 统一社会信用代码 (unified social credit code, GB 32100-2015).

Every facility carries this 18-character code on its business licence or
registration certificate. ``normalize_credit_code`` turns what a person typed or
pasted (full-width characters, lower case, stray spaces) into the canonical form,
``credit_code_problem`` says in plain English what is wrong with it (or returns
``None``), and ``make_credit_code`` appends the check character to a 17-character
body so demo data can carry codes that pass the same check. Only the structure the
standard guarantees is checked: length, character set, registration authority and
the final check character. The embedded organisation code (positions 9-17) has its
own check digit, but it is deliberately not verified because genuine codes issued
after 2015 do not always satisfy it.
"""

from __future__ import annotations

import unicodedata

# The 31 characters of the code, in value order: digits, then letters without
# I, O, Z, S, V (dropped because they are easily confused with 1, 0, 2, 5, U).
CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {ch: i for i, ch in enumerate(CHARSET)}

CODE_LENGTH = 18

# Position weights 3**i mod 31 for positions 1..17 (GB 32100-2015, 4.2).
WEIGHTS = tuple(pow(3, i, 31) for i in range(CODE_LENGTH - 1))

# First character: the registration authority (登记管理部门). 1 机构编制, 2 外交,
# 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商/市场监管,
# A 中央军委改革和编制办公室, N 农业, Y 其他.
AUTHORITIES = "123456789ANY"

_LOOKALIKES = {"I": "1", "O": "0", "Z": "2", "S": "5", "V": "U"}


def normalize_credit_code(code: str) -> str:
    """The canonical form of a typed or pasted code.

    NFKC folds full-width letters and digits (common with Chinese input methods)
    to ASCII; all whitespace is dropped because codes are often copied from
    licences in groups separated by spaces.
    """
    folded = unicodedata.normalize("NFKC", code)
    return "".join(folded.split()).upper()


def check_character(body17: str) -> str:
    """The check character for a 17-character body already in canonical form.

    Raises ``ValueError`` if the body has the wrong length or a character outside
    the charset; callers that handle user input use ``credit_code_problem``.
    """
    if len(body17) != CODE_LENGTH - 1:
        raise ValueError(f"the body must be 17 characters, got {len(body17)}")
    total = 0
    for ch, weight in zip(body17, WEIGHTS, strict=True):
        if ch not in _VALUE:
            raise ValueError(f"character {ch!r} is not allowed in a credit code")
        total += _VALUE[ch] * weight
    # 31 - (sum mod 31) yields 31 when the sum is a multiple of 31; that maps to 0.
    return CHARSET[(31 - total % 31) % 31]


def make_credit_code(body17: str) -> str:
    """``body17`` (normalised) followed by its check character."""
    body = normalize_credit_code(body17)
    return body + check_character(body)


def credit_code_problem(code: str) -> str | None:
    """``None`` when ``code`` is a valid credit code, else what is wrong with it.

    The input is normalised first, so full-width or lower-case input is accepted.
    Checks run in the order a person would fix them: length, characters,
    registration authority, then the check character.
    """
    value = normalize_credit_code(code)
    if not value:
        return "The credit code is empty; it must be 18 characters."
    if len(value) != CODE_LENGTH:
        return (
            f"The credit code must be exactly 18 characters; "
            f"this one has {len(value)}."
        )
    for position, ch in enumerate(value, start=1):
        if ch not in _VALUE:
            hint = ""
            if ch in _LOOKALIKES:
                hint = f" (did you mean {_LOOKALIKES[ch]!r}?)"
            return (
                f"Character {ch!r} at position {position} is not allowed{hint}; "
                "a credit code uses only digits 0-9 and letters A-Z except I, O, Z, S, V."
            )
    if value[0] not in AUTHORITIES:
        return (
            f"The first character (registration authority) must be one of "
            f"1-9, A, N or Y; got {value[0]!r}."
        )
    expected = check_character(value[:-1])
    if value[-1] != expected:
        return (
            f"The check digit does not match: the last character is {value[-1]!r}, "
            f"but the check digit should be {expected!r}. "
            "One of the 18 characters was probably mistyped."
        )
    return None
