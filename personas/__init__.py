"""Shipped debtor personas (YAML data in fr/ and en/)."""
