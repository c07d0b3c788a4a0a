"""Collection calls whose every line differs, for measuring the scorer as on real exports.

``bench.score``'s first corpus repeats ten agent lines per language, so the scorer's caches of per-line work
answer most turns after the first few files. Real calls reuse the same vocabulary but rarely the same line:
here each line is a template of its call stage filled with names, amounts, days, reasons and feelings drawn
afresh, and the debtor's words come back in the agent's reflections.
"""

from __future__ import annotations

import random

NAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Simon",
         "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel"]  # fmt: skip
AGENTS = ["Julie", "Karim", "Sophie", "Thomas", "Nadia", "Lucas", "Camille", "Hugo", "Léa", "Mehdi"]
CREDITORS = ["Volta Énergie", "Telco Plus", "la Mutuelle Horizon", "Crédit Lumière", "Habitat 35",
             "AquaServices", "Garage Besnard", "FitClub", "Assurances Delta", "la cantine municipale"]  # fmt: skip
EN_NAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright"]
EN_CREDITORS = ["Volta Energy", "Telco Plus", "Horizon Health", "Bright Credit", "Metro Water", "FitClub"]

FR_REASONS = [
    ("j'ai perdu mon emploi en {month}", "vous avez perdu votre emploi en {month}"),
    ("ma femme est malade depuis {weeks} semaines", "votre femme est malade depuis {weeks} semaines"),
    ("le loyer a augmenté de {small} euros", "votre loyer a augmenté de {small} euros"),
    (
        "je suis au chômage partiel, je touche {income} euros",
        "vous touchez {income} euros au chômage partiel",
    ),
    ("j'ai eu une grosse réparation sur la voiture", "la réparation de la voiture vous a coûté cher"),
    ("je me suis séparé en {month}, tout est à ma charge", "depuis la séparation tout est à votre charge"),
    ("je n'ai jamais reçu la facture de {month}", "vous n'avez pas reçu la facture de {month}"),
    ("mon salaire est versé le {day}, avant je ne peux rien", "votre salaire arrive le {day}"),
]
FR_FEELINGS = ["je suis vraiment inquiet", "j'en peux plus", "ça me stresse énormément", "j'ai honte",
               "je suis en colère", "je dors plus", "je sais plus quoi faire"]  # fmt: skip
FR_AGENT = {
    "open": [
        "Bonjour, {agent} du cabinet Amiable Recouvrement. Je parle bien à {title} {name} ?",
        "Bonjour {title} {name}, ici {agent}, je vous appelle de la part de {creditor}.",
    ],
    "disclose": [
        "Je vous appelle au sujet d'un solde de {amount} euros pour {creditor}, resté impayé depuis {month}.",
        "C'est au sujet de la facture de {creditor}, {amount} euros, échue le {day} {month}.",
    ],
    "explore": [
        "Pouvez-vous m'expliquer ce qui s'est passé depuis {month} ?",
        "Qu'est-ce qui rend ce paiement difficile en ce moment ?",
        "Comment ça se passe pour vous depuis {month} ?",
        "Qu'est-ce que vous avez comme charges fixes chaque mois, à peu près ?",
        "Vous touchez combien par mois en ce moment ?",
    ],
    "listen": [
        "Si je comprends bien, {reflection}, et c'est lourd en ce moment.",
        "D'accord, {reflection}. Je comprends que ce soit inquiétant.",
        "Je suis désolé d'entendre ça, {title} {name}. On va regarder ensemble ce qui est possible.",
        "Autrement dit, {reflection} et vous ne voyez pas comment faire face.",
    ],
    "offer": [
        "Je vous propose {monthly} euros par mois par prélèvement le {day}, sur {count} mois.",
        "On peut faire {count} versements de {monthly} euros, le premier le {day} {month}, ça vous irait ?",
        "Pourriez-vous régler les {amount} euros en une fois avant le {day} ?",
        "Que diriez-vous de {monthly} euros par virement chaque mois à partir du {day} ?",
    ],
    "press": [
        "Vous devez régler cette somme rapidement, {title} {name}.",
        "Il faut que ce soit payé avant le {day}, sinon le dossier part au contentieux.",
        "Tout le monde a des problèmes, {title} {name}, la facture reste due.",
    ],
    "close": [
        "Je récapitule : {monthly} euros par mois le {day}, par prélèvement. Je vous envoie un écrit aujourd'hui.",
        "C'est noté, {count} fois {monthly} euros à partir du {day} {month}. Merci {title} {name}, bonne journée.",
    ],
}
FR_DEBTOR = [
    "Oui, c'est moi.",
    "{reason}, {feeling}.",
    "Honnêtement {feeling}, {reason}.",
    "Je peux mettre peut-être {small} euros, pas plus.",
    "Non, en une fois c'est impossible, {reason}.",
    "D'accord, le {day} ça me va.",
    "Je sais pas trop, il faut que j'en parle à ma femme.",
    "Le loyer, l'électricité, la cantine, il reste {small} euros à la fin du mois.",
]
EN_AGENT = {
    "open": ["Hello, this is {agent} from Acme Recovery. Am I speaking with {title} {name}?"],
    "disclose": [
        "I'm calling on behalf of {creditor} about a balance of ${amount} from {month}.",
        "This is about the {creditor} account, ${amount}, overdue since {month}.",
    ],
    "explore": [
        "Could you tell me what happened since {month}?",
        "What makes this payment hard right now?",
        "How have things been for you since {month}?",
    ],
    "listen": [
        "It sounds like {reflection}, and that's been really stressful.",
        "So {reflection}, and you're worried about the rest of the bills.",
        "I'm sorry to hear that, {title} {name}. Let's see what we can do together.",
    ],
    "offer": [
        "I can offer ${monthly} a month by direct debit on the {day}th, over {count} months.",
        "Could you clear the ${amount} in one payment before the {day}th?",
        "How would ${monthly} a month starting on the {day}th work for you?",
    ],
    "press": [
        "You have to pay this quickly, {title} {name}.",
        "Everyone has problems, the bill is still due.",
    ],
    "close": [
        "To recap: ${monthly} a month on the {day}th by direct debit. I'll email you a written summary."
    ],
}
EN_REASONS = [
    ("I lost my job in {month}", "you lost your job in {month}"),
    ("my hours were cut to {small} a week", "your hours were cut to {small} a week"),
    ("the rent went up by ${small}", "your rent went up by ${small}"),
    ("I never got the {month} bill", "the {month} bill never reached you"),
]
EN_DEBTOR = ["Yes, speaking.", "{reason}, I'm really worried.", "Maybe ${small} a month, no more.",
             "No, I can't do that, {reason}.", "Okay, the {day}th works.", "I'm not sure."]  # fmt: skip
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "septembre", "octobre", "novembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "September", "October"]
STAGES = ["open", "disclose", "explore", "listen", "explore", "listen", "offer", "press", "offer", "close"]


def varied_transcript(rng: random.Random, lang: str, turns: int = 40) -> dict:
    """One call of ``turns`` lines, agent first, in the order of a call's stages, every line filled afresh."""
    fr = lang == "fr"
    agent, debtor, reasons = (FR_AGENT, FR_DEBTOR, FR_REASONS) if fr else (EN_AGENT, EN_DEBTOR, EN_REASONS)
    call = {
        "name": rng.choice(NAMES if fr else EN_NAMES),
        "title": rng.choice(["Monsieur", "Madame"] if fr else ["Mr", "Ms"]),
        "agent": rng.choice(AGENTS),
        "creditor": rng.choice(CREDITORS if fr else EN_CREDITORS),
        "amount": rng.randrange(120, 4000),
    }
    reflection, default = "", "c'est compliqué" if fr else "things are hard"
    lines = []
    for i in range(turns):
        slots = {
            **call,
            "month": rng.choice(MONTHS if fr else EN_MONTHS),
            "day": rng.randrange(1, 29),
            "weeks": rng.randrange(2, 12),
            "small": rng.randrange(20, 300),
            "income": rng.randrange(700, 1600),
            "monthly": rng.randrange(25, 250),
            "count": rng.randrange(2, 13),
            "feeling": rng.choice(FR_FEELINGS) if fr else "I'm stressed",
        }
        if i % 2 == 0:
            stage = STAGES[(i // 2) % len(STAGES)]
            text = rng.choice(agent[stage]).format(**slots, reflection=reflection or default)
            lines.append({"speaker": "agent", "text": text})
        else:
            said, restated = rng.choice(reasons)
            reflection = restated.format(**slots)
            text = rng.choice(debtor).format(**slots, reason=said.format(**slots))
            lines.append({"speaker": "debtor", "text": text[0].upper() + text[1:]})
    return {"lang": lang, "turns": lines}
