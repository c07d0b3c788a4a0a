"""Services used by the web app and the CLI: each takes a unit of work and the acting user."""
