"""The one canonical Vietnamese text layer. Compare, index and match only through it."""

from diembao.text.encodings import decode_bytes
from diembao.text.fold import fold, search_key
from diembao.text.legacy import convert as convert_legacy
from diembao.text.legacy import detect_legacy, fix_legacy, fix_legacy_with_map
from diembao.text.normalise import (
    canonical,
    canonical_chars,
    fix_syllable,
    fix_tone_placement,
    normalise_whitespace,
    parse_syllable,
)
from diembao.text.offsets import (
    OffsetMap,
    canonical_chars_with_map,
    canonical_with_map,
    search_key_with_map,
)
from diembao.text.tokens import syllables

__all__ = [
    "OffsetMap",
    "canonical",
    "canonical_chars",
    "canonical_chars_with_map",
    "canonical_with_map",
    "convert_legacy",
    "decode_bytes",
    "detect_legacy",
    "fix_legacy",
    "fix_legacy_with_map",
    "fix_syllable",
    "fix_tone_placement",
    "fold",
    "normalise_whitespace",
    "parse_syllable",
    "search_key",
    "search_key_with_map",
    "syllables",
]
