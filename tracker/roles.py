"""The four roles of an account, from least to most access (no database import: the CLI help uses it)."""

ROLES = ("trainee", "trainer", "manager", "admin")
