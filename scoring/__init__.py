"""Pure scoring domain: dialogue acts, rubric, compliance, feedback. No framework imports here."""
