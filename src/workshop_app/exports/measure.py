"""How wide a word is in the Word template's fonts, so a table header never breaks inside a word.

The template sets Arial (Microsoft YaHei for Chinese). Word has no hyphenation in our tables, so a
header word wider than its column is cut anywhere ("Respons/es", "Puntua/ción"). :func:`word_width_pt`
measures the widest word of a header with the font's own advances (Arial, or its metric twin Liberation
Sans / Arimo; a script the font lacks, such as Arabic, falls back to a Noto font, and DejaVu Sans
last, which is wider than Arial, so an estimate errs on the safe side). Chinese and Japanese text may
break between any two characters, so only the widest character of such a run counts.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LATIN = ("Arial", "Liberation Sans", "Arimo")
FALLBACKS = ("Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans CJK SC", "Microsoft YaHei", "DejaVu Sans")
_WORDS = re.compile(r"\S+")


@lru_cache(maxsize=4)
def _fonts(bold: bool) -> tuple:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    have = {f.name for f in font_manager.fontManager.ttflist}
    families = [f for f in LATIN if f in have][:1] + [f for f in FALLBACKS if f in have]
    paths = dict.fromkeys(font_manager.findfont(font_manager.FontProperties(family=[f], weight="bold" if bold else
                                                                             "normal")) for f in families)
    return tuple(FT2Font(p) for p in paths) or (FT2Font(font_manager.findfont("DejaVu Sans")),)


@lru_cache(maxsize=4096)
def _advance(char: str, bold: bool) -> float:
    """The advance of ``char`` at 1 pt, in points, from the first font that has it."""
    fonts = _fonts(bold)
    for font in fonts:
        if font.get_char_index(ord(char)):
            break
    else:
        font = fonts[-1]
    font.set_size(1000, 72)
    return font.load_char(ord(char)).linearHoriAdvance / 65536 / 1000


def _breaks_anywhere(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def word_width_pt(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The width of the widest unbreakable piece of ``text`` (a word; one character of CJK text)."""
    widest = 0.0
    for word in _WORDS.findall(text):
        run = 0.0
        for char in word:
            w = _advance(char, bold) * size_pt
            if _breaks_anywhere(char):
                widest = max(widest, run, w)
                run = 0.0
            else:
                run += w
        widest = max(widest, run)
    return widest
