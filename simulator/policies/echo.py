"""Turn the debtor's own words round for a reflection: « j'ai perdu mon travail » → « vous avez perdu votre travail »."""

from __future__ import annotations

import re

_FR_FIXED = {
    "je parie": "vous pensez",
    "j'ai": "vous avez",
    "je suis": "vous êtes",
    "j'étais": "vous étiez",
    "je peux": "vous pouvez",
    "je dois": "vous devez",
    "je sais": "vous savez",
    "je veux": "vous voulez",
    "je vais": "vous allez",
    "je fais": "vous faites",
    "je dis": "vous dites",
    "je crois": "vous croyez",
    "je vois": "vous voyez",
    "je comprends": "vous comprenez",
    "je reçois": "vous recevez",
    "je ne": "vous ne",
    "je n'ai": "vous n'avez",
    "je n'étais": "vous n'étiez",
    "je me": "vous vous",
    "je m'": "vous vous ",
    "j'y": "vous y",
    "j'en": "vous en",
    "j'en ai": "vous en avez",
    "je": "vous",
    "ne suis": "n'êtes",
    "ne peux": "ne pouvez",
    "ne sais": "ne savez",
    "ne veux": "ne voulez",
    "ne dois": "ne devez",
    "mon": "votre",
    "ma": "votre",
    "mes": "vos",
    "moi": "vous",
    "me": "vous",
    "m'": "vous ",
    "suis": "êtes",
}
_EN_FIXED = {
    "i bet": "you think",
    "i guess": "you think",
    "i reckon": "you think",
    "i'm": "you're",
    "i am": "you are",
    "i've": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "i was": "you were",
    "i": "you",
    "my": "your",
    "me": "you",
    "mine": "yours",
    "myself": "yourself",
    "am": "are",
}
_CONVERTED = frozenset(word for form in _FR_FIXED.values() for word in form.split()) | {
    "êtes",
    "faites",
    "dites",
}
_IRREGULAR = {
    "sais": "savez", "peux": "pouvez", "veux": "voulez", "dois": "devez", "suis": "êtes", "vais": "allez",
    "fais": "faites", "dis": "dites", "crois": "croyez", "vois": "voyez", "comprends": "comprenez",
    "reçois": "recevez", "ai": "avez", "prends": "prenez", "viens": "venez", "arrive": "arrivez",
}  # fmt: skip
_FR_IRREGULAR = re.compile(r"\b(vous (?:ne |n'|en |y )?)(" + "|".join(_IRREGULAR) + r")\b")
_FR_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(_FR_FIXED, key=len, reverse=True)) + r")(?=\W|$)"
)
_EN_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(_EN_FIXED, key=len, reverse=True)) + r")\b"
)
_FR_VERB = re.compile(r"\b(vous (?:ne )?)(\w+?)(ais|ait|erai|ai|e|es)\b")
_FIRST_PERSON = {"fr": re.compile(r"\b(je|j'|mon|ma|mes|moi)\b"), "en": re.compile(r"\b(i|i'm|i've|my|me)\b")}
_SENTENCES = re.compile(r"(?<=[.!?…])\s+")


def _flip_fr(text: str) -> str:
    flipped = _FR_PATTERN.sub(lambda m: _FR_FIXED[m.group(1)], text)
    flipped = re.sub(r"\bj'", "vous ", flipped)
    flipped = re.sub(r"\bm'(?=\w)", "vous ", flipped)  # « avant de m'engager » → « avant de vous engager »

    def verb(match: re.Match[str]) -> str:
        whole = match.group(0)
        stem, ending = match.group(2), match.group(3)
        if len(stem) < 2 or stem + ending in _CONVERTED:
            return whole
        if ending == "e" and stem.endswith(("ai", "oi", "ui")):  # je paie → vous payez, j'envoie → envoyez
            return match.group(1) + stem[:-1] + "yez"
        return (
            match.group(1) + stem + {"ais": "iez", "ait": "iez", "erai": "erez", "ai": "ez"}.get(ending, "ez")
        )

    flipped = _FR_IRREGULAR.sub(lambda m: m.group(1) + _IRREGULAR[m.group(2)], flipped)
    return _FR_VERB.sub(verb, flipped)


_LEADS = re.compile(
    r"^(pour être honnête|pour tout vous dire|honnêtement|franchement|to be honest|honestly|frankly|oui|yes|yeah"
    r"|non|no|bon|ben|bah|well|ah|oh|euh|hmm|um|écoutez|écoute|attendez|attends|hang on|hold on|wait|listen|look"
    r"|mais|but|et|and|pardon|sorry|parce que|because|car|cause|alors|so|enfin|bref|voilà|ok|okay|right|d'accord|moi|me|you know|vous savez)\b[ ,…:;-]*"
)
_TAGS = re.compile(r"[ ,…]+(d'accord|hein|quoi|voilà|non|okay|ok|right|you know|eh|yeah|enfin|bon)\W*$")
# Orders and requests (« laissez-moi du temps », "let me think") do not turn round into a statement.
_IMPERATIVE = {
    "fr": re.compile(r"^(\w+ez\b|\w+-(moi|nous|le|la|les)\b|ne \w+ez\b|arrêtez|laissez|rappelez)"),
    "en": re.compile(r"^(let me|give me|call me|send me|leave me|tell me|stop|don't|please)\b"),
}


def core_clause(sentence: str, lang: str) -> str | None:
    """The statement inside a debtor sentence: fillers and trailing tags off; None for a question or an order."""
    lowered = sentence.lower().strip(' "«»')
    question = lowered.rstrip(" .!…").endswith("?")
    lowered = lowered.strip(" .!?…")
    previous = None
    while previous != lowered:
        previous = lowered
        lowered = _LEADS.sub("", lowered).strip()
        untagged = _TAGS.sub("", lowered).strip(" ,;:")
        question = question and untagged == lowered  # « …, d'accord ? » asks nothing: the tag did
        lowered = untagged
    if question or _IMPERATIVE["fr" if lang == "fr" else "en"].match(lowered):
        return None
    return lowered


def echo(debtor_text: str, lang: str, max_words: int = 14) -> str | None:
    """A short second-person restatement of the debtor's first first-person statement, or None."""
    text = debtor_text.replace("’", "'").strip()
    for sentence in _SENTENCES.split(text):
        lowered = sentence.lower().strip(' .!?…"«»')
        if not _FIRST_PERSON["fr" if lang == "fr" else "en"].search(lowered):
            continue
        if re.search(r"\b(vous|you)\b", lowered):
            continue  # words addressed to the caller do not restate the debtor's situation
        if re.search(r"\d", lowered):
            continue  # figures are answered, not echoed back (an echoed offer would read as taking it)
        core = core_clause(sentence, lang)
        if core is None or not _FIRST_PERSON["fr" if lang == "fr" else "en"].search(core):
            continue
        words = core.split()
        if len(words) < 3:
            continue
        if len(words) > max_words:
            head = " ".join(words[: max_words + 6])
            cut = max(
                head.rfind(","),
                head.rfind(";"),
                head.rfind(" et "),
                head.rfind(" and "),
                head.rfind(" mais "),
            )
            words = (head[:cut] if cut > 15 else " ".join(words[:max_words])).split()
        clause = " ".join(words).rstrip(",;:")
        flipped = (
            _flip_fr(clause) if lang == "fr" else _EN_PATTERN.sub(lambda m: _EN_FIXED[m.group(1)], clause)
        )
        return _recase(flipped, sentence)
    return None


def _recase(clause: str, original: str) -> str:
    """Names keep their capitals (« Fibrélia », "July") once the clause has been lower-cased to turn it round."""
    words = re.findall(r"[\w'-]+", original)
    proper = {
        word.lower(): word for word in words[1:] if word[:1].isupper() and word.lower() not in ("i", "i'm")
    }
    if not proper:
        return clause
    return re.sub(r"[\w'-]+", lambda m: proper.get(m.group(0), m.group(0)), clause)
