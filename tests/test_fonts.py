"""Finding a Chinese TrueType font (inspector.fonts).

Most tests build tiny sfnt files in tmp_path, so they run without any CJK font
installed; the tests on real fonts skip when the machine has none.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from inspector import fonts
from inspector.fonts import (
    ENV_VAR,
    SAMPLE_TEXT,
    FontRejected,
    check_font,
    font_install_hint,
    is_cjk_truetype,
    locate_cjk_font,
)
from tests.tooling import need

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


# --------------------------------------------------------------------------- font blobs


def _cmap_format4(mapping: dict[int, int], use_range_offsets: bool) -> bytes:
    cps = sorted(mapping)
    seg_count = len(cps) + 1
    ends = [*cps, 0xFFFF]
    starts = [*cps, 0xFFFF]
    deltas, range_offsets, glyph_ids = [], [], []
    for i, cp in enumerate(cps):
        if use_range_offsets:
            deltas.append(0)
            range_offsets.append(2 * (seg_count - i) + 2 * len(glyph_ids))
            glyph_ids.append(mapping[cp])
        else:
            deltas.append((mapping[cp] - cp) & 0xFFFF)
            range_offsets.append(0)
    deltas.append(1)
    range_offsets.append(0)
    body = struct.pack(f">{seg_count}H", *ends) + b"\0\0"
    body += struct.pack(f">{seg_count}H", *starts)
    body += struct.pack(f">{seg_count}H", *deltas)
    body += struct.pack(f">{seg_count}H", *range_offsets)
    body += struct.pack(f">{len(glyph_ids)}H", *glyph_ids)
    header = struct.pack(">7H", 4, 14 + len(body), 0, 2 * seg_count, 0, 0, 0)
    return header + body


def _cmap_format12(mapping: dict[int, int]) -> bytes:
    groups = b"".join(struct.pack(">3I", cp, cp, gid) for cp, gid in sorted(mapping.items()))
    return struct.pack(">HHIII", 12, 0, 16 + len(groups), 0, len(mapping)) + groups


def make_font(
    chars: str = SAMPLE_TEXT + "Aa",
    *,
    version: bytes = b"\x00\x01\x00\x00",
    outlines: bytes = b"glyf",
    fs_type: int = 0,
    cmap_format: int = 4,
    use_range_offsets: bool = False,
    base: int = 0,
) -> bytes:
    """A minimal sfnt whose cmap maps ``chars`` to glyphs 1..n (table offsets from ``base``)."""
    mapping = {ord(c): i + 1 for i, c in enumerate(dict.fromkeys(chars))}
    num_glyphs = len(mapping) + 1
    if cmap_format == 12:
        platform, encoding, sub = 3, 10, _cmap_format12(mapping)
    else:
        platform, encoding, sub = 3, 1, _cmap_format4(mapping, use_range_offsets)
    tables = {
        b"cmap": struct.pack(">HHHHI", 0, 1, platform, encoding, 12) + sub,
        b"head": bytes(54),
        b"hhea": bytes(36),
        b"hmtx": bytes(4 * num_glyphs),
        b"maxp": struct.pack(">IH", 0x00005000, num_glyphs),
        b"name": bytes(6),
        b"post": struct.pack(">I", 0x00030000) + bytes(28),
        b"OS/2": struct.pack(">HhHHH", 4, 500, 400, 5, fs_type) + bytes(68),
        outlines: bytes(16 * num_glyphs),
    }
    if outlines == b"glyf":
        tables[b"loca"] = bytes(2 * (num_glyphs + 1))
    tags = sorted(tables)
    offset = base + 12 + 16 * len(tags)
    directory, data = b"", b""
    for tag in tags:
        blob = tables[tag] + b"\0" * (-len(tables[tag]) % 4)
        directory += struct.pack(">4sIII", tag, 0, offset + len(data), len(tables[tag]))
        data += blob
    return version + struct.pack(">HHHH", len(tags), 0, 0, 0) + directory + data


def make_collection(**kwargs) -> bytes:
    """A .ttc holding one face built by make_font."""
    return b"ttcf" + struct.pack(">III", 0x00010000, 1, 16) + make_font(base=16, **kwargs)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def reason(path: Path) -> str:
    with pytest.raises(FontRejected) as info:
        check_font(path)
    return str(info.value)


@pytest.fixture(autouse=True)
def _no_env_override(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)


# --------------------------------------------------------------------------- checking files


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"use_range_offsets": True},
        {"cmap_format": 12},
        {"version": b"true"},
        {"fs_type": 0x0008},  # editable embedding: fine
    ],
)
def test_accepts_truetype_cjk_blob(tmp_path, kwargs):
    assert is_cjk_truetype(write(tmp_path, "cjk.ttf", make_font(**kwargs)))


def test_accepts_collection_first_face(tmp_path):
    assert is_cjk_truetype(write(tmp_path, "cjk.ttc", make_collection()))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "too small"),
        (b"This is a text file, not a font at all.\n" * 10, "not a TrueType font"),
        (bytes(range(256)) * 4, "not a TrueType font"),
        (make_font(version=b"OTTO", outlines=b"CFF "), "CFF"),
        (make_font(outlines=b"CFF "), "CFF"),
        (make_font(chars="Hello"), "not a Chinese font"),
        (make_font(chars="检查"), "not a Chinese font"),
        (make_font(fs_type=0x0002), "forbid embedding"),
        (make_font(fs_type=0x0200), "forbid embedding"),
    ],
    ids=[
        "empty",
        "text",
        "binary",
        "otto-cff",
        "cff-table",
        "latin",
        "partial",
        "restricted",
        "bitmap-only",
    ],
)
def test_rejects_bad_files(tmp_path, data, expected):
    path = write(tmp_path, "bad.ttf", data)
    assert expected in reason(path)
    assert not is_cjk_truetype(path)


def test_rejects_collection_whose_first_face_is_cff(tmp_path):
    data = make_collection(version=b"OTTO", outlines=b"CFF ")
    assert "CFF" in reason(write(tmp_path, "cff.ttc", data))


@pytest.mark.parametrize("keep", [6, 40, 200, 0.5, 0.9])
def test_rejects_truncated_file(tmp_path, keep):
    data = make_font()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    path = write(tmp_path, "cut.ttf", data[:cut])
    assert not is_cjk_truetype(path)


def test_rejects_truncated_collection(tmp_path):
    data = make_collection()
    assert not is_cjk_truetype(write(tmp_path, "cut.ttc", data[:20]))
    assert not is_cjk_truetype(write(tmp_path, "cut2.ttc", data[: len(data) // 2]))


def test_rejects_missing_and_unreadable(tmp_path):
    assert "cannot read" in reason(tmp_path / "nope.ttf")
    assert "cannot read" in reason(tmp_path)  # a directory


def test_rejects_dejavu():
    need(DEJAVU.is_file(), f"{DEJAVU} (fonts-dejavu-core)")
    assert "not a Chinese font" in reason(DEJAVU)


def _real_cjk_fonts() -> list[Path]:
    return [p for p in fonts.known_font_files() if p.is_file()]


def test_accepts_real_cjk_font_and_reportlab_embeds_it():
    found = [p for p in _real_cjk_fonts() if is_cjk_truetype(p)]
    need(bool(found), "a TrueType CJK font (fonts-wqy-microhei)")
    from reportlab.pdfbase.ttfonts import TTFont

    for path in found:
        face = TTFont("CJKTest", str(path)).face
        assert all(face.charToGlyph.get(ord(ch)) for ch in SAMPLE_TEXT), path


def test_find_cjk_font_matches_reportlab_when_present():
    fonts.find_cjk_font.cache_clear()
    try:
        font = fonts.find_cjk_font()
        assert fonts.find_cjk_font() is font  # cached
    finally:
        fonts.find_cjk_font.cache_clear()
    need(font is not None, "a TrueType CJK font (fonts-wqy-microhei)")
    from reportlab.pdfbase.ttfonts import TTFontFile

    assert all(TTFontFile(str(font)).charToGlyph.get(ord(ch)) for ch in SAMPLE_TEXT)


# --------------------------------------------------------------------------- searching


def test_known_files_come_before_scan(tmp_path):
    known = write(tmp_path, "known/a.ttc", make_collection())
    scanned = write(tmp_path, "dir/b.ttf", make_font())
    assert locate_cjk_font([known], [tmp_path / "dir"]) == known
    assert locate_cjk_font([tmp_path / "missing.ttf"], [tmp_path / "dir"]) == scanned


def test_scan_skips_unusable_and_finds_nested_upper_case_suffix(tmp_path):
    write(tmp_path, "fonts/a/latin.ttf", make_font(chars="abc"))
    write(tmp_path, "fonts/a/broken.ttf", b"garbage" * 100)
    write(tmp_path, "fonts/a/cff.ttf", make_font(version=b"OTTO", outlines=b"CFF "))
    write(tmp_path, "fonts/b/readme.txt", make_font())  # right content, wrong suffix
    good = write(tmp_path, "fonts/c/deep/CJK.TTF", make_font())
    seen: list[tuple[Path, str | None]] = []
    found = locate_cjk_font([], [tmp_path / "fonts"], report=lambda p, r: seen.append((p, r)))
    assert found == good
    assert [p.name for p, _ in seen] == ["broken.ttf", "cff.ttf", "latin.ttf", "CJK.TTF"]
    assert seen[-1][1] is None


def test_nothing_qualifies_returns_none_and_hint(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert locate_cjk_font([], [empty]) is None
    assert locate_cjk_font([tmp_path / "missing.ttc"], [empty, tmp_path / "missing-dir"]) is None
    if DEJAVU.is_file():
        assert locate_cjk_font([DEJAVU], [DEJAVU.parent]) is None
    hint = font_install_hint("linux", ["debian"])
    assert "sudo apt-get install fonts-wqy-microhei" in hint


def test_env_override_wins(tmp_path, monkeypatch):
    system = write(tmp_path, "system/sys.ttc", make_collection())
    mine = write(tmp_path, "my fonts/我的字体.ttf", make_font())
    monkeypatch.setenv(ENV_VAR, str(mine))
    assert locate_cjk_font([system], []) == mine
    # also when nothing else exists
    assert locate_cjk_font([], []) == mine


def test_env_override_expands_user(tmp_path, monkeypatch):
    mine = write(tmp_path, "home/f.ttf", make_font())
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert locate_cjk_font([], [], environ={ENV_VAR: "~/f.ttf"}) == tmp_path / "home/f.ttf"
    assert mine.is_file()


def test_unusable_env_override_falls_back_with_warning(tmp_path, monkeypatch, caplog):
    system = write(tmp_path, "system/sys.ttc", make_collection())
    bad = write(tmp_path, "latin.ttf", make_font(chars="abc"))
    monkeypatch.setenv(ENV_VAR, str(bad))
    assert locate_cjk_font([system], []) == system
    assert ENV_VAR in caplog.text
    assert "not a Chinese font" in caplog.text


def test_default_locations_per_platform(tmp_path):
    win = fonts.known_font_files("win32", {"WINDIR": "D:\\Win"})
    assert [p.name for p in win[:3]] == ["msyh.ttc", "simsun.ttc", "simhei.ttf"]
    mac = [str(p) for p in fonts.known_font_files("darwin", {})]
    assert "/System/Library/Fonts/STHeiti Light.ttc" in mac
    assert any("Arial Unicode" in p for p in mac)
    linux = [str(p) for p in fonts.known_font_files("linux", {})]
    assert linux[0] == "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    for name in ("wqy-zenhei.ttc", "uming.ttc", "ukai.ttc", "LXGWWenKai-Regular.ttf"):
        assert any(p.endswith(name) for p in linux)
    dirs = fonts.font_search_dirs("linux", {}, home=tmp_path)
    assert tmp_path / ".local/share/fonts" in dirs
    assert tmp_path / ".fonts" in dirs
    assert Path("/usr/share/fonts") in dirs
    assert Path("/usr/local/share/fonts") in dirs
    assert fonts.font_search_dirs("darwin", {}, home=tmp_path)[-1] == tmp_path / "Library/Fonts"


@pytest.mark.parametrize(
    ("platform", "ids", "expected"),
    [
        ("linux", ["ubuntu", "debian"], "sudo apt-get install fonts-wqy-microhei"),
        ("linux", ["fedora"], "sudo dnf install wqy-microhei-fonts"),
        ("linux", ["arch"], "sudo pacman -S wqy-microhei"),
        ("linux", [], "sudo apt-get install fonts-wqy-microhei"),
        ("win32", None, "msyh.ttc"),
        ("darwin", None, "STHeiti"),
    ],
)
def test_install_hint(platform, ids, expected):
    hint = font_install_hint(platform, ids)
    assert expected in hint
    assert ENV_VAR in hint


def test_install_hint_puts_this_system_first():
    hint = font_install_hint("linux", ["fedora"])
    assert hint.index("dnf") < hint.index("apt-get")


# --------------------------------------------------------------------------- command line


def test_main_prints_path(tmp_path, monkeypatch, capsys):
    good = write(tmp_path, "cjk.ttf", make_font())
    monkeypatch.setattr(fonts, "known_font_files", lambda: [good])
    monkeypatch.setattr(fonts, "font_search_dirs", lambda: [])
    assert fonts.main([]) == 0
    assert capsys.readouterr().out.strip() == str(good)


def test_main_prints_hint_and_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(fonts, "known_font_files", lambda: [])
    monkeypatch.setattr(fonts, "font_search_dirs", lambda: [tmp_path])
    assert fonts.main(["-v"]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert "No Chinese TrueType font" in out.err
    assert ENV_VAR in out.err
