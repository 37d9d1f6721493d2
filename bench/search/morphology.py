"""Indonesian word formation for the synthetic corpus: real affixes, real sound changes.

The prefixes meN- and peN- assimilate their nasal to the first sound of the root and drop a
voiceless initial k, p, s or t (``kirim`` -> ``mengirim``, ``pakai`` -> ``memakai``,
``sapu`` -> ``menyapu``, ``tulis`` -> ``menulis``), keep it before a consonant cluster
(``produksi`` -> ``memproduksi``) and become menge-/penge- before one-syllable roots
(``cat`` -> ``mengecat``). ber-, ter- and per- lose their r before a root that starts with r
(``rencana`` -> ``berencana``) and ber- also before a first syllable ending in -er
(``kerja`` -> ``bekerja``); ``ajar`` takes bel- (``belajar``).
"""

import re
from functools import cache
from pathlib import Path

VOWELS = frozenset("aeiou")
# Digraphs that count as one consonant at the start of a root.
DIGRAPHS = ("ng", "ny", "sy", "kh")
VOWEL_GROUP = re.compile(r"[aeiou]+")
WORD = re.compile(r"^[a-z]+$")


def syllables(root):
    """Rough syllable count: the number of vowel groups (enough to spot one-syllable roots)."""
    return len(VOWEL_GROUP.findall(root))


def _initial(root):
    for digraph in DIGRAPHS:
        if root.startswith(digraph):
            return digraph
    return root[0]


def _starts_with_cluster(root):
    """True for roots such as produksi, traktir, klaim, stabil (two consonants, no digraph)."""
    if len(root) < 2 or _initial(root) in DIGRAPHS:
        return False
    return root[0] not in VOWELS and root[1] not in VOWELS and root[1] != "y"


def nasal_prefix(base, root):
    """meN-/peN- + root: ``base`` is "me" or "pe"; returns the assimilated surface form."""
    if syllables(root) == 1:
        return f"{base}nge{root}"
    first = _initial(root)
    if root[0] in VOWELS:
        return f"{base}ng{root}"
    cluster = _starts_with_cluster(root)
    if first in ("l", "m", "n", "r", "w", "y", "ng", "ny"):
        return base + root
    if first in ("b", "f", "v"):
        return f"{base}m{root}"
    if first == "p":
        return f"{base}m{root}" if cluster else f"{base}m{root[1:]}"
    if first in ("c", "d", "j", "z", "sy"):
        return f"{base}n{root}"
    if first == "t":
        return f"{base}n{root}" if cluster else f"{base}n{root[1:]}"
    if first == "s":
        return f"{base}n{root}" if cluster else f"{base}ny{root[1:]}"
    if first == "k":
        return f"{base}ng{root}" if cluster else f"{base}ng{root[1:]}"
    if first in ("g", "h", "kh"):
        return f"{base}ng{root}"
    return f"{base}ng{root}"


def me(root):
    return nasal_prefix("me", root)


def pe_nasal(root):
    return nasal_prefix("pe", root)


def _first_syllable_ends_in_er(root):
    return bool(re.match(r"^[^aeiou]*er[^aeiou]", root))


def ber(root):
    if root == "ajar":
        return "belajar"
    if root.startswith("r") or _first_syllable_ends_in_er(root):
        return "be" + root
    return "ber" + root


def ter(root):
    return ("te" if root.startswith("r") else "ter") + root


def per(root):
    return ("pe" if root.startswith("r") else "per") + root


def suffix_i(word):
    """-i does not follow a root that already ends in i."""
    return None if word.endswith("i") else word + "i"


# Every derivation the generator knows: name -> function(root) -> surface form or None.
# Confixes (prefix and suffix together, e.g. peN-...-an, ke-...-an) are single derivations.
DERIVATIONS = {
    "root": lambda r: r,
    "meN-": me,
    "meN-kan": lambda r: me(r) + "kan",
    "meN-i": lambda r: suffix_i(me(r)),
    "di-": lambda r: "di" + r,
    "di-kan": lambda r: "di" + r + "kan",
    "di-i": lambda r: suffix_i("di" + r),
    "peN-": pe_nasal,
    "peN-an": lambda r: pe_nasal(r) + "an",
    "per-an": lambda r: per(r) + "an",
    "ke-an": lambda r: "ke" + r + "an",
    "ber-": ber,
    "ber-an": lambda r: ber(r) + "an",
    "ter-": ter,
    "ter-kan": lambda r: ter(r) + "kan",
    "-an": lambda r: r + "an",
    "-kan": lambda r: r + "kan",
    "-nya": lambda r: r + "nya",
    "memper-kan": lambda r: "mem" + per(r) + "kan",
    "diper-kan": lambda r: "di" + per(r) + "kan",
}


def derive(root, name):
    """The surface form of ``root`` under derivation ``name`` (None if it does not apply)."""
    return DERIVATIONS[name](root)


@cache
def sastrawi_roots():
    """Sastrawi's dictionary of Indonesian root words (kata dasar), one-word entries only."""
    import Sastrawi

    path = Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt"
    words = (line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(sorted({w for w in words if WORD.match(w)}))


@cache
def stop_words():
    """Sastrawi's Indonesian stop words (a superset of what a search analyzer drops)."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words())


@cache
def stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def stem(word):
    return stemmer().stem(word)
