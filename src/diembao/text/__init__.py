"""The one canonical Vietnamese text layer. Compare, index and match only through it."""

from diembao.text.fold import fold, search_key
from diembao.text.normalise import canonical, canonical_chars, fix_tone_placement

__all__ = ["canonical", "canonical_chars", "fix_tone_placement", "fold", "search_key"]
