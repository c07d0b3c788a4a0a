"""Shipped training scenarios (YAML data in fr/ and en/)."""
