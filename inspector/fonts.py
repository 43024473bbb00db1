"""Finding a Chinese font that both ReportLab and Qt can use.

ReportLab embeds only fonts with **TrueType outlines** (an sfnt ``glyf`` table).
The common Noto Sans CJK / Source Han fonts have PostScript (CFF) outlines and
fail with "postscript outlines are not supported", so a font is accepted only if

* it is a TrueType font (``.ttf``) or collection (``.ttc``: its first face, the
  one ReportLab loads by default) with a ``glyf`` table and the other tables
  ReportLab reads,
* its OS/2 ``fsType`` allows embedding a subset (ReportLab refuses otherwise),
* its Unicode ``cmap`` maps common Chinese characters (``SAMPLE_TEXT``).

The file is checked by reading its table directory and ``cmap`` directly (a few
kilobytes of a multi-megabyte file), so checking a candidate takes about a
millisecond.

Search order: the ``INSPECTOR_CJK_FONT`` environment variable, then a list of
well-known files (Linux packages, Windows and macOS built-ins), then a scan of
the usual font folders. ``find_cjk_font()`` caches its answer for the process;
``locate_cjk_font()`` takes the search locations as arguments (for tests).

``python -m inspector.fonts`` prints the font found (exit 0) or what to install
(exit 1); ``-v`` shows every candidate and why it was rejected.

This module never imports Qt.
"""

from __future__ import annotations

import functools
import logging
import os
import struct
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "ENV_VAR",
    "SAMPLE_TEXT",
    "FontRejected",
    "check_font",
    "find_cjk_font",
    "font_install_hint",
    "font_search_dirs",
    "is_cjk_truetype",
    "known_font_files",
    "locate_cjk_font",
    "main",
]

log = logging.getLogger(__name__)

ENV_VAR = "INSPECTOR_CJK_FONT"
#: Characters a usable font must map (they appear in every report).
SAMPLE_TEXT = "检查托育机构合格"
FONT_SUFFIXES = (".ttf", ".ttc")

# Tables ReportLab's TTFontFile reads when it embeds a TrueType font.
_REQUIRED_TABLES = (b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"name", b"post")
_TRUETYPE_VERSIONS = (b"\x00\x01\x00\x00", b"true")
_MAX_TABLES = 512


class FontRejected(ValueError):
    """A file is not a usable CJK TrueType font; the message says why."""


# --------------------------------------------------------------------------- checking


def _read(f: BinaryIO, file_size: int, offset: int, size: int, what: str) -> bytes:
    if offset < 0 or size < 0 or offset + size > file_size:
        raise FontRejected(f"truncated or corrupt: {what} lies beyond the end of the file")
    f.seek(offset)
    data = f.read(size)
    if len(data) != size:
        raise FontRejected(f"truncated: could not read {what}")
    return data


def _u16(data: bytes, pos: int) -> int:
    return struct.unpack_from(">H", data, pos)[0]


def _u32(data: bytes, pos: int) -> int:
    return struct.unpack_from(">I", data, pos)[0]


def check_font(path: str | os.PathLike[str], sample: str = SAMPLE_TEXT) -> None:
    """Return if ``path`` is a TrueType-outline font mapping every char of ``sample``.

    Raises ``FontRejected`` with the reason otherwise (not a font, truncated,
    CFF outlines, embedding not allowed, characters missing, unreadable).
    """
    p = Path(path)
    try:
        with p.open("rb") as f:
            file_size = os.fstat(f.fileno()).st_size
            _check_open_font(f, file_size, sample)
    except OSError as exc:
        raise FontRejected(f"cannot read: {exc.strerror or exc}") from exc
    except (struct.error, IndexError) as exc:  # defensive: a malformed table
        raise FontRejected(f"corrupt font data ({exc})") from exc


def is_cjk_truetype(path: str | os.PathLike[str], sample: str = SAMPLE_TEXT) -> bool:
    """True if ``check_font`` accepts ``path``."""
    try:
        check_font(path, sample)
    except FontRejected:
        return False
    return True


def _check_open_font(f: BinaryIO, file_size: int, sample: str) -> None:
    if file_size < 12:
        raise FontRejected("not a font file (too small)")
    tag = _read(f, file_size, 0, 4, "file header")
    face_offset = 0
    if tag == b"ttcf":
        header = _read(f, file_size, 0, 16, "collection header")
        if _u32(header, 8) == 0:
            raise FontRejected("font collection without fonts")
        face_offset = _u32(header, 12)
        tag = _read(f, file_size, face_offset, 4, "first font of the collection")
    if tag == b"OTTO":
        raise FontRejected(
            "PostScript (CFF) outlines: ReportLab can only embed TrueType-outline fonts"
        )
    if tag not in _TRUETYPE_VERSIONS:
        raise FontRejected("not a TrueType font file")

    num_tables = _u16(_read(f, file_size, face_offset + 4, 2, "table count"), 0)
    if not 0 < num_tables <= _MAX_TABLES:
        raise FontRejected(f"corrupt table directory ({num_tables} tables)")
    directory = _read(f, file_size, face_offset + 12, 16 * num_tables, "table directory")
    tables: dict[bytes, tuple[int, int]] = {}
    for i in range(num_tables):
        rec = 16 * i
        table_tag = directory[rec : rec + 4]
        offset, length = _u32(directory, rec + 8), _u32(directory, rec + 12)
        if offset + length > file_size:
            name = table_tag.decode("latin-1").strip()
            raise FontRejected(f"truncated: table '{name}' lies beyond the end of the file")
        tables[table_tag] = (offset, length)

    if b"glyf" not in tables:
        if b"CFF " in tables or b"CFF2" in tables:
            raise FontRejected(
                "PostScript (CFF) outlines: ReportLab can only embed TrueType-outline fonts"
            )
        raise FontRejected("no TrueType outlines (no 'glyf' table)")
    missing = [t.decode("latin-1") for t in _REQUIRED_TABLES if t not in tables]
    if missing:
        raise FontRejected(f"incomplete font: missing table(s) {', '.join(missing)}")

    if b"OS/2" in tables and tables[b"OS/2"][1] >= 10:
        fs_type = _u16(_read(f, file_size, tables[b"OS/2"][0] + 8, 2, "OS/2 table"), 0)
        # The same test ReportLab makes before it refuses to subset a font.
        if fs_type == 0x0002 or fs_type & 0x0300:
            raise FontRejected(f"the font's licence flags forbid embedding (fsType {fs_type:#06x})")

    maxp_offset, maxp_length = tables[b"maxp"]
    if maxp_length < 6:
        raise FontRejected("corrupt 'maxp' table")
    num_glyphs = _u16(_read(f, file_size, maxp_offset + 4, 2, "maxp table"), 0)

    lookup = _cmap_lookup(f, file_size, *tables[b"cmap"])
    absent = [ch for ch in dict.fromkeys(sample) if not 0 < lookup(ord(ch)) < num_glyphs]
    if absent:
        raise FontRejected(f"does not contain {''.join(absent)} (not a Chinese font)")


# cmap subtables, best first: (platform, encoding)
_CMAP_PREFERENCE = [(3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0)]


def _cmap_lookup(
    f: BinaryIO, file_size: int, cmap_offset: int, cmap_length: int
) -> Callable[[int], int]:
    """A function code point -> glyph id (0 = missing) for the best Unicode subtable."""
    header = _read(f, file_size, cmap_offset, 4, "cmap header")
    count = _u16(header, 2)
    records = _read(f, file_size, cmap_offset + 4, 8 * count, "cmap records")
    subtables: dict[tuple[int, int], int] = {}
    for i in range(count):
        key = (_u16(records, 8 * i), _u16(records, 8 * i + 2))
        subtables.setdefault(key, cmap_offset + _u32(records, 8 * i + 4))
    for key in _CMAP_PREFERENCE:
        if key not in subtables:
            continue
        start = subtables[key]
        fmt = _u16(_read(f, file_size, start, 2, "cmap subtable"), 0)
        if fmt == 12:
            return _cmap_format12(f, file_size, start)
        if fmt == 4:
            return _cmap_format4(f, file_size, start)
    raise FontRejected("no Unicode character map (cmap format 4 or 12)")


def _cmap_format12(f: BinaryIO, file_size: int, start: int) -> Callable[[int], int]:
    header = _read(f, file_size, start, 16, "cmap format 12 header")
    n_groups = _u32(header, 12)
    groups = _read(f, file_size, start + 16, 12 * n_groups, "cmap format 12 groups")
    ranges = [struct.unpack_from(">III", groups, 12 * i) for i in range(n_groups)]

    def lookup(cp: int) -> int:
        for first, last, glyph in ranges:
            if first <= cp <= last:
                return glyph + cp - first
        return 0

    return lookup


def _cmap_format4(f: BinaryIO, file_size: int, start: int) -> Callable[[int], int]:
    seg_count = _u16(_read(f, file_size, start + 6, 2, "cmap format 4 header"), 0) // 2
    data = _read(f, file_size, start, 16 + 8 * seg_count, "cmap format 4 segments")
    ends = struct.unpack_from(f">{seg_count}H", data, 14)
    starts = struct.unpack_from(f">{seg_count}H", data, 16 + 2 * seg_count)
    deltas = struct.unpack_from(f">{seg_count}H", data, 16 + 4 * seg_count)
    range_offsets = struct.unpack_from(f">{seg_count}H", data, 16 + 6 * seg_count)
    range_base = start + 16 + 6 * seg_count

    def lookup(cp: int) -> int:
        if cp > 0xFFFF:
            return 0
        for i in range(seg_count):
            if ends[i] >= cp:
                if starts[i] > cp:
                    return 0
                if range_offsets[i] == 0:
                    return (cp + deltas[i]) & 0xFFFF
                pos = range_base + 2 * i + range_offsets[i] + 2 * (cp - starts[i])
                glyph = _u16(_read(f, file_size, pos, 2, "cmap glyph array"), 0)
                return (glyph + deltas[i]) & 0xFFFF if glyph else 0
        return 0

    return lookup


# --------------------------------------------------------------------------- where to look


def _home(home: Path | None) -> Path:
    if home is not None:
        return home
    try:
        return Path.home()
    except RuntimeError:  # no HOME and no passwd entry
        return Path("/nonexistent-home")


def known_font_files(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> list[Path]:
    """Well-known TrueType CJK font files, most suitable first (not checked to exist)."""
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    if platform.startswith("win"):
        windir = Path(environ.get("WINDIR") or environ.get("SystemRoot") or r"C:\Windows")
        names = [
            "msyh.ttc",  # Microsoft YaHei
            "simsun.ttc",  # SimSun
            "simhei.ttf",  # SimHei
            "Deng.ttf",  # DengXian
            "simkai.ttf",  # KaiTi
            "simfang.ttf",  # FangSong
            "msjh.ttc",  # Microsoft JhengHei (traditional)
            "mingliu.ttc",
            "kaiu.ttf",
            "ARIALUNI.TTF",
        ]
        return [windir / "Fonts" / n for n in names]
    if platform == "darwin":
        return [
            Path("/System/Library/Fonts/STHeiti Light.ttc"),
            Path("/System/Library/Fonts/STHeiti Medium.ttc"),
            Path("/System/Library/Fonts/Supplemental/Songti.ttc"),
            Path("/Library/Fonts/Songti.ttc"),
            Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
            Path("/Library/Fonts/Arial Unicode.ttf"),
            Path("/System/Library/Fonts/PingFang.ttc"),
            Path("/System/Library/Fonts/Hiragino Sans GB.ttc"),
        ]
    # Linux and other Unix: Debian/Ubuntu, Fedora (old and new layout), Arch.
    return [
        Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
        Path("/usr/share/fonts/wqy-microhei-fonts/wqy-microhei.ttc"),
        Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
        Path("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"),
        Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        Path("/usr/share/fonts/wqy-zenhei-fonts/wqy-zenhei.ttc"),
        Path("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
        Path("/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc"),
        Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
        Path("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"),
        Path("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"),
        Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
        Path("/usr/share/fonts/truetype/arphic/ukai.ttc"),
    ]


def font_search_dirs(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> list[Path]:
    """The usual font folders of the platform, scanned when no known file qualifies."""
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    home = _home(home)
    if platform.startswith("win"):
        windir = Path(environ.get("WINDIR") or environ.get("SystemRoot") or r"C:\Windows")
        dirs = [windir / "Fonts"]
        if environ.get("LOCALAPPDATA"):
            dirs.append(Path(environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    data_home = Path(environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    data_dirs = (environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(":")
    dirs = [data_home / "fonts", home / ".fonts"]
    dirs += [Path(d) / "fonts" for d in data_dirs if d]
    for extra in ("/usr/share/fonts", "/usr/local/share/fonts"):
        if Path(extra) not in dirs:
            dirs.append(Path(extra))
    return dirs


def _scan(dirs: Iterable[Path]) -> Iterator[Path]:
    """Every .ttf/.ttc below ``dirs`` (any case), in a stable order."""
    for top in dirs:
        if not top.is_dir():
            continue
        for root, subdirs, files in os.walk(top, onerror=lambda _err: None):
            subdirs.sort()
            for name in sorted(files):
                if name.lower().endswith(FONT_SUFFIXES):
                    yield Path(root) / name


# --------------------------------------------------------------------------- search

Report = Callable[[Path, str | None], None]


def locate_cjk_font(
    known_files: Iterable[Path] | None = None,
    search_dirs: Iterable[Path] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    report: Report | None = None,
) -> Path | None:
    """Search for a usable CJK TrueType font (not cached).

    ``known_files`` and ``search_dirs`` default to ``known_font_files()`` and
    ``font_search_dirs()``; the folders are scanned only if no known file
    qualifies. ``report(path, reason)`` is called for every candidate checked
    (``reason`` is None for the accepted one).
    """
    environ = os.environ if environ is None else environ

    def verdict(path: Path) -> bool:
        try:
            check_font(path)
        except FontRejected as exc:
            if report:
                report(path, str(exc))
            return False
        if report:
            report(path, None)
        return True

    override = environ.get(ENV_VAR, "").strip()
    if override:
        path = Path(override).expanduser()
        try:
            check_font(path)
        except FontRejected as exc:
            if report:
                report(path, str(exc))
            log.warning("%s=%s is not usable (%s); searching the system fonts", ENV_VAR, path, exc)
        else:
            if report:
                report(path, None)
            return path

    seen: set[Path] = set()

    def fresh(paths: Iterable[Path]) -> Iterator[Path]:
        for p in paths:
            try:
                if not p.is_file():
                    continue
                key = p.resolve()
            except OSError:
                continue
            if key not in seen:
                seen.add(key)
                yield p

    known = known_font_files() if known_files is None else known_files
    for path in fresh(known):
        if verdict(path):
            return path
    dirs = font_search_dirs() if search_dirs is None else search_dirs
    for path in fresh(_scan(dirs)):
        if verdict(path):
            return path
    return None


@functools.cache
def find_cjk_font() -> Path | None:
    """The CJK TrueType font to use for reports and the UI, or None (cached).

    Call ``font_install_hint()`` to tell the user what to install when None.
    """
    return locate_cjk_font()


# --------------------------------------------------------------------------- hints

_NO_FONT = (
    "No Chinese TrueType font was found. Reports and the window need one; PostScript-outline "
    "(CFF) fonts such as Noto Sans CJK or Source Han Sans cannot be embedded in the PDF reports."
)
_LINUX_COMMANDS = [
    ("debian", "Debian/Ubuntu", "sudo apt-get install fonts-wqy-microhei"),
    ("fedora", "Fedora", "sudo dnf install wqy-microhei-fonts"),
    ("arch", "Arch Linux", "sudo pacman -S wqy-microhei"),
    ("suse", "openSUSE", "sudo zypper install wqy-microhei-fonts"),
]
_OVERRIDE = f"Or set {ENV_VAR} to the path of a TrueType (.ttf/.ttc) Chinese font file."


def _os_release_ids(path: Path = Path("/etc/os-release")) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    ids: list[str] = []
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids += value.strip().strip("\"'").lower().split()
    return ids


def font_install_hint(platform: str | None = None, os_ids: Iterable[str] | None = None) -> str:
    """What the user should install (or set) so that ``find_cjk_font()`` succeeds.

    ``os_ids`` are the ID / ID_LIKE words of /etc/os-release (read when None).
    """
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "\n".join(
            [
                _NO_FONT,
                r"Windows ships Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) and SimHei "
                r"(simhei.ttf) in C:\Windows\Fonts. If they are missing, add the optional "
                "feature 'Chinese (Simplified) Supplemental Fonts' (Settings > System > "
                "Optional features > Add a feature).",
                _OVERRIDE,
            ]
        )
    if platform == "darwin":
        return "\n".join(
            [
                _NO_FONT,
                "macOS ships STHeiti and Songti SC (/System/Library/Fonts) and Arial Unicode. "
                "If they were removed, open Font Book, select 'Songti SC' and click Download "
                "(or restore the standard fonts).",
                _OVERRIDE,
            ]
        )
    ids = set(_os_release_ids() if os_ids is None else (i.lower() for i in os_ids))
    ids |= {"debian"} if ids & {"ubuntu", "linuxmint", "raspbian", "pop"} else set()
    ids |= {"fedora"} if ids & {"rhel", "centos", "rocky", "almalinux"} else set()
    ids |= {"arch"} if ids & {"manjaro", "endeavouros"} else set()
    ids |= {"suse"} if any("suse" in i for i in ids) else set()
    mine = [c for c in _LINUX_COMMANDS if c[0] in ids]
    others = [c for c in _LINUX_COMMANDS if c[0] not in ids]
    lines = [_NO_FONT]
    if mine:
        _, label, command = mine[0]
        lines.append(f"Install WenQuanYi Micro Hei ({label}):  {command}")
        lines.append("Other systems:")
    else:
        lines.append("Install WenQuanYi Micro Hei:")
    lines += [f"  {label + ':':15} {command}" for _, label, command in (mine[1:] + others)]
    lines.append(_OVERRIDE)
    return "\n".join(lines)


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    """``python -m inspector.fonts [-v]``: print the font's path, or the install hint."""
    args = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in args):
        print(
            "usage: python -m inspector.fonts [-v]\n"
            "Prints the Chinese TrueType font the app will use (exit 0), or what to\n"
            f"install (exit 1). {ENV_VAR}=FILE overrides the search; -v lists every\n"
            "candidate checked and why it was rejected."
        )
        return 0
    verbose = any(a in ("-v", "--verbose") for a in args)

    def report(path: Path, reason: str | None) -> None:
        print(f"{path}: {reason or 'OK'}", file=sys.stderr)

    font = locate_cjk_font(report=report if verbose else None)
    if font is None:
        print(font_install_hint(), file=sys.stderr)
        return 1
    print(font)
    return 0


if __name__ == "__main__":
    sys.exit(main())
