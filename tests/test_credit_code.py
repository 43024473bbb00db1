"""Tests for the 统一社会信用代码 checker: real codes pass, every error class is named."""

from __future__ import annotations

import pytest

from inspector.credit_code import (
    CHARSET,
    WEIGHTS,
    check_character,
    credit_code_problem,
    make_credit_code,
    normalize_credit_code,
)

# Codes printed on public business licences / annual reports of well-known companies.
REAL_CODES = [
    "91350100M000100Y43",  # example code widely quoted with GB 32100 (福州)
    "914403001922038216",  # 华为技术有限公司
    "9144030071526726XG",  # 腾讯科技（深圳）有限公司
    "91440300192317458F",  # 比亚迪股份有限公司
    "91110108551385082Q",  # 小米科技有限责任公司
]


def test_charset_and_weights_follow_the_standard() -> None:
    assert len(CHARSET) == 31
    assert not set("IOZSV") & set(CHARSET)
    assert WEIGHTS == (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


@pytest.mark.parametrize("code", REAL_CODES)
def test_real_codes_are_valid(code: str) -> None:
    assert credit_code_problem(code) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("  91350100m000100y43 ", "91350100M000100Y43"),
        ("９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43"),  # full-width
        ("9135 0100 M000 100Y 43", "91350100M000100Y43"),
        ("9144030071526726xg\n", "9144030071526726XG"),
    ],
)
def test_normalisation(typed: str, expected: str) -> None:
    assert normalize_credit_code(typed) == expected
    assert credit_code_problem(typed) is None


def test_make_credit_code_round_trip() -> None:
    for code in REAL_CODES:
        assert make_credit_code(code[:17]) == code
    made = make_credit_code("91320281ma1y7k3p2")
    assert made == "91320281MA1Y7K3P2R"
    assert credit_code_problem(made) is None


def test_sum_divisible_by_31_gives_check_zero() -> None:
    # 31 - (sum mod 31) is 31 here, which the standard maps to '0'.
    assert check_character("00000000000000000") == "0"
    body = "9132028155000000D"
    assert sum(CHARSET.index(c) * w for c, w in zip(body, WEIGHTS, strict=True)) % 31 == 0
    assert make_credit_code(body) == body + "0"
    assert credit_code_problem(body + "0") is None


def test_check_character_rejects_bad_bodies() -> None:
    with pytest.raises(ValueError, match="17 characters"):
        check_character("9132028155")
    with pytest.raises(ValueError, match="not allowed"):
        make_credit_code("91320281MA1Y7K3PI")


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("91350100M000100Y4", "exactly 18 characters; this one has 17"),
        ("91350100M000100Y433", "exactly 18 characters; this one has 19"),
        ("91350100MOOO100Y43", "'O' at position 10 is not allowed (did you mean '0'?)"),
        ("91350100M000I00Y43", "'I' at position 13 is not allowed (did you mean '1'?)"),
        ("91350100M000-00Y43", "'-' at position 13 is not allowed"),
        ("9135010OM000100Y43", "except I, O, Z, S, V"),
        ("B1350100M000100Y43", "first character (registration authority)"),
        ("01350100M000100Y43", "got '0'"),
        ("91350100M000100Y44", "check digit should be '3'"),
        ("914403001922038217", "check digit should be '6'"),
    ],
)
def test_each_error_class_is_explained(code: str, fragment: str) -> None:
    problem = credit_code_problem(code)
    assert problem is not None
    assert fragment in problem


def test_every_single_character_typo_is_caught() -> None:
    code = "91350100M000100Y43"
    for position in range(len(code)):
        for replacement in CHARSET:
            if replacement == code[position]:
                continue
            typo = code[:position] + replacement + code[position + 1 :]
            assert credit_code_problem(typo) is not None, typo


def test_swapped_neighbours_are_caught() -> None:
    code = "9144030071526726XG"
    for i in range(len(code) - 1):
        if code[i] != code[i + 1]:
            swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
            assert credit_code_problem(swapped) is not None, swapped
